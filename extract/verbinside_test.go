package extract

import "testing"

// TestVerbInsideSpans checks, on sentences of our own, that a span run
// across a lower-case verb between two names is cut into the names either
// side of it, and that a name's own lower-case words (a connector, a
// foreign article, a verb with no capital after it) are left.
func TestVerbInsideSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a past verb between two bodies",
			marked: "Thrift\n\nThe [[Tervane Loan Board closed Quarbin Savings Association|ORG]], the board said.",
			want:   []string{`org:quarbin-savings-association ORG "Quarbin Savings Association"`, `org:tervane-loan-board ORG "Tervane Loan Board"`},
		},
		{
			name:   "a present verb between two bodies",
			marked: "Meat\n\nThe [[Dairy Subcommittee reviews Tervane Council|ORG]]'s inspection program.",
			want:   []string{`org:dairy-subcommittee ORG "Dairy Subcommittee"`, `org:tervane-council ORG "Tervane Council"`},
		},
		{
			name:   "a connector is left",
			marked: "Loan\n\nThe [[Bank of Tervane|ORG]] lent the money.",
			want:   []string{`org:bank-of-tervane ORG "Bank of Tervane"`},
		},
		{
			name:   "a verb with no capital after it is left",
			marked: "Vote\n\nThe [[Quarbin Party said so Tervane|ORG]] voters heard.",
			want:   []string{`org:quarbin-party-said-so-tervane ORG "Quarbin Party said so Tervane"`},
		},
	})
}
