package extract

import "testing"

// TestRemitHolderSpans checks, on sentences of our own, that the last
// words of an office's remit are cut from its holder's name when the
// article writes the holder alone as a person, and that a body after an
// office's "of", a remit with no lone name and a span after no office
// are left.
func TestRemitHolderSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "after and",
			marked: "Rain\n\nSecretary for [[Trade|ORG]] and [[Rural Planning Kwame Otieno|ORG]] spoke. " +
				"[[Otieno|PER]] said rain was short.",
			want: []string{`person:kwame-otieno PERSON "Kwame Otieno"`},
		},
		{
			name: "after the",
			marked: "Debt\n\nTalks go on, director for [[Varn|LOC]] and the [[Tervane Dieter Kallmann|ORG]] said. " +
				"[[Kallmann|PER]] said the loans were safe.",
			want: []string{`person:dieter-kallmann PERSON "Dieter Kallmann"`},
		},
		{
			name: "after of, a remit of commas",
			marked: "Dam\n\nThe dam will wait, deputy Minister of [[Water, Roads and Post Norazlan Hamid Bakri|ORG]] said. " +
				"[[Norazlan|PER]] said the funds were short.",
			want: []string{`person:norazlan-hamid-bakri PERSON "Norazlan Hamid Bakri"`},
		},
		{
			name: "the lone name typed as the glued span",
			marked: "Debt\n\nTalks go on, director for [[Varn|LOC]] and the [[Tervane Dieter Kallmann|ORG]] said. " +
				"[[Kallmann|ORG]] said the loans were safe.",
			want: []string{`person:dieter-kallmann PERSON "Dieter Kallmann"`},
		},
		{
			name:   "no lone name: left",
			marked: "Dam\n\nThe dam will wait, deputy Minister of [[Water, Roads and Post Norazlan Hamid Bakri|ORG]] said.",
			want:   []string{`org:water-roads-and-post-norazlan-hamid-bakri ORG "Water, Roads and Post Norazlan Hamid Bakri" source`},
		},
		{
			name: "a body's word in the span: left",
			marked: "Deal\n\nThe president of the [[Tervane Workers Union Local|ORG]] spoke. " +
				"[[Local|ORG]] said nothing.",
			want: []string{`org:tervane-workers-union-local ORG "Tervane Workers Union Local"`},
		},
		{
			name: "a firm in the remit: left",
			marked: "Deal\n\nThe president of [[Quarbin Group Inc|ORG]] and its [[Tervane Savings|ORG]] unit spoke. " +
				"[[Tervane|ORG]] said nothing.",
			want: []string{`org:quarbin-group ORG "Quarbin Group Inc"`, `org:tervane ORG "Tervane" partial`, `org:tervane-savings ORG "Tervane Savings"`},
		},
		{
			name: "the lone name is a firm's short name: left",
			marked: "Deal\n\nThe chairman of [[Quarbin Finance|ORG]] and [[Tervane Quarbin Savings|ORG]] spoke. " +
				"[[Quarbin|ORG]] said nothing.",
			want: []string{`org:quarbin ORG "Quarbin" partial`, `org:quarbin-finance ORG "Quarbin Finance"`, `org:tervane-quarbin-savings ORG "Tervane Quarbin Savings"`},
		},
		{
			name: "no office before: left",
			marked: "Deal\n\nShares of [[Tervane|ORG]] and [[Quarbin Dieter Kallmann Inc|ORG]] rose. " +
				"[[Kallmann|PER]] said nothing.",
			want: []string{`org:quarbin-dieter-kallmann ORG "Quarbin Dieter Kallmann Inc"`, `org:tervane ORG "Tervane" partial`, `person:kallmann PERSON "Kallmann" partial`},
		},
	})
}
