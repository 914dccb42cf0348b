package extract

import "testing"

// TestBasisLead checks that a basis table's price words glued across a
// line break to the next row's delivery point leave the point, as a place
// the tables know, or nothing; and that a firm's name that begins with
// such a word, on one line, is left.
func TestBasisLead(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "price words before a known town on the next line",
			marked: "Basis\n\nThe spot price was 5 under May, [[UND MAY UNC\nCHICAGO|ORG]] traders said.",
			want:   []string{`location:chicago LOCATION "CHICAGO" partial`},
		},
		{
			name:   "price words before a point the tables do not know",
			marked: "Basis\n\nSPOT, 35 OVER MAY - [[UNC\nQUARBIN SRW|ORG]] WHEAT",
			want:   nil,
		},
		{
			name:   "a firm whose name is a table word, on one line",
			marked: "Firms\n\n[[UNC Tervane Inc|ORG]] said it sold shares.",
			want:   []string{`org:unc-tervane ORG "UNC Tervane Inc"`},
		},
	})
}

// TestTownStocks checks that a share table's heading of a known town and
// "Stocks" is the town, and that another name before "Stocks" is left.
func TestTownStocks(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a known town before STOCKS",
			marked: "Shares\n\n[[TORONTO STOCKS|LOC]] CLSG - APRIL 7 quarbin 315.00",
			want:   []string{`location:toronto LOCATION "TORONTO" partial`},
		},
		{
			name:   "a body's stocks",
			marked: "Grain\n\n[[Quarbin Stocks|ORG]] rose to 4 mln tonnes.",
			want:   []string{`org:quarbin-stocks ORG "Quarbin Stocks"`},
		},
	})
}

// TestOutletAfter checks that a name typed a person before a newspaper's
// or magazine's kind noun is the outlet, and that an owner's name after
// "a" is left a person.
func TestOutletAfter(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a newspaper typed a person",
			marked: "Grain\n\nQuarbin must buy less grain, [[Tervane Pao|PER]] newspaper of Lunmark said.",
			want:   []string{`org:tervane-pao ORG "Tervane Pao"`},
		},
		{
			name:   "a magazine typed a person",
			marked: "Cars\n\nHe said so in an interview with [[Quarbinwoche|PER]] magazine on Friday.",
			want:   []string{`org:quarbinwoche ORG "Quarbinwoche" partial`},
		},
		{
			name:   "an owner's newspaper after a",
			marked: "Press\n\nShe wrote for a [[Lemmo Vell|PER]] newspaper in the north.",
			want:   []string{`person:lemmo-vell PERSON "Lemmo Vell"`},
		},
	})
}

// TestCompassDemonym checks that a compass word and a demonym before a
// lower-case noun are an adjective, no organization, and that the same
// words followed by a firm's verb are left.
func TestCompassDemonym(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a region's adjective before its noun",
			marked: "Sales\n\nSales to Tervane and other Western and [[Eastern European|ORG]] countries rose.",
			want:   nil,
		},
		{
			name:   "a country's adjective of two words",
			marked: "Shares\n\nThe [[South Korean|ORG]] stock market rose.",
			want:   nil,
		},
		{
			name:   "a firm's short name before its verb",
			marked: "Airlines\n\n[[South African|ORG]] said its traffic rose.",
			want:   []string{`org:south-african ORG "South African"`},
		},
	})
}

// TestHyphenCountry checks that a country of two parts written with a
// hyphen for its "and" is the country, and that two countries joined by a
// hyphen are not made one.
func TestHyphenCountry(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a country's two parts with a hyphen",
			marked: "Oil\n\nThe energy minister of [[Trinidad-Tobago|LOC]] spoke.",
			want:   []string{`country:TT COUNTRY "Trinidad and Tobago"`},
		},
		{
			name:   "two countries joined by a hyphen",
			marked: "Rail\n\nThe [[Tanzania-Zambia|LOC]] railway reopened.",
			// no country; and since tail13b no name at all (countryPairSpans)
			want: nil,
		},
	})
}

// TestKnownAgencyNicknames checks that the mortgage agencies' nicknames,
// which the recognizer takes for women's names, are the agencies, with a
// lone first word of the nickname in the same article, and that the first
// word alone in an article without the nickname is left.
func TestKnownAgencyNicknames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a nickname typed a person, and its first word alone",
			marked: "Probe of [[Fannie|PER]]\n\n[[Fannie Mae|PER]] said Quarbin Bank bought its notes.",
			want:   []string{`org:federal-national-mortgage-association ORG "Federal National Mortgage Association"`},
		},
		{
			name:   "a first name alone",
			marked: "Football\n\n[[Freddie|PER]] scored twice for Quarbin.",
			want:   []string{`person:freddie PERSON "Freddie" partial`},
		},
	})
}

// TestSuffixOpener checks that a common word opening a sentence right
// after a company's suffix is no organization, and that a firm's name cut
// by a line break after "Co", or a firm's name after "the company.", is
// left.
func TestSuffixOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a sentence's first word after Inc.",
			marked: "Deal\n\nQuarbin sold its unit to Tervane Inc.\n[[Terms|ORG]] were not disclosed.",
			want:   []string{`org:tervane ORG "Tervane Inc."`},
		},
		{
			name:   "a table note's first word after Co at a line's end",
			marked: "Results\n\nNOTE: Full name is Lunmark Fire Co\n[[Earnings|ORG]] exclude gains from a sale.",
			want:   []string{`org:lunmark-fire ORG "Lunmark Fire Co"`},
		},
		{
			name:   "a firm's last word after a line break, before its verb",
			marked: "Bottlers\n\n[[Tervane Bottling Co|ORG]]\n[[Consolidated|ORG]] said it named a president.",
			want:   []string{`org:consolidated ORG "Consolidated" partial`, `org:tervane-bottling ORG "Tervane Bottling Co"`},
		},
		{
			name:   "a firm named after a lower-case company",
			marked: "Shares\n\nReuters reviewed the company.\n[[Sharp|ORG]] operates 38 offices.",
			want:   []string{`org:reuters ORG "Reuters"`, `org:sharp ORG "Sharp" partial`},
		},
	})
}

// TestBetweenPair checks that two firms joined by "and" after "between",
// the second with its company suffix, the first named alone in the
// article, are cut in two, and that a firm of two words joined by "and"
// is left whole.
func TestBetweenPair(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a venture's two parties",
			marked: "Venture\n\nThe plant is a venture between [[Tervane Steel and Lunmark Steel Corp|ORG]] in Ohio. [[Tervane Steel|ORG]] said it will cost 400 mln dlrs.",
			want:   []string{`org:lunmark-steel ORG "Lunmark Steel Corp"`, `org:tervane-steel ORG "Tervane Steel"`},
		},
		{
			name:   "one firm of two words after between",
			marked: "Venture\n\nThe venture between [[Tervane Telephone and Telegraph Co|ORG]] of Quarbin and Lunmark began.",
			want:   []string{`org:tervane-telephone-and-telegraph ORG "Tervane Telephone and Telegraph Co"`},
		},
	})
}
