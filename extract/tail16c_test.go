package extract

import "testing"

// The cases of tail16c's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestPolicyPaper checks [policyPaper]: a name ending in "Agenda" or
// "Plot", or in "White Paper" or "Green Paper", is a programme's, a
// conspiracy's or a consultation document's, no entity.
func TestPolicyPaper(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a programme named after a city, typed as a place",
			marked: "Jobs\n\nThe ministers' targets became known as the [[Tervane Agenda|LOC]] in 2001.",
			want:   nil,
		},
		{
			name:   "a plot named after its weapon, typed as a place",
			marked: "History\n\nThe holiday began the year after the [[Quarbin Plot|LOC]] failed.",
			want:   nil,
		},
		{
			name:   "a consultation paper, typed as a body",
			marked: "Pensions\n\nThe government set out its plans in its [[Green Paper|ORG]] on pensions.",
			want:   nil,
		},
		{
			name:   "a consultation paper of a body, typed as a person",
			marked: "Trade\n\nThe [[Lemmo White Papers|PER]] were read by the ministers.",
			want:   nil,
		},
		{
			name:   "a paper maker's name",
			marked: "Mills\n\n[[Tervane Paper|ORG]] said its mill would close.",
			want:   []string{`org:tervane-paper ORG "Tervane Paper"`},
		},
		{
			name:   "a plot's head alone",
			marked: "Films\n\nHe said [[Plot|PER]] went well.",
			want:   []string{`person:plot PERSON "Plot" partial`},
		},
	})
}

// TestScopeFirmApposition checks [skipScope] in [Resolver.firmApposition]:
// a firm's apposition may open with the possessive of the scope its rank
// is measured in, and a possessive of another thing still ends it.
func TestScopeFirmApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the country's biggest portal firm",
			marked: "Web\n\nA rival bought a stake in [[Quarbix|LOC]], the country's biggest web portal firm.",
			want:   []string{`org:quarbix ORG "Quarbix" partial`},
		},
		{
			name:   "the world's largest publisher, typed as a person",
			marked: "Books\n\nShe signed with [[Tervane Lemmox|PER]], the world's largest publisher.",
			want:   []string{`org:tervane-lemmox ORG "Tervane Lemmox"`},
		},
		{
			name:   "a company's possessive names another thing",
			marked: "Books\n\nShe met [[Vello Quarbin|PER]], the company's founder.",
			want:   []string{`person:vello-quarbin PERSON "Vello Quarbin"`},
		},
		{
			name:   "a newspaper's publisher is its officer",
			marked: "Press\n\nShe met [[Vello Quarbin|PER]], the newspaper's publisher, on Monday.",
			want:   []string{`person:vello-quarbin PERSON "Vello Quarbin"`},
		},
		{
			name:   "the world's richest man is no firm",
			marked: "Money\n\nShe met [[Vello Quarbin|PER]], the world's richest banker.",
			want:   []string{`person:vello-quarbin PERSON "Vello Quarbin"`},
		},
	})
}
