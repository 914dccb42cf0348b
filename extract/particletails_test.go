package extract

import "testing"

// TestParticleTailSpans checks, on sentences of our own, that a span
// ending in a name's particle takes the word after it, in the case of
// its first word, and the spans left: a word of another case, a figure
// after the particle, a word after a line's end.
func TestParticleTailSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a lower-case headline",
			marked: "mines minister [[juan del|PER]] vell has yet to reply\n\nThe minister, Juan del Vell, has yet to reply.",
			want:   []string{`person:juan-del-vell PERSON "juan del vell"`},
		},
		{
			name:   "a capitalized name",
			marked: "Mines\n\nThe minister [[Juan del|PER]] Vell has yet to reply.",
			want:   []string{`person:juan-del-vell PERSON "Juan del Vell"`},
		},
		{
			name:   "a lower-case word after a capitalized name",
			marked: "Mines\n\nThe firm [[Tervane de|ORG]] la plata said so.",
			want:   []string{`org:tervane-de ORG "Tervane de"`},
		},
		{
			name:   "a figure after the particle",
			marked: "mines minister [[juan del|PER]] 2 spoke\n\nThe minister spoke.",
			want:   []string{`person:juan-del PERSON "juan del"`},
		},
	})
}
