package extract

import "testing"

// TestPlaceNounList checks, on sentences of our own, that the names of a
// list after a plural noun of places and "of" are places whatever the
// recognizer typed them, the first and the last; and the readings left
// alone: one name after the noun, a list after a noun of no places.
func TestPlaceNounList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the last name of a list after islands of",
			marked: "Flights\n\nPlanes flew over the islands of [[Tervane|ORG]], Amlow and [[Quarbin|ORG]] on Monday.",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`, `location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "the first name of a list after ports of",
			marked: "Ships\n\nShips left the ports of [[Zorbit|PER]] and Lunmark on Monday.",
			want:   []string{`location:zorbit LOCATION "Zorbit" partial`},
		},
		{
			name:   "one name after ports of",
			marked: "Ships\n\nShips left the ports of [[Zorbit|PER]] on Monday.",
			want:   []string{`person:zorbit PERSON "Zorbit" partial`},
		},
		{
			name:   "a list after a noun of no places",
			marked: "Deals\n\nIt bought the shares of [[Tervane|ORG]], [[Amlow|ORG]] and [[Quarbin|ORG]] on Monday.",
			want:   []string{`org:amlow ORG "Amlow" partial`, `org:quarbin ORG "Quarbin" partial`, `org:tervane ORG "Tervane" partial`},
		},
	})
}
