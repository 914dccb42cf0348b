package extract

import "testing"

// TestPersonList checks, on sentences of our own, that a one-word name
// the recognizer took for a place is a person in a list whose other
// members are people by their first names; and the lists left alone: a
// firm's name in the list, a bare name typed a firm, a work after "the",
// a name before a noun and a name, too few people. A one-word place no
// table knows and no cue places is dropped later ([Resolver.unplacedPlaces]),
// so a negative's weak name is no node at all, and no person either.
func TestPersonList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a photographer between two",
			marked: "Show\n\nIt shows pictures by photographers [[David Okafor|PER]], [[Quarbin|LOC]] and " +
				"[[Ann Tervane|PER]].",
			want: []string{`person:ann-tervane PERSON "Ann Tervane"`, `person:david-okafor PERSON "David Okafor"`,
				`person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name: "a singer first",
			marked: "Awards\n\nThe prize went to [[Zorbit|LOC]], [[Mary Lemmo|PER]], [[John Vell|PER]] and " +
				"[[Robert Amlow|PER]] in turn.",
			want: []string{`person:john-vell PERSON "John Vell"`, `person:mary-lemmo PERSON "Mary Lemmo"`,
				`person:robert-amlow PERSON "Robert Amlow"`, `person:zorbit PERSON "Zorbit" partial`},
		},
		{
			name: "a firm among the people",
			marked: "Board\n\nThe board of [[Tervane Holdings Ltd|ORG]], [[David Okafor|PER]], [[Ann Vell|PER]] and " +
				"[[Quarbin|LOC]] met.",
			want: []string{`org:tervane ORG "Tervane Holdings Ltd"`, `person:ann-vell PERSON "Ann Vell"`,
				`person:david-okafor PERSON "David Okafor"`},
		},
		{
			name:   "a bare name typed a firm",
			marked: "Gig\n\nThe bill has [[David Okafor|PER]], [[Quarbin|ORG]] and [[Ann Tervane|PER]].",
			want: []string{`org:quarbin ORG "Quarbin" partial`, `person:ann-tervane PERSON "Ann Tervane"`,
				`person:david-okafor PERSON "David Okafor"`},
		},
		{
			name: "a work after the",
			marked: "Film\n\nHis co-stars from the [[Quarbin|LOC]], [[David Okafor|PER]] and [[Ann Tervane|PER]], " +
				"will return.",
			want: []string{`person:ann-tervane PERSON "Ann Tervane"`, `person:david-okafor PERSON "David Okafor"`},
		},
		{
			name: "a name before a noun and a name",
			marked: "Trial\n\nManagers [[David Okafor|PER]] and [[Ann Tervane|PER]], and [[Quarbin|LOC]] managers " +
				"[[Mary Lemmo|PER]] face charges.",
			want: []string{`person:ann-tervane PERSON "Ann Tervane"`, `person:david-okafor PERSON "David Okafor"`,
				`person:mary-lemmo PERSON "Mary Lemmo"`},
		},
		{
			name:   "one person only",
			marked: "Trip\n\nThey toured [[Quarbin|LOC]], [[Zorbit|LOC]] and [[David Okafor|PER]]'s farm.",
			want:   []string{`person:david-okafor PERSON "David Okafor"`},
		},
	})
}
