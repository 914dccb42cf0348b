package extract

import "testing"

// TestFirmPartSpans checks, on sentences of our own, that a firm's first
// partner before a comma and the letters of "B and W" rejoin the rest of
// the firm's name, and that lists of firms stay apart.
func TestFirmPartSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "first partner a span of its own",
			marked: "Deal\n\nIt said [[Tolvane|PER]], [[Marbury and Co Inc|ORG]] is acting as representative of the underwriters.",
			want:   []string{`org:tolvane-marbury ORG "Tolvane, Marbury and Co Inc"`},
		},
		{
			name:   "first partner typed MISC",
			marked: "Deal\n\n[[Quorvel|MISC]], [[Tansey and Co|ORG]] co-managed the deal.",
			want:   []string{`org:quorvel-tansey ORG "Quorvel, Tansey and Co"`},
		},
		{
			name:   "and Sons",
			marked: "Deal\n\nThe offering was led by [[Tolvane|PER]], [[Marbury and Sons Inc|ORG]] and others.",
			want:   []string{`org:tolvane-marbury-and-sons ORG "Tolvane, Marbury and Sons Inc"`},
		},
		{
			name:   "letters joined by and",
			marked: "Deal\n\n[[Willmar Inc|ORG]] bought the distributor B and [[W Quarbin Supply Co|ORG]] for cash.",
			want:   []string{`org:b-and-w-quarbin-supply ORG "B and W Quarbin Supply Co"`, `org:willmar ORG "Willmar Inc"`},
		},
		{
			name:   "three letters",
			marked: "Sugar\n\nThe trader E D and [[F Quarbin|ORG]] sold two cargoes.",
			want:   []string{`org:e-d-and-f-quarbin ORG "E D and F Quarbin"`},
		},
		{
			name:   "a firm of two words after the comma is a list",
			marked: "Banks\n\nThe Fed weighs bids by [[Tolvane|ORG]], [[J.K. Marbury and Co|ORG]] and others.",
			want:   []string{`org:jk-marbury ORG "J.K. Marbury and Co"`, `org:tolvane ORG "Tolvane" partial`},
		},
		{
			name:   "after a firm and and",
			marked: "Deal\n\n[[Marlow and Co Inc|ORG]] and [[Tolvane|PER]], [[Quarbin and Co|ORG]] will underwrite the offering.",
			want:   []string{`org:marlow-and ORG "Marlow and Co Inc"`, `org:tolvane-quarbin ORG "Tolvane, Quarbin and Co"`},
		},
		{
			name:   "a list before the comma",
			marked: "Deal\n\nUnder the pact between [[Tansey|ORG]] and [[Tolvane|PER]], [[Tansey and Co|ORG]] would hold stock.",
			want:   []string{`org:tansey-and ORG "Tansey and Co"`, `person:tolvane PERSON "Tolvane" partial`},
		},
	})
}
