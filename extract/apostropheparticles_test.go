package extract

import "testing"

// TestApostropheParticleSpans checks, on sentences of our own, that the
// particle "d'" glued to a capitalized word right after a person's or a
// firm's span joins the name (tail14i), whether the recognizer left the
// word untagged or gave it a span of its own, and that a place's span, a
// possessive before it and a lower-case word after the apostrophe are
// left.
func TestApostropheParticleSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an untagged particle word after a person",
			marked: "Concert\n\nThe crowd included former president [[Jules Marcel|PER]] d'Arvenne and his wife.",
			want:   []string{`person:jules-marcel-darvenne PERSON "Jules Marcel d'Arvenne"`},
		},
		{
			name:   "a particle word with a span of its own",
			marked: "Concert\n\nThe crowd included former president [[Jules Marcel|PER]] [[d'Arvenne|PER]] and his wife.",
			want:   []string{`person:jules-marcel-darvenne PERSON "Jules Marcel d'Arvenne"`},
		},
		{
			name:   "after a firm",
			marked: "Banks\n\nThe loan was led by [[Banque Tervane|ORG]] d'Orsel of Paris.",
			want:   []string{`org:banque-tervane-dorsel ORG "Banque Tervane d'Orsel"`},
		},
		{
			name:   "a lower-case word after the apostrophe is left",
			marked: "Talks\n\nThe deal pleased [[Jules Marcel|PER]] d'accord or not.",
			want:   []string{`person:jules-marcel PERSON "Jules Marcel"`},
		},
		{
			name:   "a possessive before the particle is left",
			marked: "Talks\n\nThe deal pleased [[Jules Marcel's|PER]] d'Arvenne friends.",
			want:   []string{`person:jules-marcel PERSON "Jules Marcel"`},
		},
	})
}
