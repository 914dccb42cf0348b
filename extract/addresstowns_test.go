package extract

import "testing"

// TestAddressTown checks, on sentences of our own, that a town the
// recognizer took for a place keeps its type, by its address shape,
// against the guesses of the article's other mentions of the name; and
// that a town the article also writes as a firm's name is left to the
// vote.
func TestAddressTown(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a plant's town and the plant named by it",
			marked: "Cans\n\n[[Quarbin Cans Corp|ORG]] will build a plant at [[Tervane|LOC]], N.Y.\n" +
				"    It runs two plants and will add the [[Tervane|ORG]] facility next year.",
			want: []string{`location:tervane LOCATION "Tervane" partial`, `org:quarbin-cans ORG "Quarbin Cans Corp"`},
		},
		{
			name: "a thrift's town and a headline's guess",
			marked: "AMLOW SAVINGS [[VELLBORO|ORG]] SETS DIVIDEND\n\n[[Amlow Savings Inc|ORG]] of [[Vellboro|LOC]], N.C., " +
				"said its board declared a dividend.",
			want: []string{`location:vellboro LOCATION "Vellboro" partial`, `org:amlow-savings ORG "Amlow Savings Inc"`},
		},
		{
			name:   "a town that also names a firm",
			marked: "Oil\n\nIn [[Lunmark|LOC]], Ky., [[Lunmark|ORG]] said its refinery would close.",
			want:   []string{`org:lunmark ORG "Lunmark" partial`},
		},
	})
}

// TestFirmSeat checks, on sentences of our own, that a name between a
// firm's name with its comma and a state is the firm's seat, a town,
// whatever the recognizer said, even with an organization's word in it;
// and the cases left alone: no state after the name, a company's suffix
// in it, the name written as a firm's elsewhere in the article.
func TestFirmSeat(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "after a firm's bracket, a person",
			marked: "Merger\n\n[[Zorbit Venture Corp|ORG]] agreed to merge with <[[Lunmark Group Inc|ORG]]>, " +
				"[[Amlow Center|PER]], N.Y.",
			want: []string{`location:amlow-center LOCATION "Amlow Center"`, `org:lunmark-group ORG "Lunmark Group Inc"`,
				`org:zorbit-venture ORG "Zorbit Venture Corp"`},
		},
		{
			name:   "after a company's suffix, a firm",
			marked: "Parts\n\nIt said [[Qovix Inc|ORG]], [[Vellboro|ORG]], Ohio, will supply floor mats.",
			want:   []string{`location:vellboro LOCATION "Vellboro" partial`, `org:qovix ORG "Qovix Inc"`},
		},
		{
			name:   "no state after the name",
			marked: "People\n\n[[Qovix Inc|ORG]], [[Ann Vell|PER]], said sales rose.",
			want:   []string{`org:qovix ORG "Qovix Inc"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a company's suffix in the name",
			marked: "Deal\n\nIt bought <[[Qovix Inc|ORG]]>, [[Tervane Co|ORG]], Ohio, last week.",
			want:   []string{`org:qovix ORG "Qovix Inc"`, `org:tervane ORG "Tervane Co"`},
		},
		{
			name: "the name a firm's elsewhere",
			marked: "Deal\n\nIt bought [[Qovix Inc|ORG]], [[Amlow|PER]], Ohio.\n" +
				"    [[Amlow|PER]] said it would keep its staff.",
			want: []string{`org:qovix ORG "Qovix Inc"`, `person:amlow PERSON "Amlow" partial`},
		},
	})
}
