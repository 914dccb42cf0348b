package extract

import "testing"

// TestTitleByShape checks, on sentences of our own with made-up names,
// that a name the recognizer typed as an entity is a work (no node) when
// the title's own "The" stands between it and an older cue of a work's
// kind, when a count follows its possessive, or when an indefinite
// pronoun's possessive stands before it; and the readings left alone: a
// sentence's opening "The", a person's possessive before what a number
// counts, a small count after an author's possessive, a pronoun's
// possessive opening a sentence, a firm's name before "films".
func TestTitleByShape(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a kind of game with the title's The, all mentions",
			marked: "Games\n\nGamers loved its popular game The [[Zorbs|PER]]. " +
				"Ann Quarbin said the world of The [[Zorbs|PER]] can teach words.",
			want: nil,
		},
		{
			name:   "a list after a plural kind, with the title's The",
			marked: "Games\n\nHe praised games such as The [[Zorbs|PER]] and others for their reach.",
			want:   nil,
		},
		{
			name:   "games after the title",
			marked: "Games\n\nShe is the creator of the best-selling The [[Zorbs|PER]] games.",
			want:   nil,
		},
		{
			name:   "a firm's name before films",
			marked: "Cinema\n\nHe bought some of The [[Lemmo Pictures Corp|ORG]] films.",
			want:   []string{`org:lemmo-pictures ORG "Lemmo Pictures Corp"`},
		},
		{
			name:   "The opens the sentence",
			marked: "Music\n\nThe [[Vellmans|PER]] played games all night.",
			want:   []string{`person:vellmans PERSON "Vellmans" partial`},
		},
		{
			name:   "a count in words after a possessive",
			marked: "Films\n\nThe sequel beat [[Quarn|PER]]'s Twelve at the box office.",
			want:   nil,
		},
		{
			name:   "a number that ends the clause after a possessive",
			marked: "Films\n\nThe adaptation topped the chart, displacing [[Quarn|PER]]'s 12.",
			want:   nil,
		},
		{
			name:   "a person's possessive before what a number counts",
			marked: "Football\n\nThe striker [[Quarn|PER]]'s 12 goals won the title.",
			want:   []string{`person:quarn PERSON "Quarn" partial`},
		},
		{
			name:   "a small count after an author's possessive",
			marked: "Books\n\nChildren still read [[Quarn|PER]]'s Five Hills every summer.",
			want:   []string{`person:quarn PERSON "Quarn" partial`},
		},
		{
			name:   "an indefinite pronoun's possessive before a title",
			marked: "Films\n\nShe was seen in Someone's [[Lemmox Tune|PER]] alongside [[Ann Vell|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a pronoun's possessive opening a sentence",
			marked: "Films\n\nHe waited. Someone's [[Tervo Quarn|PER]] came in.",
			want:   []string{`person:tervo-quarn PERSON "Tervo Quarn"`},
		},
	})
}
