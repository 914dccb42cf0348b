package extract

import "testing"

// TestLimitedPartnership checks, on articles of our own, that a limited
// partnership's legal form makes no firm "Partnership" of its second word,
// that a series' numeral after a legal form stays in the name, and that a
// name that only ends in "Partnership" is left.
func TestLimitedPartnership(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the legal form in the span",
			marked: "Payout\n\n[[Tervane Oil Limited Partnership|ORG]] said it will pay 25 cts a unit.",
			want:   []string{`org:tervane-oil ORG "Tervane Oil Limited"`},
		},
		{
			name:   "the form's second word a span of its own",
			marked: "Payout\n\n[[Quarbin Inns Ltd|ORG]] [[Partnership|ORG]] said it will pay 25 cts a unit.",
			want:   []string{`org:quarbin-inns ORG "Quarbin Inns Ltd"`},
		},
		{
			name:   "a series' numeral after the legal form",
			marked: "Payout\n\n[[Vellor Mortgage Investors LP II|ORG]] said it will pay 25 cts a unit.",
			want:   []string{`org:vellor-mortgage-investors-lp-ii ORG "Vellor Mortgage Investors LP II"`},
		},
		{
			name:   "a partnership's name with no legal form",
			marked: "Payout\n\n[[Tervane Energy Partnership|ORG]] said it will pay 25 cts a unit.",
			want:   []string{`org:tervane-energy-partnership ORG "Tervane Energy Partnership"`},
		},
		{
			name:   "another firm's name after a suffix",
			marked: "Payout\n\n[[Quarbin Corp Vellor|ORG]] said it will pay 25 cts a unit.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:vellor ORG "Vellor" partial`},
		},
	})
}

// TestBodyOwnerSpans checks, on sentences of our own, that a possessive
// between two bodies' names parts them, that a lone head before it is
// dropped, and that a firm's possessive name, a staff union and a unit with
// no body's head are left.
func TestBodyOwnerSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an administration and its council",
			marked: "Trade\n\nIt came a day after the [[Quarbin Administration's Trade Policy Council|ORG]] decided to act.",
			want:   []string{`org:quarbin-administration ORG "Quarbin Administration"`, `org:trade-policy-council ORG "Trade Policy Council"`},
		},
		{
			name:   "a lone head as owner",
			marked: "Aid\n\nHalf the money for the [[Bank's Tervane Development Association|ORG]] went to Ostra.",
			want:   []string{`org:tervane-development-association ORG "Tervane Development Association"`},
		},
		{
			name:   "the owned body's head before of",
			marked: "Aid\n\nIt needs the approval of the [[Community's Council of Ostran Ministers|ORG]] first.",
			want:   []string{`org:council-of-ostran-ministers ORG "Council of Ostran Ministers"`},
		},
		{
			name:   "a firm named after a possessive",
			marked: "Sale\n\nIt came after [[Vellor's Tervane Fund|ORG]] sold its stake.",
			want:   []string{`org:vellors-tervane-fund ORG "Vellor's Tervane Fund"`},
		},
		{
			name:   "a firm named with a lone head's possessive",
			marked: "Meetings\n\n[[Church's Quarn Chicken Inc|ORG]] will hold its meeting today.",
			want:   []string{`org:churchs-quarn-chicken ORG "Church's Quarn Chicken Inc"`},
		},
		{
			name:   "a show after a body's possessive",
			marked: "Phones\n\nHe spoke at the [[Tervane Phone Association's Wireless Entertainment|ORG]] show.",
			want:   []string{`org:tervane-phone-associations-wireless-entertainment ORG "Tervane Phone Association's Wireless Entertainment"`},
		},
		{
			name:   "a union of the owner's staff",
			marked: "Strike\n\nIt came after the [[Quarbin Bank's Employees Union|ORG]] voted to strike.",
			want:   []string{`org:quarbin-banks-employees-union ORG "Quarbin Bank's Employees Union"`},
		},
		{
			name:   "a unit with no body's head",
			marked: "Sale\n\nIt came after [[Quarbin Co's Tervane Systems Division|ORG]] was sold.",
			want:   []string{`org:quarbin-cos-tervane-systems-division ORG "Quarbin Co's Tervane Systems Division"`},
		},
	})
}
