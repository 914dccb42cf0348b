package extract

import "testing"

// TestSeriesNumeral checks, on sentences of our own, that a firm with a
// Roman numeral after its name is another body than the firm without it,
// and that a longer name of other words still takes the short one in.
func TestSeriesNumeral(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a numbered partnership",
			marked: "Stake\n\nThe group, which includes [[Kelvo Partners|ORG]], [[Kelvo Partners II|ORG]] and two others, bought shares.",
			want:   []string{`org:kelvo-partners ORG "Kelvo Partners"`, `org:kelvo-partners-ii ORG "Kelvo Partners II"`},
		},
		{
			name:   "a longer name of words",
			marked: "Stake\n\n[[Kelvo Partners Lorvane|ORG]] bought shares. [[Kelvo Partners|ORG]] said so.",
			want:   []string{`org:kelvo-partners-lorvane ORG "Kelvo Partners Lorvane"`},
		},
	})
}

// TestSeriesApart checks that the short form in a headline over the
// numbered name is the numbered body's.
func TestSeriesApart(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a headline's short form",
			marked: "Firm to reject [[Kelvo Partners|ORG]] offer\n\nThe firm will reject an offer from [[Kelvo Partners II|ORG]], a fund.",
			want:   []string{`org:kelvo-partners-ii ORG "Kelvo Partners II"`},
		},
	})
}
