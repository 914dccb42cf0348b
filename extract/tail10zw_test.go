package extract

import "testing"

// TestHeadingWords checks that market headings, price units and traded
// metals alone name nothing, that a headline run into its dateline keeps
// the dateline's town, and that a firm's or a person's name with such a
// word, or a dateline's town of two words, is left.
func TestHeadingWords(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a volume heading",
			marked: "Cocoa\n\nElkton [[COCOA ESTIMATED VOLUME|ORG]]\n Estimated volume 3,200",
			want:   nil,
		},
		{
			name:   "a price unit before a town",
			marked: "Lard\n\nLARD AND TALLOW\n    ([[CTS PER LB SPOT QUARBIN|LOC]])\n LARD 14.50",
			want:   nil,
		},
		{
			name:   "a metal alone in a table",
			marked: "Notices\n\nNotices for April 7\n Tin     2 so far    522\n [[Copper|ORG]]     0 so far      0",
			want:   nil,
		},
		{
			name:   "a headline run into its dateline",
			marked: "TERVANE BANK SEES [[FASTER GROWTH LONDON|LOC]], March 5\n- Tervane Bank said it expects growth.",
			want:   []string{`location:london LOCATION "London" partial`},
		},
		{
			name:   "a dateline's town of two words",
			marked: "Quarbin sets offer\n\n    [[NEW YORK|LOC]], March 16 - Quarbin Corp said it extended its offer.",
			want:   []string{`location:new-york LOCATION "New York"`},
		},
		{
			name:   "a firm's name with a metal's word",
			marked: "Mines\n\n[[Quarbin Copper Co|ORG]] said it raised output.",
			want:   []string{`org:quarbin-copper ORG "Quarbin Copper Co"`},
		},
		{
			name:   "a person named like a metal",
			marked: "Talks\n\nThe talks were led by [[Nickel|PER]], an envoy.",
			want:   []string{`person:nickel PERSON "Nickel" partial`},
		},
	})
}

// TestCountryFigures checks that a country before its figures or deeds,
// capitalized, is the country, and that a firm named with such a word is
// left.
func TestCountryFigures(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a country's data",
			marked: "Bonds\n\nThe [[U.S. Data|ORG]] due out today is expected to be weak.",
			want:   []string{`country:US COUNTRY "United States"`},
		},
		{
			name:   "a country's interference",
			marked: "Talks\n\nThey feared resentment against [[U.S. Interference|ORG]] in their affairs.",
			want:   []string{`country:US COUNTRY "United States"`},
		},
		{
			name:   "a firm named with data",
			marked: "Computers\n\n[[Tervane Data|ORG]] said it sold more disk drives.",
			want:   []string{`org:tervane-data ORG "Tervane Data"`},
		},
	})
}
