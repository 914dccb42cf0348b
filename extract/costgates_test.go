package extract

import "testing"

// The tests of this file hold the edges of the cheap first questions that
// gate three rules (the twenty-fourth session): [listEndsAt] before
// [workList], [partnersAnd] before [Resolver.partnerListStart] and
// [crudeCueAt] before [Resolver.crudeByCue]. Each positive case must
// still fire through its gate; each negative one is let go by the gate.

// TestWorkListGate checks the words before a list of titles that the
// gate of [workList] must let through, a second title found after the
// first one only when the plural noun is read, and a name after a word
// that ends a list at once.
func TestWorkListGate(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the plural noun in lower case right before, a comma after the first title",
			marked: "Music\n\nShe sang the singles [[Quarbin Lane|ORG]], [[Tervane Nights|ORG]] and more.",
			want:   nil,
		},
		{
			name:   "the plural noun right before, and after the first title",
			marked: "Music\n\nShe sang the singles [[Quarbin Lane|ORG]] and [[Tervane Nights|ORG]] on tour.",
			want:   nil,
		},
		{
			name:   "a lower-case opener with a comma before it, and capitalized words folded",
			marked: "Films\n\nHe made several films, including The Long Road and [[Quarbin Lane|ORG]].",
			want:   nil,
		},
		{
			name:   "a word that ends the list at once",
			marked: "Films\n\nHis films sold well, said [[Quarbin Vell|ORG]].",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`},
		},
		{
			name:   "the plural noun alone before a single title",
			marked: "Films\n\nThe films [[Quarbin Vell|ORG]] made sold well.",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`},
		},
	})
}

// TestPartnerListGate checks a firm of partners whose ", Quarbin and"
// stands before the span of its last partner, one in the second sentence
// of an article whose first has none, and an "and" with no comma two
// words before it, which the gate of [Resolver.partnerListSpans] lets go.
func TestPartnerListGate(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the and before the last partner's span",
			marked: "Shares\n\nThe offering is led by [[Tervane|PER]], Quarbin and [[Lunmark Inc|ORG]] and others.",
			want:   []string{`org:tervane-quarbin-and-lunmark ORG "Tervane, Quarbin and Lunmark Inc"`},
		},
		{
			name: "a firm in the second sentence",
			marked: "Shares\n\n[[Ostra Vell Corp|ORG]] rose and fell in very thin and quiet trading on the floor of the " +
				"exchange today. It is led by [[Tervane|PER]], [[Quarbin and Lunmark Inc|ORG]] and others.",
			want: []string{`org:ostra-vell ORG "Ostra Vell Corp"`, `org:tervane-quarbin-and-lunmark ORG "Tervane, Quarbin and Lunmark Inc"`},
		},
		{
			name:   "no comma before the partners",
			marked: "Shares\n\nThe offering is led by [[Tervane|PER]] and [[Quarbin and Lunmark Inc|ORG]] today.",
			want:   []string{`org:quarbin-and-lunmark ORG "Quarbin and Lunmark Inc"`, `person:tervane PERSON "Tervane" partial`},
		},
	})
}

// TestCrudeCueGate checks the cues of a crude grade that the gate of
// [Resolver.crudeByCue] reads by their bytes: "crude" after a tab,
// "crudes" after two spaces, "crude" after a space outside ASCII; and a name before another word, which the gate lets go, and one
// before a word that begins as "blend" does, which the rule itself keeps.
func TestCrudeCueGate(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "crude after a space and a tab",
			marked: "Oil\n\nCargoes of [[Quarbin|ORG]] \tcrude rose 20 cts.",
			want:   nil,
		},
		{
			name:   "crudes after two spaces",
			marked: "Oil\n\nCargoes of [[Quarbin|ORG]]  crudes rose 20 cts.",
			want:   nil,
		},
		{
			name:   "crude after a space and a no-break space",
			marked: "Oil\n\nCargoes of [[Quarbin|ORG]] \u00a0crude rose 20 cts.",
			want:   nil,
		},
		{
			name:   "another word after the name",
			marked: "Oil\n\nCargoes of [[Quarbin|ORG]] oil rose 20 cts a barrel of crude.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a word that begins as blend",
			marked: "Oil\n\nThe [[Quarbin|ORG]] blending plant buys crude.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}
