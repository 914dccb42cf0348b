package extract

import "testing"

// TestCountedKindList checks [countedKindList] through its two callers: a
// list set after a counted kind of body and a comma is of bodies
// ([bodyKindList]), and of brands a list of products ([brandListed]).
func TestCountedKindList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "four companies, the first with which",
			marked: "Phones\n\nThe market is held by four companies, [[Quelby Vane|PERSON]] which is tied to a bank, and three small ones.",
			want:   []string{`org:quelby-vane ORG "Quelby Vane"`},
		},
		{
			name:   "digits and two words between",
			marked: "Press\n\nThe 3 small independent labels, Tamsy, [[Vell Harn|LOC]] and [[Quarn|PERSON]], closed in May.",
			want:   []string{`org:quarn ORG "Quarn" partial`, `org:vell-harn ORG "Vell Harn"`},
		},
		{
			name:   "two brands, a list of products",
			marked: "Beauty\n\nThe group bought two beauty brands, [[Ann Zorbit|PERSON]] and [[Tervo Lane|LOC]], last year.",
			want:   nil,
		},
		{
			name:   "a lone name after the comma reports a speaker",
			marked: "Banks\n\nThe two firms, [[Ann Vell|PERSON]] said, will merge next year.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no count before the kind",
			marked: "Banks\n\nHe thanked his friends at the banks, [[Ann Vell|PERSON]] and [[Tom Quarn|PERSON]], for their help.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`, `person:tom-quarn PERSON "Tom Quarn"`},
		},
		{
			name:   "a counted kind of people",
			marked: "Music\n\nThe show had two singers, [[Ann Vell|PERSON]] and [[Tom Quarn|PERSON]], on its bill.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`, `person:tom-quarn PERSON "Tom Quarn"`},
		},
	})
}
