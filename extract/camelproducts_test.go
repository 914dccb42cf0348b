package extract

import "testing"

func TestCamelProducts(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "after the, a full stop after it, and its bare mention follows",
			marked: "Tech\n\nShoppers queued for the [[ZorbiPad|ORG]]. " +
				"Owners say [[ZorbiPad|ORG]] sales will grow.",
			want: nil,
		},
		{
			name:   "after the, a model's number after it",
			marked: "Games\n\nThe chip is four times faster than the [[LemmoStation|ORG]] 2 in tests.",
			want:   nil,
		},
		{
			name:   "after a, a question mark after it",
			marked: "Tech\n\nHow many people really own a [[VellBook|ORG]]?",
			want:   nil,
		},
		{
			name:   "after an, a linking word after it",
			marked: "Tech\n\nHe bought an [[iQuarb|ORG]] to listen to on the train.",
			want:   nil,
		},
		{
			name:   "after a possessive pronoun, a linking word after it",
			marked: "Tech\n\nViewers can copy shows from their [[ZorbiBoxes|ORG]] and watch them on the train.",
			want:   nil,
		},
		{
			name:   "after a possessive pronoun, a noun after it: the firm's unit",
			marked: "Business\n\nQuarbin Holdings will sell its [[ZorbiCorp|ORG]] unit next year.",
			want:   []string{`org:zorbicorp ORG "ZorbiCorp" partial`},
		},
		{
			name:   "after the, a verb after it: a firm as often",
			marked: "Business\n\nAnalysts said the [[QuarbNet|ORG]] has lost money for a year.",
			want:   []string{`org:quarbnet ORG "QuarbNet" partial`},
		},
		{
			name:   "after a, a noun after it: the firm's staff",
			marked: "Business\n\nA [[ZorbiCorp|ORG]] spokeswoman said the plan would go ahead.",
			want:   []string{`org:zorbicorp ORG "ZorbiCorp" partial`},
		},
		{
			name:   "a body's initials with a small letter inside",
			marked: "Politics\n\nThe figures were published by the [[DfQE|ORG]].",
			want:   []string{`org:dfqe ORG "DfQE" partial`},
		},
		{
			name:   "after the, a comma and a small word after it",
			marked: "Tech\n\nHe still uses the [[ZorbiPad|ORG]], which is two years old.",
			want:   nil,
		},
		{
			name:   "at the: a venue",
			marked: "Music\n\nThe band played a concert at the [[QuarbDome|ORG]].",
			want:   []string{`org:quarbdome ORG "QuarbDome" partial`},
		},
		{
			name:   "names listed after the before their shared noun",
			marked: "Tech\n\nThe leaks went to the [[QuarbNet|ORG]], Lemmo and Vell websites.",
			want:   []string{`org:quarbnet ORG "QuarbNet" partial`},
		},
		{
			name:   "no determiner before it",
			marked: "Business\n\nSales fell at [[QuarbNet|ORG]].",
			want:   []string{`org:quarbnet ORG "QuarbNet" partial`},
		},
	})
}
