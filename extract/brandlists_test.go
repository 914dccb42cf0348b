package extract

import "testing"

func TestBrandListed(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "subsidiary brands include a list",
			marked: "Appliances\n\nQuarbin's subsidiary brands include [[Lemmo Vell|PER]], [[Tervane|LOC]] and [[Zorbidaire|PER]].",
			want:   nil,
		},
		{
			name:   "the brands sold were",
			marked: "Tobacco\n\nThe brands sold were [[Ann Tervo|PER]], [[Zorb Hall|LOC]] and [[Royal Lemmo|PER]].",
			want:   nil,
		},
		{
			name:   "its brands, including",
			marked: "Soap\n\nThe agency will keep many of its brands, including [[Zorbisco|PER]], Bold and [[Quarny|PER]].",
			want:   nil,
		},
		{
			name:   "a firm in a list of brands keeps its type",
			marked: "Beer\n\nIts brands include [[Quarbin|ORG]] and [[Lemmo Vell|PER]].",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "no brands before the list",
			marked: "Board\n\nThe directors include [[Ann Vell|PER]] and [[Tervo Quarn|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`, `person:tervo-quarn PERSON "Tervo Quarn"`},
		},
	})
}

func TestMadeBrand(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "which makes a brand, then a comma",
			marked: "Beer\n\n[[Quarbev|ORG]], which makes [[Zorba Lemmois|PER]], said profits rose.",
			want:   []string{`org:quarbev ORG "Quarbev" partial`},
		},
		{
			name:   "that makes a brand, then a plural noun",
			marked: "Cars\n\nThe plant that makes [[Zorba Tervang|PER]] cars will close.",
			want:   nil,
		},
		{
			name:   "a person made a star",
			marked: "Film\n\nIt was the role which made [[Ann Vell|PER]] a star.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "who makes",
			marked: "Family\n\nThe woman who made [[Ann Vell|PER]], her daughter, a star said so.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}
