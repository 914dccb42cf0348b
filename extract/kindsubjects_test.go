package extract

import "testing"

// TestKindSubjects checks, on sentences of our own, that a person's or a
// band's kind noun before a name that a verb or a preposition follows
// types it, and the readings left alone: a verb of a relative clause, an
// organization's words in the name, a body's kind.
func TestKindSubjects(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a comedian typed an organization, a verb after",
			marked: "Show\n\nThe comedian [[Lemmo Vell|ORG]] remains the favourite to win.",
			want:   []string{`person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "a pop quartet typed a place, an auxiliary after",
			marked: "Music\n\nThe pop quartet [[Zorbit|LOC]] have reunited for one night.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a husband typed a place, a preposition after",
			marked: "Show\n\nShe smiled at the arrival of husband [[Tervane Quarbin|LOC]] in the camp.",
			want:   []string{`person:tervane-quarbin PERSON "Tervane Quarbin"`},
		},
		{
			name:   "a verb of a relative clause after the name",
			marked: "Music\n\nShe is the singer [[Lemmo Vell|ORG]] admires most.",
			want:   []string{`org:lemmo-vell ORG "Lemmo Vell"`},
		},
		{
			name:   "an organization's words in the name",
			marked: "Music\n\nThe singer [[Zorbit Records|ORG]] is signing acts.",
			want:   []string{`org:zorbit-records ORG "Zorbit Records"`},
		},
		{
			name:   "a body's kind before the name, a verb after",
			marked: "Strike\n\nThe union [[Tervane Quarbin|LOC]] is calling a strike.",
			want:   []string{`location:tervane-quarbin LOCATION "Tervane Quarbin"`},
		},
	})
}
