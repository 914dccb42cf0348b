package extract

import "testing"

// TestAngleFirm checks, on sentences of our own, that the words inside
// Reuters' angle brackets of which the recognizer found a part are one
// firm (a bracket inside the name, a small word, a possessive, a
// headline's capitals), and that what the brackets hold beside a firm
// stays apart: a description after "an", a dash before an acronym, a
// firm's town after "of", a country after "of", two "and"s, words after the recognizer's
// suffix, a place the article names alone, and brackets whose words are
// all in spans.
func TestAngleFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a country in brackets inside the name",
			marked: "Plant\n\nThe unit, <[[Quarbin Electronics|ORG]] ([[M|ORG]]) Sdn Bhd>, will make radios.",
			want:   []string{`org:quarbin-electronics-m ORG "Quarbin Electronics (M) Sdn Bhd"`},
		},
		{
			name:   "a small word inside the name",
			marked: "Pact\n\nThe other party is <Banque Tervane pour [[l'Ouest du Lunmark|PERSON]]>, a bank.",
			want:   []string{`org:banque-tervane-pour-louest-du-lunmark ORG "Banque Tervane pour l'Ouest du Lunmark"`},
		},
		{
			name:   "a possessive inside the name",
			marked: "Sale\n\nIt bought <[[Halver|PERSON]]'s [[Marine Co|ORG]]> for cash.",
			want:   []string{`org:halvers-marine ORG "Halver's Marine Co"`},
		},
		{
			name:   "a headline's capitals cut at small words",
			marked: "<ZORBIT OF THE [[VINE INC|ORG]]> 4TH QTR NET\n\nShr 10 cts vs 12 cts.",
			want:   []string{`org:zorbit-of-the-vine ORG "Zorbit Of The Vine Inc"`},
		},
		{
			name:   "a description after an",
			marked: "Bid\n\nIt bid for <[[Quarbin|ORG]], an [[Ohio|LOCATION]] Corp>, last week.",
			want:   []string{`location:ohio LOCATION "Ohio" partial`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a name and its acronym after a dash",
			marked: "Deal\n\nIt signed with <[[Tervane Research Institute|ORG]] - QRI> on Monday.",
			want:   []string{`org:tervane-research-institute ORG "Tervane Research Institute"`},
		},
		{
			name:   "a firm and its town after of",
			marked: "Deal\n\nIt sold the unit to <[[Lunmark Corp|ORG]] of Quarbinville> on Monday.",
			want:   []string{`org:lunmark ORG "Lunmark Corp"`},
		},
		{
			name:   "a head, of and a country",
			marked: "Deal\n\nIt sold bonds to <[[Quarbin Life Society|ORG]] of the [[U.S.|LOCATION]]> on Monday.",
			want:   []string{`country:US COUNTRY "United States"`, `org:quarbin-life-society ORG "Quarbin Life Society"`},
		},
		{
			name:   "two ands",
			marked: "Suit\n\nNamed were Zorbit GmbH and Co and <KG and [[Q and R Tervane Inc|ORG]]>, it said.",
			want:   []string{`org:q-and-r-tervane ORG "Q and R Tervane Inc"`},
		},
		{
			name:   "words after the suffix",
			marked: "Loans\n\nIt sold loans to <[[Tervane Energy Fund LP|ORG]] Q-One>. It said so.",
			want:   []string{`org:tervane-energy-fund ORG "Tervane Energy Fund LP"`},
		},
		{
			name:   "a place the article names alone",
			marked: "Well\n\nIt drills off [[North Varnland|LOCATION]]. <[[North Varnland Resources|ORG]] (Ventures) Ltd> has 15 pct.",
			want:   []string{`location:north-varnland LOCATION "North Varnland"`, `org:north-varnland-resources ORG "North Varnland Resources"`},
		},
		{
			name:   "all words in spans",
			marked: "Merger\n\nThe banks, <[[Quarbinbanken|ORG]] and [[Tervanebanken|ORG]]>, merged.",
			want:   []string{`org:quarbinbanken ORG "Quarbinbanken" partial`, `org:tervanebanken ORG "Tervanebanken" partial`},
		},
	})
}
