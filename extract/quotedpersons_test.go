package extract

import "testing"

// TestQuotedPerson checks that a name taken for a person before a bid and
// an offer on its line ([quotedPerson]) is dropped, and the readings left:
// a person before a plain number, a firm before a quote.
func TestQuotedPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a currency's letters before a quote",
			marked: "Rates\n\nDealers quoted [[Quor Zeb|PER]] 12.82/83 in the morning.",
			want:   nil,
		},
		{
			name:   "a person before a number",
			marked: "Poll\n\nThe survey gave [[Ann Vell|PER]] 12.82 pct of the vote.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a firm before a quote",
			marked: "Gold\n\n[[Zorbit Corp|ORG]] 400.50/401 an ounce.",
			want:   []string{`org:zorbit ORG "Zorbit Corp"`},
		},
	})
}
