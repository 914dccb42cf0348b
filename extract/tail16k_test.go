package extract

import "testing"

// The cases of tail16k's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestLanguageName checks [languageName]: a language's or a script's
// name of one word is no entity, whatever the recognizer typed it.
func TestLanguageName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a language learnt, typed as a person",
			marked: "Films\n\nThe actress spent a month learning [[Hindi|PER]] before the shoot.",
			want:   nil,
		},
		{
			name:   "a script, typed as a place",
			marked: "Maps\n\nThe charity printed the maps in [[Braille|LOC]] for its members.",
			want:   nil,
		},
		{
			name:   "an ancient language, typed as a place",
			marked: "Films\n\nThe studio released a film with its dialogue in [[Aramaic|LOC]] last year.",
			want:   nil,
		},
		{
			name:   "a language word that is also a surname is left",
			marked: "Cricket\n\n[[Cornish|PER]] said the pitch was slow.",
			want:   []string{`person:cornish PERSON "Cornish" partial`},
		},
		{
			name:   "a longer name that opens with a language is left",
			marked: "Politics\n\nThe [[Tamil Vell Front|ORG]] said it would stand.",
			want:   []string{`org:tamil-vell-front ORG "Tamil Vell Front"`},
		},
	})
}

// TestEditorOutlet checks [editorOutlet]: a name typed a person or a
// place after "editor of" or "editor at" is the publication's.
func TestEditorOutlet(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "editor of a magazine, typed as a place",
			marked: "Gadgets\n\n\"We love phones,\" said Ann Vell, editor of [[Quarbin Weekly|LOC]].",
			want:   []string{`org:quarbin-weekly ORG "Quarbin Weekly"`},
		},
		{
			name:   "news editor at a title, typed as a place",
			marked: "Computers\n\n\"It sells well,\" said Ivo Marlow, news editor at [[Tervix|LOC]] magazine.",
			want:   []string{`org:tervix ORG "Tervix" partial`},
		},
		{
			name:   "editor of a title, typed as a person",
			marked: "Computers\n\nIvo Marlow, editor of [[Vello Lemmox|PER]], said so.",
			want:   []string{`org:vello-lemmox ORG "Vello Lemmox"`},
		},
		{
			name:   "the editor of a writer's letters",
			marked: "Books\n\nShe was the editor of [[Vello Quarbin|PER]]'s letters.",
			want:   []string{`person:vello-quarbin PERSON "Vello Quarbin"`},
		},
		{
			name:   "a place the tables know after editor of",
			marked: "Press\n\nShe became editor of the [[Leeds|LOC]] edition in May.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
		{
			name:   "a producer is no editor",
			marked: "Music\n\nHe is the producer of [[Vello Quarbin|PER]] on the album.",
			want:   []string{`person:vello-quarbin PERSON "Vello Quarbin"`},
		},
	})
}

// TestScanAndAbsenceAcronyms checks tail16k's two words of
// [names.ConceptAcronyms]: a medical scan's and a soldier's absence's
// acronyms are no entity; a firm's longer name they open is left.
func TestScanAndAbsenceAcronyms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a medical scan",
			marked: "Football\n\nThe striker will have an [[MRI|ORG]] scan on his knee, [[Quarbin|ORG]] said.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "absent without leave",
			marked: "Politics\n\nHe said the party's leaders had \"gone [[AWOL|ORG]]\" after the vote.",
			want:   nil,
		},
		{
			name:   "a firm's longer name that opens with the acronym",
			marked: "Health\n\nShares in [[MRI Vellmark Holdings|ORG]] rose on Monday.",
			want:   []string{`org:mri-vellmark ORG "MRI Vellmark Holdings"`},
		},
	})
}
