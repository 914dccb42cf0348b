package extract

import "testing"

// TestTitleTailSpans checks, on sentences of our own, that a name right
// after a capitalized common word and a small word inside a sentence is
// the end of a title, no entity; and the readings left alone: a word
// opening its sentence, a title's word, a quote's first word, a word of a
// span, a month's word, a word after "and", a venue after "at", a place
// the tables know.
func TestTitleTailSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a common word and of",
			marked: "Plans\n\nThe film of [[Ann Vell|PERSON]]'s A String of [[Quiet Marrows|LOCATION]] came second.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a common word and on the",
			marked: "Plans\n\nThe crowd sang Always Look on the [[Tervane Side|ORG]] at the end.",
			want:   []string{},
		},
		{
			name:   "a common word and the",
			marked: "Plans\n\nThe scheme is part of the Respect the [[Lemmo Tunes|ORG]] campaign.",
			want:   []string{},
		},
		{
			name:   "a word opening its sentence",
			marked: "Plans\n\nShares of [[Quarbin|ORG]] rose by a tenth.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a title's word",
			marked: "Plans\n\nHe is now the Leader of the [[Quelby Party|ORG]] in the hall.",
			want:   []string{`org:quelby-party ORG "Quelby Party"`},
		},
		{
			name:   "a quote's first word",
			marked: "Plans\n\nHe said: \"Look at the [[Quarbin|ORG]] figures.\"",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a word of a span",
			marked: "Plans\n\nThe new [[Quarbin Step|ORG]] of [[Lemmo Vale|LOCATION]] opened.",
			want:   []string{`location:lemmo-vale LOCATION "Lemmo Vale"`, `org:quarbin-step ORG "Quarbin Step"`},
		},
		{
			name:   "a month's word",
			marked: "Plans\n\nThey bought it in May of [[Quarbin Vell|ORG]] last year.",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`},
		},
		{
			name:   "after and",
			marked: "Plans\n\nThey bought Quarbin Power and Light of [[Tervane Vale|ORG]] last year.",
			want:   []string{`org:tervane-vale ORG "Tervane Vale"`},
		},
		{
			name:   "after at, a venue",
			marked: "Plans\n\nShe won for A Girl With A Man at the [[Quelby Upstairs|ORG]] last year.",
			want:   []string{`org:quelby-upstairs ORG "Quelby Upstairs"`},
		},
		{
			name:   "a place the tables know",
			marked: "Plans\n\nThey climbed the Rock of [[Gibraltar|LOCATION]] on Sunday.",
			want:   []string{`location:gibraltar LOCATION "Gibraltar" partial`},
		},
	})
}

// TestPluralOwnerStart checks, on sentences of our own, that a common noun
// in the plural opening a sentence before its possessive's apostrophe and
// a word in lower case is no organization; and the readings left alone: a
// word the article writes capitalized inside a sentence too, a word with
// no sign of a common noun.
func TestPluralOwnerStart(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the article writes it in lower case",
			marked: "Plans\n\nThe year was poor. [[Glaziers|ORG]]' sales fell, and glaziers said so.",
			want:   []string{},
		},
		{
			name:   "a word the case table writes in lower case",
			marked: "Plans\n\nThe year was poor. [[Manufacturers|ORG]]' sales fell by a tenth.",
			want:   []string{},
		},
		{
			name:   "capitalized inside a sentence too",
			marked: "Plans\n\nThe year was poor. [[Glaziers|ORG]]' chief quit, and glaziers said shares of [[Glaziers|ORG]] fell.",
			want:   []string{`org:glaziers ORG "Glaziers" partial`},
		},
		{
			name:   "no sign of a common noun",
			marked: "Plans\n\nThe year was poor. [[Quarbins|ORG]]' sales fell by a tenth.",
			want:   []string{`org:quarbins ORG "Quarbins" partial`},
		},
		{
			name:   "a plural whose singular is no common word",
			marked: "Plans\n\nThe match was won. [[Warriors|ORG]]' goalkeeper Tom Rell saved two.",
			want:   []string{`org:warriors ORG "Warriors" partial`},
		},
		{
			name:   "a word in -ics",
			marked: "Plans\n\nThe pair were banned. [[Athletics|ORG]]' ruling body said so, and athletics went on.",
			want:   []string{`org:athletics ORG "Athletics" partial`},
		},
	})
}
