package extract

import "testing"

// TestUnlinkApposedFirms checks, on sentences of our own with made-up firms
// and people, that a one-word firm an apposition calls a firm is not
// linked under the person whose surname it is; and the cases left alone:
// no apposition, an apposition of a person, a possessive ("the company's
// founder"), a group with a mention typed a person.
func TestUnlinkApposedFirms(t *testing.T) {
	const head = "\"We are proud,\" said chief executive [[Ivo Quarnell|PER]]. "
	checkMarked(t, []markedCase{
		{
			name: "the car company",
			marked: "Profits\n\n[[Quarnell|ORG]], the car company, reported higher profits on Monday. " + head +
				"But [[Quarnell|ORG]] gave no guidance.",
			want: []string{`org:quarnell ORG "Quarnell" partial`, `person:ivo-quarnell PERSON "Ivo Quarnell"`},
		},
		{
			name:   "is a steel firm",
			marked: "Steel\n\n[[Quarnell|ORG]] is a specialist steel firm. " + head,
			want:   []string{`org:quarnell ORG "Quarnell" partial`, `person:ivo-quarnell PERSON "Ivo Quarnell"`},
		},
		{
			name:   "no apposition",
			marked: "Profits\n\n" + head + "[[Quarnell|ORG]] gave no guidance.",
			want:   []string{`person:ivo-quarnell PERSON "Ivo Quarnell"`},
		},
		{
			name:   "a person's apposition",
			marked: "Profits\n\n" + head + "[[Quarnell|ORG]], the chief executive, gave no guidance.",
			want:   []string{`person:ivo-quarnell PERSON "Ivo Quarnell"`},
		},
		{
			name: "a mention typed a person",
			marked: "Board\n\n" + head + "He heads [[Quarnell|ORG]], an Amlow investment firm. " +
				"[[Quarnell|PER]], [[Ann Vell|PER]] and [[Bo Tarrant|PER]] were named directors.",
			want: []string{`person:ann-vell PERSON "Ann Vell"`, `person:bo-tarrant PERSON "Bo Tarrant"`, `person:ivo-quarnell PERSON "Ivo Quarnell"`},
		},
		{
			name:   "the company's founder",
			marked: "Profits\n\n" + head + "[[Quarnell|ORG]], the company's founder, gave no guidance.",
			want:   []string{`person:ivo-quarnell PERSON "Ivo Quarnell"`},
		},
	})
}
