package extract

import "testing"

// TestPairFirmCues checks on sentences of our own that a partnership of
// two surnames joined by "and" is one firm after a firm's kind even when
// its first partner is also a first name, and when the article writes the
// pair elsewhere as the start of a firm's longer name; people listed after
// no such cue stay apart.
func TestPairFirmCues(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a first name after the law firm of",
			marked: "[[Ann Dorvane|PER]] is a partner at the Tervane law firm of [[Morgan|PER]] and [[Quarbin|ORG]].",
			want:   []string{`org:morgan-and-quarbin ORG "Morgan and Quarbin"`, `person:ann-dorvane PERSON "Ann Dorvane"`},
		},
		{
			name:   "the short form of a firm's longer name",
			marked: "[[Kelmar|PER]] and [[Dorvane Capital Group Inc|ORG]] said it would buy back shares. [[Kelmar|PER]] and [[Dorvane|ORG]] completed its offering in June.",
			want:   []string{`org:kelmar-and-dorvane ORG "Kelmar and Dorvane"`, `org:kelmar-and-dorvane-capital-group ORG "Kelmar and Dorvane Capital Group Inc"`},
		},
		{
			name:   "an apposition that names a firm",
			marked: "The suit names [[Quarbin|ORG]] and [[Morgan|PER]], an advertising firm, as a defendant.",
			want:   []string{`org:quarbin-and-morgan ORG "Quarbin and Morgan"`},
		},
		{
			name:   "a pair at the end of a list of partners",
			marked: "[[Vell|PER]], [[Quarbin|ORG]] and [[Lunmark|PER]], a brokerage firm, bought shares.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:lunmark PERSON "Lunmark" partial`, `person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a first name listed with no firm's cue",
			marked: "The report of [[Morgan|PER]] and [[Quarbin|PER]] was read.",
			want:   []string{`person:morgan PERSON "Morgan" partial`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "a pair that no firm's name opens",
			marked: "[[Kelmar Dorvane Group Inc|ORG]] said it would buy back shares. [[Kelmar|PER]] and [[Dorvane|PER]] completed the deal.",
			want:   []string{`org:kelmar-dorvane-group ORG "Kelmar Dorvane Group Inc"`, `person:dorvane PERSON "Dorvane" partial`},
		},
	})
}
