package extract

import "testing"

// TestFirmOfIts checks, on sentences of our own, that a name between "its"
// and a unit's noun is a firm's unit, and that a known place there is
// where the unit is.
func TestFirmOfIts(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "subsidiaries after its",
			marked: "Sale\n\nLemmo Corp will sell its [[Quarbrook|PER]] subsidiaries to a rival.",
			want:   []string{`org:quarbrook ORG "Quarbrook" partial`},
		},
		{
			name:   "a person's name as a division",
			marked: "Stores\n\nIt closed its [[Ann Bellvane|PER]] division stores.",
			want:   []string{`org:ann-bellvane ORG "Ann Bellvane"`},
		},
		{
			name:   "a known place is where the unit is",
			marked: "Stores\n\nIt sold its [[Texas|LOC]] unit.",
			want:   []string{`location:texas LOCATION "Texas" partial`},
		},
		{
			name:   "no unit's noun after the name",
			marked: "Stores\n\nIt thanked its [[Ann Bellvane|PER]] fans.",
			want:   []string{`person:ann-bellvane PERSON "Ann Bellvane"`},
		},
	})
}

// TestBusinessOf checks that an apposition with words before its head
// ("a valued business of") makes a firm of a name taken for a place, and
// that a town before "a unit of" after "in" stays a place.
func TestBusinessOf(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a valued business of",
			marked: "Deal\n\nLemmo kept an interest in [[Zorbit General|LOC]], a valued business of [[Lemmo|ORG]].",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:zorbit-general ORG "Zorbit General"`},
		},
		{
			name:   "a person's name as a growing business",
			marked: "Deal\n\nProfits rose at [[Ann Quelby|PER]], a growing business of [[Lemmo Corp|ORG]].",
			want:   []string{`org:ann-quelby ORG "Ann Quelby"`, `org:lemmo ORG "Lemmo Corp."`},
		},
		{
			name:   "a town after in stays a place",
			marked: "Deal\n\nIt runs a plant in [[Varnby|LOC]], a small unit of [[Lemmo Corp|ORG]].",
			want:   []string{`location:varnby LOCATION "Varnby" partial`, `org:lemmo ORG "Lemmo Corp."`},
		},
	})
}

// TestTitledFirm checks that a firm's kind, a title and a possessive name
// make a firm of the name, and that a title without the kind does not.
func TestTitledFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a drugmaker with a doctor's name",
			marked: "Results\n\nProfits at Tervane drugmaker Dr [[Quell|PER]]'s fell 20%.",
			want:   []string{`org:quell ORG "Quell" partial`},
		},
		{
			name:   "a doctor's possessive alone",
			marked: "Results\n\nThe team of Dr [[Quell|PER]]'s lab grew.",
			want:   []string{`person:quell PERSON "Quell" partial`},
		},
	})
}
