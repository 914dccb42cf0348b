package extract

import "testing"

// TestPossessiveFirmSpans checks, on sentences of our own, that a
// one-word "person", its possessive and the firm's span after it become
// one firm when a span after the possessive ends in a company suffix,
// begins a longer one, or is written whole elsewhere in the article, and
// that an owner named in full, after a title or as a firm, a place's
// word, a firm repeating the owner's name and a name with no evidence stay
// as they were.
func TestPossessiveFirmSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a company suffix",
			marked: "Deal\n\nAcme Holdings said it bought a stake in [[Quarbin|PER]]'s [[Tervane Foods Inc|ORG]] for cash.",
			want:   []string{`org:quarbins-tervane-foods ORG "Quarbin's Tervane Foods Inc"`},
		},
		{
			name: "the start of a longer span",
			marked: "[[QUARBIN|PER]]'S [[TERVANE|ORG]] CUTS LOSS\n\n[[Quarbin|PER]]'s [[Tervane Ice Cream|ORG]] said its loss narrowed. " +
				"[[Quarbin|PER]]'s [[Tervane|ORG]] earlier reported a profit.",
			want: []string{`org:quarbins-tervane-ice-cream ORG "Quarbin's Tervane Ice Cream"`},
		},
		{
			name:   "the whole name in angle brackets",
			marked: "Sale\n\n<[[Quarbin's Tervane Co|ORG]]> said it sold a unit. [[Quarbin|PER]]'s [[Tervane|ORG]] said the price was fair.",
			want:   []string{`org:quarbins-tervane ORG "Quarbin's Tervane Co"`},
		},
		{
			name:   "an owner named in full",
			marked: "Stake\n\n[[Ann Quarbin|PER]] raised her stake. [[Quarbin|PER]]'s [[Tervane Foods Inc|ORG]] will pay a dividend.",
			want:   []string{`org:tervane-foods ORG "Tervane Foods Inc"`, `person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "an owner after a title",
			marked: "Plan\n\nPresident [[Quarbin|PER]]'s [[Tervane Holdings Inc|ORG]] will pay a dividend.",
			want:   []string{`org:tervane ORG "Tervane Holdings Inc"`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "an owner named as a firm",
			marked: "Unit\n\n[[Quarbin Corp|ORG]] said [[Quarbin|PER]]'s [[Tervane Signal Inc|ORG]] subsidiary won a contract.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:tervane-signal ORG "Tervane Signal Inc"`},
		},
		{
			name:   "a firm repeating its owner's name",
			marked: "Notes\n\n[[Quarbin|PER]]'s [[Quarbin Finance NV|ORG]] is issuing notes.",
			want:   []string{`org:quarbin-finance ORG "Quarbin Finance NV"`},
		},
		{
			name:   "a place's word",
			marked: "Shares\n\n[[Quarbin|PER]]'s [[Tervane Bay|ORG]] said it sold shares. [[Quarbin|PER]]'s [[Tervane Bay Co|ORG]] said more.",
			want:   []string{`location:tervane-bay LOCATION "Tervane Bay"`, `org:quarbins-tervane-bay ORG "Quarbin's Tervane Bay Co"`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "no evidence of one name",
			marked: "Sales\n\nSales at [[Quarbin|PER]]'s [[Tervane Cafeterias|ORG]] rose.",
			want:   []string{`org:tervane-cafeterias ORG "Tervane Cafeterias"`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "words after the possessive in no span, to a suffix",
			marked: "Sale\n\nAcme Holdings bought a unit of [[Quarbin|PER]]'s Tervane Goods PLC for cash.",
			want:   []string{`org:quarbins-tervane-goods ORG "Quarbin's Tervane Goods PLC"`},
		},
		{
			name:   "words after an owner's possessive, to a suffix",
			marked: "Unit\n\n[[Ann Quarbin|PER]] said [[Quarbin|PER]]'s Tervane Goods Inc unit was sold.",
			want:   []string{`person:ann-quarbin PERSON "Ann Quarbin"`},
		},
	})
}
