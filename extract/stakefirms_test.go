package extract

import "testing"

// TestStakeFirm checks, on sentences of our own, that a name taken for a
// person or a place after a holding's noun and "in" or after a merger's
// noun and "of", "with" or "between" is a company, and that a name of two
// words, a comma and a name after it, a person's possessive with its noun,
// a curiosity's "interest in", other nouns before "with", and a known
// place are left.
func TestStakeFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a stake in",
			marked: "Deals\n\nThe bank holds a 12 pct stake in [[Quarbin|PER]] and may buy more.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "an equity interest in, a possessive before to",
			marked: "Deals\n\nIt raised its equity interest in [[Velmora|PER]]'s to 30 pct.",
			want:   []string{`org:velmora ORG "Velmora" partial`},
		},
		{
			name:   "the merger of, across a line's end",
			marked: "Deals\n\nThe holders approved the merger of\n[[Quarbin|PER]] with a unit of the bank.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "agreed to merge with",
			marked: "Deals\n\nThe maker agreed to merge with [[Velmora|PER]] last week.",
			want:   []string{`org:velmora ORG "Velmora" partial`},
		},
		{
			name:   "a name of two words",
			marked: "Deals\n\nThe bank holds a 12 pct stake in [[Ann Tervane|PER]] and may buy more.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "a name taken for a place",
			marked: "Deals\n\nThe group bought a 40 pct stake in [[Quarbin|LOC]] last year.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a known place",
			marked: "Deals\n\nThe paper is its biggest holding in [[Ohio|LOC]], where it owns two more.",
			want:   []string{`location:ohio LOCATION "Ohio" partial`},
		},
		{
			name:   "a firm's name with commas",
			marked: "Deals\n\nThe bank bought a minority interest in [[Tervane|PER]], Vell, Quarbin Ltd last week.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a person's possessive and its noun",
			marked: "Deals\n\nThe fund bought a stake in [[Tervane|PER]]'s airline last year.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "a curiosity's interest",
			marked: "Clubs\n\nThe club showed interest in [[Tervane|PER]] last summer.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
		{
			name:   "talks with",
			marked: "Talks\n\nThe minister held talks with [[Tervane|PER]] on Monday.",
			want:   []string{`person:tervane PERSON "Tervane" partial`},
		},
	})
}
