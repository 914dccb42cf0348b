package extract

import "testing"

// TestPartnersFirm checks, on sentences of our own, that a firm whose
// first partners were typed a person or a place, or whose last are the
// founder's kin, is joined at its "and", and that a person named in full,
// a known place, a given name's span and a list's second name stay apart.
func TestPartnersFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "one surname typed a person",
			marked: "Results\n\nNet profit rose, said [[Quarbell|PERSON]] and [[Tervane Services Inc|ORG]] of [[Dallas|LOCATION]].",
			want:   []string{`location:dallas LOCATION "Dallas" partial`, `org:quarbell-and-tervane-services ORG "Quarbell and Tervane Services Inc"`},
		},
		{
			name:   "three partners typed a person",
			marked: "Unit\n\nIts Dutch unit, [[Lunmark Vellow Okasso|PERSON]] and [[Dremmel BV|ORG]], was sold.",
			want:   []string{`org:lunmark-vellow-okasso-and-dremmel ORG "Lunmark Vellow Okasso and Dremmel BV"`},
		},
		{
			name:   "an insurer typed a place",
			marked: "Sale\n\nIt sold its stake in [[North Varnland Fire|LOCATION]] and [[Casualty Co|ORG]] last year.",
			want:   []string{`org:north-varnland-fire-and-casualty ORG "North Varnland Fire and Casualty Co"`},
		},
		{
			name:   "the founder's sons",
			marked: "Offer\n\nThe managers are [[Q.R. Tervane|ORG]] and [[Sons Inc|ORG]] of [[Ohio|LOCATION]].",
			want:   []string{`location:ohio LOCATION "Ohio" partial`, `org:qr-tervane-and-sons ORG "Q.R. Tervane and Sons Inc"`},
		},
		{
			name:   "a person named in full",
			marked: "Bid\n\n[[Carl Quarbell|PERSON]] bought shares. [[Quarbell|PERSON]] and [[Tervane Air Inc|ORG]] met.",
			want:   []string{`org:tervane-air ORG "Tervane Air Inc"`, `person:carl-quarbell PERSON "Carl Quarbell"`},
		},
		{
			name:   "a known place",
			marked: "Plant\n\nIt has plants in [[Ohio|LOCATION]] and [[Tervane Steel Corp|ORG]] said so.",
			want:   []string{`location:ohio LOCATION "Ohio" partial`, `org:tervane-steel ORG "Tervane Steel Corp"`},
		},
		{
			name:   "a person's two words",
			marked: "Bid\n\nThe bid by [[Ann Quarbell|PERSON]] and [[Tervane Textile Inc|ORG]] failed.",
			want:   []string{`org:tervane-textile ORG "Tervane Textile Inc"`, `person:ann-quarbell PERSON "Ann Quarbell"`},
		},
		{
			name:   "the second of a pair",
			marked: "Group\n\nA group of [[Hollix|ORG]] and [[Quarbell|PERSON]] and [[Tervane Partners LP|ORG]] bid.",
			want:   []string{`org:hollix ORG "Hollix" partial`, `org:tervane-partners ORG "Tervane Partners LP"`, `person:quarbell PERSON "Quarbell" partial`},
		},
	})
}

// TestCommaAndFirm checks, on sentences of our own, that one partner, a
// comma and a firm of two partners that [Resolver.andJoinSpans] made
// whole are one firm, and that a list's word, a
// word named alone and a country stay apart.
func TestCommaAndFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an analyst's firm",
			marked: "Rates\n\nAn analyst at [[Quarbell|PERSON]], [[Tervane|PERSON]] and [[Lunmark Data Corp|ORG]] said so.",
			want:   []string{`org:quarbell-tervane-and-lunmark-data ORG "Quarbell, Tervane and Lunmark Data Corp"`},
		},
		{
			name:   "a list",
			marked: "Buyers\n\nBuyers were [[Hollix|PERSON]], [[Quarbell|PERSON]], [[Tervane|PERSON]] and [[Lunmark Data Corp|ORG]] and others.",
			want:   []string{`org:tervane-and-lunmark-data ORG "Tervane and Lunmark Data Corp"`, `person:hollix PERSON "Hollix" partial`, `person:quarbell PERSON "Quarbell" partial`},
		},
		{
			name:   "named alone",
			marked: "Rates\n\nAn analyst at [[Quarbell|PERSON]], [[Tervane|PERSON]] and [[Lunmark Data Corp|ORG]] said so. [[Quarbell|PERSON]] said more.",
			want:   []string{`org:quarbell ORG "Quarbell" partial`, `org:tervane-and-lunmark-data ORG "Tervane and Lunmark Data Corp"`},
		},
		{
			name:   "a country",
			marked: "Rates\n\nSales in [[France|LOCATION]], [[Tervane|PERSON]] and [[Lunmark Data Corp|ORG]] rose.",
			want:   []string{`country:FR COUNTRY "France"`, `org:tervane-and-lunmark-data ORG "Tervane and Lunmark Data Corp"`},
		},
	})
}
