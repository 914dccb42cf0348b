package extract

import "testing"

// TestPairedCapsEnd checks, on headlines and sentences of our own, that a
// utility's paired words in capitals, or right after a region's span, end
// the firm's name, and that a span with no pair after it stays as it
// was. Two cases pass with the rule off and guard its neighbours: running
// text's "and" (the recognizer's or [pairedEnd]'s before) and a country
// before the pair (typed a country before this runs).
func TestPairedCapsEnd(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a list's capitals with AND",
			marked: "Most active\n\nVOLUME 81,300, [[NORLAND GAS|LOCATION]] AND ELECTRIC, 22-1/8, OFF 1/4 81,300.",
			want:   []string{`org:norland-gas-and-electric ORG "Norland Gas And Electric"`},
		},
		{
			name:   "a headline's region before the pair",
			marked: "[[NORTH QUARBIN|LOCATION]] GAS AND ELECTRIC CO PAYOUT\n\nThe utility raised its payout.",
			want:   []string{`org:north-quarbin-gas-and-electric ORG "North Quarbin Gas And Electric Co"`},
		},
		{
			name:   "a region before the pair in running text",
			marked: "Rates\n\n[[North Quarbin|LOCATION]] Power and Light Co said it filed for higher rates.",
			want:   []string{`org:north-quarbin-power-and-light ORG "North Quarbin Power and Light Co"`},
		},
		{
			name:   "a country before the pair",
			marked: "[[FRANCE|LOCATION]] GAS AND ELECTRIC PRICES RISE\n\nPrices rose in France.",
			want:   []string{`country:FR COUNTRY "France"`},
		},
		{
			name:   "no pair after the span",
			marked: "[[NORTH QUARBIN|LOCATION]] GAS AND OIL OUTPUT RISES\n\nOutput rose.",
			want:   []string{`location:north-quarbin LOCATION "North Quarbin"`},
		},
	})
}
