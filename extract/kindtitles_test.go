package extract

import "testing"

// TestKindTitle checks, on sentences of our own with made-up names, that a
// name the recognizer typed as an entity is a work (no node) by a kind of
// show or game in two words before it, a sequel's number with a work's
// word or a maker's noun, a year's possessive, "The" after a writer's
// possessive or a colon, or a kind of work and a comma before it; and the
// readings left alone: a band with a number, a station's number, a lone
// "game" of a match, a firm after a maker's noun, a person after a kind of
// work and a comma.
func TestKindTitle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a video game, and the bare name later",
			marked: "Games\n\nShops sold the [[Tervane|ORG]] video game [[Zorbit|ORG]] at midnight. " +
				"[[Zorbit|ORG]] was a hit in 2001.",
			want: []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a boxing show with its own The",
			marked: "TV\n\nCritics said [[Quarbin|ORG]]'s boxing show The [[Lemmox Hour|ORG]] was rushed.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a sequel's number and a work's word in the sentence",
			marked: "Games\n\nFans queued as [[Vardeline|ORG]] 3 broke video game records on Tuesday.",
			want:   nil,
		},
		{
			name:   "two sequels in a list",
			marked: "Games\n\nShops expect [[Vardeline|ORG]] 3 and [[Zorvo Run|ORG]] 2 to sell out.",
			want:   nil,
		},
		{
			name:   "a director behind a sequel",
			marked: "Films\n\nThey hired [[Ann Vell|PER]] - the director behind [[Zorvo Run|ORG]] 2 and other hits.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a year's possessive before a title",
			marked: "Books\n\nShe wrote a study of 1790's [[Lemmox Letters|ORG]], which sold well.",
			want:   nil,
		},
		{
			name:   "The after a writer's possessive",
			marked: "Books\n\nThe prize went to [[Ann Vell|PER]]'s The [[Lives of Quarbin Vale|LOC]] this year.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "The after a colon",
			marked: "Books\n\nThe judges chose Far Hills: The [[Life of Tervo Quarn|LOC]] as the winner.",
			want:   nil,
		},
		{
			name:   "a revue after a comma",
			marked: "TV\n\nHe sang in a revue, [[Tervo-Ba|LOC]], and read poems.",
			want:   nil,
		},
		{
			name:   "a band with a number, a song's title in the sentence",
			marked: "Music\n\nThe band [[Quarbin|ORG]] 5 was named best new act and took the song title.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a station's number",
			marked: "Radio\n\nListeners of [[Tervane Radio|ORG]] 2 liked the film show.",
			want:   []string{`org:tervane-radio-2 ORG "Tervane Radio 2"`},
		},
		{
			name:   "a score is no sequel",
			marked: "Football\n\nIn the last game [[Quarbin|ORG]] 2-1 [[Zorvo|ORG]] went on.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:zorvo ORG "Zorvo" partial`},
		},
		{
			name:   "a firm after a maker's noun, no number",
			marked: "Business\n\nShe is a director of [[Quarbin Holdings|ORG]] in Tervane.",
			want:   []string{`org:quarbin ORG "Quarbin Holdings"`},
		},
		{
			name:   "a person after a kind of work and a comma",
			marked: "Films\n\nThe maker of the documentary, [[Ann Vell|PER]], said it was true.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a number of games behind",
			marked: "Baseball\n\nThe seven-game streak left the [[Tervane Sox|ORG]] 3 games behind.",
			want:   []string{`org:tervane-sox ORG "Tervane Sox"`},
		},
		{
			name:   "a lone game of a match",
			marked: "Football\n\nAfter the away game [[Quarbin|ORG]] won the cup.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}

// TestGluedRanksAndAwards checks that a police rank of several words is a
// title, not the start of the name ("Assistant Chief Constable Ann
// Vell"), and that an award's adjective glued with a hyphen is no word of
// the name ("the Oscar-nominated Quarn"); and that a surname Constable
// after a given name stays.
func TestGluedRanksAndAwards(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a rank of three words",
			marked: "Police\n\nAssistant Chief [[Constable Ann Vell|PER]] met the marchers.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a superintendent's rank",
			marked: "Police\n\nChief [[Superintendent Tomas Quarn|PER]] said the car was found.",
			want:   []string{`person:tomas-quarn PERSON "Tomas Quarn"`},
		},
		{
			name:   "a detective's rank",
			marked: "Police\n\nDetective [[Inspector Tomas Quarn|PER]] said the car was found.",
			want:   []string{`person:tomas-quarn PERSON "Tomas Quarn"`},
		},
		{
			name:   "an award's adjective",
			marked: "Awards\n\nThe [[Oscar-nominated Quarn|PER]] told reporters he was glad.",
			want:   []string{`person:quarn PERSON "Quarn" partial`},
		},
		{
			name:   "a painter's surname",
			marked: "Art\n\nA painting by [[Lemmo Constable|PER]] was sold.",
			want:   []string{`person:lemmo-constable PERSON "Lemmo Constable"`},
		},
	})
}

// TestMixedDefinition checks the acronyms defined by words in lower case
// with an acronym among them, and the definitions that begin with a
// capital or spell no acronym.
func TestMixedDefinition(t *testing.T) {
	tests := []struct {
		before, acr string
		want        bool
	}{
		{"launch a digital terrestrial TV ", "DTT", true},
		{"a personal video TV ", "PVT", true},
		{"the Tervane Broadcasting Union ", "TBU", false},
		{"a digital terrestrial television ", "DTT", false}, // all lower case: lowerDefinition's
		{"hired market TV ", "QRB", false},
		{"TV ", "T", false},
	}
	for _, tt := range tests {
		if got := mixedDefinition(tt.before, tt.acr); got != tt.want {
			t.Errorf("mixedDefinition(%q, %q) = %v, want %v", tt.before, tt.acr, got, tt.want)
		}
	}
	checkMarked(t, []markedCase{
		{
			name:   "a common noun's acronym, all its mentions",
			marked: "TV\n\nTervane will launch a digital terrestrial TV ([[DTT|ORG]]) service. Buyers like [[DTT|ORG]] there.",
			want:   nil,
		},
		{
			name:   "a phone card's acronym",
			marked: "Phones\n\nCustomers may order [[SIM|ORG]] cards online.",
			want:   nil,
		},
	})
}
