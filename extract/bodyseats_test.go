package extract

import "testing"

// TestBodySeat checks, on sentences of our own with made-up names, that a
// town between a bank's or an association's name with its comma and a
// state's abbreviation is the body's seat, a place, and the cases left:
// a congressman after his initial, a name after a person's comma, a name
// after a lower-case kind's comma, a town the article also writes as a
// firm's.
func TestBodySeat(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a bank's seat",
			marked: "BANK\n\nDeposits were moved to the [[Quarbin National Bank|ORG]], [[Tervane|PER]], Okla., on Friday.\n",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `org:quarbin-national-bank ORG "Quarbin National Bank"`},
		},
		{
			name:   "an association's seat",
			marked: "THRIFT\n\nIt was sold to [[Lemmo Savings and Loan Association|ORG]], [[Vell|PER]], Utah, a spokesman said.\n",
			want:   []string{`location:vell LOCATION "Vell" partial`, `org:lemmo-savings-and-loan-association ORG "Lemmo Savings and Loan Association"`},
		},
		{
			name:   "a congressman after his initial",
			marked: "ARMY\n\nIn a release, Rep. Ann O'B. [[Rigby|PER]], N.Y., said the contract was fair.\n",
			want:   []string{`person:rigby PERSON "Rigby" partial`},
		},
		{
			name:   "after a person's comma",
			marked: "STAKE\n\nThe investor is [[Ann Zorbit|PER]], [[Tervane|PER]], Mass., who holds 5 pct.\n",
			want:   []string{`person:ann-zorbit PERSON "Ann Zorbit"`, `person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a lower-case kind before the comma",
			marked: "SALE\n\nAn officer of the bank, [[Ann Tervane|PER]], Mass., said the loan was repaid.\n",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "a town that names a firm too",
			marked: "BANK\n\nIt bought [[Quarbin Bank|ORG]], [[Orvane|PER]], Okla. [[Orvane|PER]] said it would grow.\n",
			want:   []string{`org:quarbin-bank ORG "Quarbin Bank"`, `person:orvane PERSON "Orvane" partial`},
		},
	})
}
