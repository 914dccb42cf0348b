package extract

import "testing"

// TestOneFirmSpans checks, on sentences of our own, that the parts of one
// firm's name that the recognizer cut at a comma or an "and" join: the
// names inside Reuters' angle brackets, a first part of several words
// before a firm with its suffix and a verb for one firm, a first part
// named alone elsewhere when the verb says one firm, a headline's "X AND
// Y CO" with Y in no span, and a demonym before "and" and a firm; and that
// two firms stay two.
func TestOneFirmSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "names in angle brackets",
			marked: "Deal\n\nTervane also bought <[[Marlow|PER]], [[Quarbin|ORG]] and [[Vell Insurance Agency|ORG]]>, based in Ohio.",
			want:   []string{`org:marlow-quarbin-and-vell-insurance-agency ORG "Marlow, Quarbin and Vell Insurance Agency"`},
		},
		{
			name:   "the same names without brackets",
			marked: "Deal\n\nTervane also bought [[Marlow|PER]], [[Quarbin|ORG]] and [[Vell Insurance Agency|ORG]], based in Ohio.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:vell-insurance-agency ORG "Vell Insurance Agency"`, `person:marlow PERSON "Marlow" partial`},
		},
		{
			name:   "two one-word names in angle brackets",
			marked: "Banks\n\nThe group will control <[[Tervane|ORG]] and [[Quarbin|ORG]]>, two regional banks.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a description after a comma in angle brackets",
			marked: "Stake\n\nHolders other than <[[Tervane|ORG]], [[An Ohio Corp|ORG]]>, must approve.",
			want:   []string{`org:an-ohio ORG "An Ohio Corp"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a first part of several words and one firm's verb",
			marked: "Centers\n\n[[Marlow Years Child Care|ORG]] and [[Learning Quarbin Inc|ORG]] said it signed a letter of intent.",
			want:   []string{`org:marlow-years-child-care-and-learning-quarbin ORG "Marlow Years Child Care and Learning Quarbin Inc"`},
		},
		{
			name:   "a first part of several words and two firms' verb",
			marked: "Centers\n\n[[Marlow Years Child Care|ORG]] and [[Learning Quarbin Inc|ORG]] said they signed a letter of intent.",
			want:   []string{`org:learning-quarbin ORG "Learning Quarbin Inc"`, `org:marlow-years-child-care ORG "Marlow Years Child Care"`},
		},
		{
			name:   "the first part named alone, one firm's verb",
			marked: "Rights\n\n[[Tervane|PER]] and [[Quarbin Plc|ORG]] said it planned a rights issue. The price compares with [[Tervane|PER]]'s close.",
			// The first partner alone is the firm's short name (partnersFirm).
			want: []string{`org:tervane-and-quarbin ORG "Tervane and Quarbin Plc"`},
		},
		{
			name:   "the first part named alone, two firms' verb",
			marked: "Rights\n\n[[Tervane|PER]] and [[Quarbin Plc|ORG]] said they planned a joint venture. The price compares with [[Tervane|PER]]'s close.",
			want:   []string{`org:quarbin ORG "Quarbin Plc"`, `person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "the first part named alone, an apposition after the firm",
			marked: "Labels\n\nBoth [[Tervane|ORG]] and [[Quarbin Co|ORG]], a Tervane supplier, agreed to pay. [[Tervane|ORG]] said so.",
			want:   []string{`org:quarbin ORG "Quarbin Co"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "one name said twice",
			marked: "Agency\n\nBates is now owned by [[Tervane|PER]] and [[Tervane|PER]], the largest agency.",
			want:   []string{`org:tervane-and-tervane ORG "Tervane and Tervane"`},
		},
		{
			name:   "two names",
			marked: "Agency\n\nBates is now owned by [[Tervane|PER]] and [[Quarbin|PER]], the largest agency.",
			want:   []string{`person:quarbin PERSON "Quarbin" partial`, `person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "one substance said twice",
			marked: "Kit\n\nA kit for measuring [[Tervane-2|ORG]] and [[Tervane-2|ORG]] receptor.",
			want:   nil, // one-word names with a figure are dropped; joined, "Tervane-2 and Tervane" would stay
		},
		{
			name:   "a headline's firm with the word after AND in no span",
			marked: "[[TERVANE|ORG]] AND QUARBIN CO 3RD QTR NET\n\nShr profit 20 cts vs loss 22 cts.",
			want:   []string{`org:tervane-and-quarbin ORG "Tervane And Quarbin Co"`},
		},
		{
			name:   "a demonym, and, a firm with its suffix",
			marked: "Stake\n\nThe stake of [[British|MISC]] and [[Quarbin Shipping Co Plc|ORG]] rose. [[British|MISC]] and [[Quarbin Shipping|ORG]] said it held shares.",
			want:   []string{`org:british-and-quarbin-shipping ORG "British and Quarbin Shipping Co Plc"`},
		},
		{
			name:   "a demonym in a list",
			marked: "Stake\n\nThe American, [[British|MISC]] and [[Quarbin Shipping Co Plc|ORG]] stakes rose.",
			want:   []string{`org:quarbin-shipping ORG "Quarbin Shipping Co Plc"`},
		},
	})
}
