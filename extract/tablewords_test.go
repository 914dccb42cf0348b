package extract

import "testing"

// TestTableWords checks, on price and results tables of our own, that a
// quote status after a place and a period heading before a firm are cut,
// while names that begin or end with such words elsewhere stay.
func TestTableWords(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a quote status after a port",
			marked: "Prices\n\nKELVIN PELLETS guilders 100 kilos fob [[Antwerp Unquoted|LOC]]\n",
			want:   []string{`location:antwerp LOCATION "Antwerp" partial`},
		},
		{
			name:   "untraded after a firm",
			marked: "Prices\n\nCathode posted by [[Quarbin Metals Untraded|ORG]] today.",
			want:   []string{`org:quarbin-metals ORG "Quarbin Metals"`},
		},
		{
			name:   "a period heading before a firm",
			marked: "Results\n\nFirst [[Quarter Tervane Holdings Corp|ORG]] said net income rose",
			want:   []string{`org:tervane ORG "Tervane Holdings Corp"`},
		},
		{
			name:   "the heading inside the span",
			marked: "Results\n\n[[2nd Qtr Molvane Savings Bank|ORG]] said net income rose",
			want:   []string{`org:molvane-savings-bank ORG "Molvane Savings Bank"`},
		},
		{
			name:   "prose's first before a name with Quarter",
			marked: "Results\n\nIt was the first [[Quarter Horse Breeders Society|ORG]] meeting.",
			want:   []string{`org:quarter-horse-breeders-society ORG "Quarter Horse Breeders Society"`},
		},
		{
			name:   "no ordinal before Quarter",
			marked: "Results\n\nShe met the [[Latin Quarter Traders Guild|ORG]] there.",
			want:   []string{`org:latin-quarter-traders-guild ORG "Latin Quarter Traders Guild"`},
		},
		{
			name:   "a currency before a weight",
			marked: "Prices\n\nKELVIN PELLETS ([[Marks|PER]] 100 kilos fob [[Antwerp|LOC]])\n",
			want:   []string{`location:antwerp LOCATION "Antwerp" partial`},
		},
		{
			name:   "a surname before a figure and no weight",
			marked: "Golf\n\nThe coach [[Dale Marks|PER]] said on Sunday that the side led by [[Marks|PER]] 12 points to nine.",
			want:   []string{`person:dale-marks PERSON "Dale Marks"`},
		},
		{
			name:   "one word left after the heading",
			marked: "Results\n\nFirst [[Quarter Tervane|ORG]] said net income rose",
			want:   []string{`org:quarter-tervane ORG "Quarter Tervane"`},
		},
	})
}
