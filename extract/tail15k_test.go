package extract

import "testing"

// TestLineEndAsSpace checks that the rules reading the word after a name
// read a lone line break as a space (tail15k): wire copy is broken into
// lines of some sixty bytes, so the noun after a name often opens the next
// line. A blank line ends the paragraph and stays a stop.
func TestLineEndAsSpace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a plant's name at a line's end",
			marked: "Layoffs\n\nThe company said its [[Tarnby Velle-Orska|ORG]]\nassembly plant in Lemmo will close for a week.",
			want:   []string{`location:tarnby-velle-orska LOCATION "Tarnby Velle-Orska"`},
		},
		{
			name:   "a plant's name on one line",
			marked: "Layoffs\n\nThe company said its [[Tarnby Velle-Orska|ORG]] assembly plant in Lemmo will close for a week.",
			want:   []string{`location:tarnby-velle-orska LOCATION "Tarnby Velle-Orska"`},
		},
		{
			name:   "a property's name at a line's end",
			marked: "Assays\n\nQuarbin Gold said drilling at its [[Skarvo Ridge|ORG]]\nproperty in Tervania returned good results.",
			want:   []string{`location:skarvo-ridge LOCATION "Skarvo Ridge"`},
		},
		{
			name:   "a blank line after the name",
			marked: "Assays\n\nQuarbin Gold said drilling went well at its [[Skarvo Ridge|ORG]]\n\nproperty sales are next.",
			want:   []string{`org:skarvo-ridge ORG "Skarvo Ridge"`},
		},
	})
}
