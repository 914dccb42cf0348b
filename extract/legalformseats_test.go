package extract

import "testing"

// TestLegalFormSeat checks, on sentences of our own, that a firm's seat
// glued after its closing legal form and "of" is cut from the firm's name
// with no comma and state after it, while names whose "of" follows an
// opening form ("Co", "Corp") or leads to a second firm stay as they were.
func TestLegalFormSeat(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a country after Ltd",
			marked: "Deals\n\nIt formed a venture with [[Quarbin Ltd of Australia|ORG]] to make ties.",
			want:   []string{`country:AU COUNTRY "Australia"`, `org:quarbin ORG "Quarbin Ltd"`},
		},
		{
			name:   "a town after Limited, a country after its comma",
			marked: "Awards\n\n[[Tervane Avionics Limited of Elkton|ORG]], [[England|LOC]], won a contract.",
			want:   []string{`location:elkton LOCATION "Elkton" partial`, `location:england LOCATION "England" partial`, `org:tervane-avionics ORG "Tervane Avionics Limited"`},
		},
		{
			name:   "a town of two words after a dotted Inc.",
			marked: "Markets\n\nIt will vie with the [[Vellmark Exchange Inc. of Glen Farrow|ORG]] for the trade.",
			want:   []string{`location:glen-farrow LOCATION "Glen Farrow"`, `org:vellmark-exchange ORG "Vellmark Exchange Inc."`},
		},
		{
			name:   "a dotted N.V. and an island",
			marked: "Hotels\n\n[[Zorbit Hotels N.V. of Aruba|ORG]] said its warrants rose.",
			want:   []string{`location:aruba LOCATION "Aruba" partial`, `org:zorbit-hotels ORG "Zorbit Hotels N.V."`},
		},
		{
			name:   "a savings bank's charter",
			marked: "Banks\n\nThe conversion of [[Halvane Savings Bank FSB of Marston|ORG]] to stock form ended.",
			want:   []string{`location:marston LOCATION "Marston" partial`, `org:halvane-savings-bank-fsb ORG "Halvane Savings Bank FSB"`},
		},
		{
			name:   "a state's abbreviation after the town, no comma",
			marked: "Banks\n\nThe conversion of [[Halvane Savings Bank FSB of Glen Farrow Fla|ORG]] to stock form ended.",
			want:   []string{`location:glen-farrow LOCATION "Glen Farrow"`, `org:halvane-savings-bank-fsb ORG "Halvane Savings Bank FSB"`},
		},
		{
			name:   "Co and Corp open longer names",
			marked: "Deals\n\n[[Dorvale Mining Co of Canada|ORG]] and [[Quarbin Corp of America|ORG]] agreed.",
			want:   []string{`org:dorvale-mining-co-of-canada ORG "Dorvale Mining Co of Canada"`, `org:quarbin-corp-of-america ORG "Quarbin Corp of America"`},
		},
		{
			name:   "a second firm after of",
			marked: "Deals\n\nIt sold [[Kelton Inc of Tervane Holdings|ORG]] to a buyer.",
			want:   []string{`org:kelton-inc-of-tervane ORG "Kelton Inc of Tervane Holdings"`},
		},
		{
			name:   "the legal form first",
			marked: "Deals\n\nIt named [[Ltd of Marston|ORG]] in the suit.",
			want:   []string{`org:ltd-of-marston ORG "Ltd of Marston"`},
		},
		{
			name:   "a headline's capitals",
			marked: "[[QUARBIN LTD OF AUSTRALIA|ORG]] SETS VENTURE\n\nIt said so.",
			want:   []string{`org:of-australia ORG "Of Australia"`, `org:quarbin ORG "Quarbin Ltd"`},
		},
	})
}
