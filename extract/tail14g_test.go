package extract

import "testing"

// The tests of tail14g's rules, on sentences and names of our own.

// TestDemonymNoun checks that a nationality noun for one person, glued to
// "man" or alone after a determiner, is no entity, and that a person's
// name and an outlet's keep theirs.
func TestDemonymNoun(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a demonym glued to man",
			marked: "Cast\n\n[[Tom Rask|PERSON]] will play a cheerful [[Englishman|ORG]] in the film.",
			want:   []string{`person:tom-rask PERSON "Tom Rask"`},
		},
		{
			name:   "after a compass word",
			marked: "Race\n\nThe [[Northern Irishwoman|ORG]] hopes to run in Tervane.",
			want:   nil,
		},
		{
			name:   "a demonym alone after a determiner",
			marked: "Transfer\n\nTervane United want Ole Brask after the [[Dane|ORG]]'s agent flew in.",
			want:   nil,
		},
		{
			name:   "a paper of such a name, bare",
			marked: "Press\n\n[[Scotsman|ORG]] journalist [[Ann Vell|PERSON]] wrote it.",
			want:   []string{`org:scotsman ORG "Scotsman" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a paper of such a name, after a capitalized article",
			marked: "Press\n\nIt was first reported on The [[Scotsman|ORG]] website.",
			want:   []string{`org:scotsman ORG "Scotsman" partial`},
		},
		{
			name:   "typed a person",
			marked: "Music\n\nThe singer [[Dane|PERSON]] left the stage.",
			want:   []string{`person:dane PERSON "Dane" partial`},
		},
	})
}

// TestDocumentName checks that a treaty of a place and a country's
// constitution are documents, and that a paper named after a city keeps
// its type.
func TestDocumentName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a treaty of a place",
			marked: "Vote\n\nThe opt-in came with the [[Treaty of Tervane|ORG]] in 1990.",
			want:   nil,
		},
		{
			name:   "the union's constitution",
			marked: "Vote\n\nThe referendum on the [[EU Constitution|ORG]] is set for May.",
			want:   nil,
		},
		{
			name:   "a demonym's constitution",
			marked: "Vote\n\nJudges cited the [[French Constitution|ORG]] in the ruling.",
			want:   nil,
		},
		{
			name:   "a city's paper",
			marked: "Press\n\nAds in the [[Quarbin Constitution|ORG]] ran for a week.",
			want:   []string{`org:quarbin-constitution ORG "Quarbin Constitution"`},
		},
	})
}

// TestPostOfName checks that a post's title before "of" is no body, and
// that a body's name with "of" keeps its type.
func TestPostOfName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a chair's title",
			marked: "Obituary\n\nShe was [[Professor of Drama and Dance|ORG]] for ten years.",
			want:   nil,
		},
		{
			name:   "a mayor's title",
			marked: "Row\n\nAides said the [[Mayor of Tervane|ORG]] would say sorry on Tuesday.",
			want:   nil,
		},
		{
			name:   "a ministry",
			marked: "Row\n\nThe [[Ministry of Tervane Affairs|ORG]] said no.",
			want:   []string{`org:ministry-of-tervane-affairs ORG "Ministry of Tervane Affairs"`},
		},
	})
}

// TestLyOpener checks that a common word in "-ly" opening a sentence
// before a lower-case word is no entity, though the article capitalizes it
// inside a title elsewhere, and that one before a subject's
// verb and a name in "-ly" keep theirs.
func TestLyOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an adverb before its adjective, capitalized in a title elsewhere",
			marked: "Games\n\nFans of the Massively Popular Game Show met.\n\n[[Massively|ORG]] popular games let players meet.",
			want:   nil,
		},
		{
			name:   "before a subject's verb",
			marked: "Games\n\n[[Massively|ORG]] said its sales rose.",
			want:   []string{`org:massively ORG "Massively" partial`},
		},
		{
			name:   "a name in ly",
			marked: "Games\n\n[[Kelly|ORG]] shares rose.",
			want:   []string{`org:kelly ORG "Kelly" partial`},
		},
	})
}

// TestTheListThing checks that a list of names between "the" and a car's
// body style in the plural are models, and that a list of car makers, or a
// list before another noun, keep their type.
func TestTheListThing(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two models",
			marked: "Cars\n\nNew models include the [[Zorbit Five|ORG]] and [[Quarbin Lemmo|ORG]] sedans.",
			want:   nil,
		},
		{
			name:   "two firms",
			marked: "Cars\n\nDealers sold the [[Ford|ORG]] and [[Renault|ORG]] sedans.",
			want:   []string{`org:ford ORG "Ford" partial`, `org:renault ORG "Renault" partial`},
		},
		{
			name:   "another noun",
			marked: "Cars\n\nNew deals include the [[Zorbit Five|ORG]] and [[Quarbin Lemmo|ORG]] teams.",
			want:   []string{`org:quarbin-lemmo ORG "Quarbin Lemmo"`, `org:zorbit-five ORG "Zorbit Five"`},
		},
	})
}
