package extract

import "testing"

// TestKinOpens checks, on sentences of our own with made-up names, that a
// kin noun opened by a preposition, "and" or a possessive pronoun and a
// word of age makes the name after it a person's ([kinOpens]); and the
// cases left alone: a kin noun opened by an article, and a firm's word in
// the name.
func TestKinOpens(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "of husband",
			marked: "Camp\n\nHer odds fell after the arrival of husband [[Lemmo Quarn|LOC]] in the camp.",
			want:   []string{`person:lemmo-quarn PERSON "Lemmo Quarn"`},
		},
		{
			name:   "with daughter",
			marked: "Career\n\nHe had a public row with daughter [[Tervane|ORG]] over the bill.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a possessive and a word of age",
			marked: "Final\n\nShe beat her younger sister [[Zorba|LOC]] in the final.",
			want:   []string{`person:zorba PERSON "Zorba" partial`},
		},
		{
			name:   "an article before the kin noun",
			marked: "Fleet\n\nThe deal covers the sister [[Tervane Lemmo|ORG]] service.",
			want:   []string{`org:tervane-lemmo ORG "Tervane Lemmo"`},
		},
		{
			name:   "a firm's word in the name",
			marked: "Deal\n\nThe deal with brother [[Tervane Holdings|ORG]] was signed.",
			want:   []string{`org:tervane ORG "Tervane Holdings"`},
		},
	})
}
