package extract

import (
	"strings"
	"testing"
)

// TestPaperTails checks, on sentences of our own with made-up names, that
// a name ending in a report's or a security's word is no entity (MISC),
// and the cases left: a person's name, a bank's "Savings and Loan", a
// word alone.
func TestPaperTails(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "reports",
			marked: "CROPS\n\n[[Quarbin|ORG]] said in its [[Tervane Grain Situation and Outlook|ORG]] and its " +
				"[[Weekly Lemmo Summary|ORG]] that output rose.\n",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name: "securities",
			marked: "BONDS\n\n[[Quarbin|ORG]] sold 9-1/4 pct [[Treasury Loan|ORG]] stock, [[Lemmo Investment Notes|ORG]] " +
				"and [[Zorbit Cotton Certificate|LOC]] payments.\n",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name: "treatments, tests and indices",
			marked: "HEALTH\n\n[[Quarbin|ORG]] said the [[Zorbit Therapy|ORG]] and a [[Lemmo Antigen Test|ORG]] " +
				"lifted the [[Tervane Stock Average|LOC]].\n",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a person's name",
			marked: "PEOPLE\n\n[[Quarbin|ORG]] named [[Ann Stock|PER]] its chairman.\n",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:ann-stock PERSON "Ann Stock"`},
		},
		{
			name:   "a bank's loan",
			marked: "BANKS\n\n[[Quarbin Savings and Loan|ORG]] said profits rose.\n",
			want:   []string{`org:quarbin-savings-and-loan ORG "Quarbin Savings and Loan"`},
		},
		{
			name:   "a stock exchange cut before its last word",
			marked: "SHARES\n\nIts shares rose on the [[Quarbin Stock|ORG]]\nexchange.\n",
			want:   []string{`org:quarbin-stock ORG "Quarbin Stock"`},
		},
		{
			name:   "a word alone",
			marked: "FIRMS\n\n[[Outlook|ORG]] said profits rose.\n",
			want:   []string{`org:outlook ORG "Outlook" partial`},
		},
	})
}

// TestPaperTailStockExchange asks [paperTail] itself whether "Stock"
// before "exchange", on the next line or capitalized, is left alone, and
// a security's "Stock" is not.
func TestPaperTailStockExchange(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"shares on the Quarbin Stock\nexchange rose", "Quarbin Stock", false},
		{"shares on the Quarbin Stock Exchange rose", "Quarbin Stock", false},
		{"shares of Quarbin Preferred Stock rose", "Quarbin Preferred Stock", true},
	} {
		i := strings.Index(tc.text, tc.name)
		m := &mention{Mention: Mention{Start: i, End: i + len(tc.name)}, typ: Org, words: strings.Fields(strings.ToLower(tc.name)),
			country: -1, agency: -1}
		if got := paperTail(tc.text, m); got != tc.want {
			t.Errorf("paperTail(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}
