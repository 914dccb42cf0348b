package extract

import "testing"

// TestPeriodHeadingSpans checks, on results digests of our own, that a
// period heading is cut from the firm's name after it, and the readings
// left: "Year" opening a firm's name in prose, a count and "Months" with
// no suffix left after them.
func TestPeriodHeadingSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "nine months after a figure",
			marked: "Results\n\nQuarbin said net rose. Tervane Corp shr 12 cts vs 10 [[Nine Months Lemmox Inc|ORG]] said net rose.",
			want:   []string{`org:lemmox ORG "Lemmox Inc"`},
		},
		{
			name:   "year opening the line",
			marked: "Results\n\n[[Year Vellmar Industries Inc|ORG]] said net fell.",
			want:   []string{`org:vellmar-industries ORG "Vellmar Industries Inc"`},
		},
		{
			name:   "year in prose",
			marked: "Books\n\nShe bought shares of the [[Year Book Corp|ORG]] last week.",
			want:   []string{`org:year-book ORG "Year Book Corp"`},
		},
		{
			name:   "no suffix after the heading",
			marked: "Results\n\n[[Six Months Tervane Traders|ORG]] said net fell.",
			want:   []string{`org:six-months-tervane-traders ORG "Six Months Tervane Traders"`},
		},
	})
}
