package extract

import "testing"

// TestLeadSuffixSpans checks, on sentences of our own, that a company
// suffix that ends the name before it is cut from a person's span after
// it, that a common word left alone is no name, and that a firm's one
// word after the suffix, a word that begins two firms, a suffix that may
// begin a name, or one without its full stop, is left.
func TestLeadSuffixSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the suffix of the firm before a person, with its full stop",
			marked: "Steel\n\nDemand will fall, analyst Dora Vell of Harlow Fry and [[Co. Quarbin|PER]] said on Monday.",
			want:   []string{`person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "after a bracket, a common word left alone",
			marked: "Results\n\nNote - full name is Tervane (Holdings) [[Plc Minority|ORG]] interests 0.2 mln vs 0.1 mln.",
			want:   nil,
		},
		{
			name: "one word that begins two firms is left",
			marked: "Shares\n\n[[Quarbin Pacific Ltd|ORG]] owns [[Quarbin Properties Ltd|ORG]] and two hotels. It is good, said " +
				"Dora Vell of Harlow Fry and [[Co. Quarbin|PER]] said on Monday.",
			want: []string{`org:quarbin-pacific ORG "Quarbin Pacific Ltd"`, `org:quarbin-properties ORG "Quarbin Properties Ltd"`, `person:co-quarbin PERSON "Co. Quarbin"`},
		},
		{
			name:   "a firm's one word after the suffix is left",
			marked: "Towers\n\nRents will rise, said Dora Vell of Harlow Securities (Far East) [[Ltd. Quarbin|ORG]] is building a tower.",
			want:   []string{`org:ltd-quarbin ORG "Ltd. Quarbin"`},
		},
		{
			name:   "a suffix that may begin a name",
			marked: "Lamps\n\n[[N.V. Tervane|ORG]] said its lamp sales rose.",
			want:   []string{`org:nv-tervane ORG "N.V. Tervane"`},
		},
		{
			name:   "no full stop, no bracket before",
			marked: "Gold\n\nThe partner, [[Corp Tervane Copper|ORG]], holds the claim.",
			want:   []string{`org:corp-tervane-copper ORG "Corp Tervane Copper"`},
		},
	})
}
