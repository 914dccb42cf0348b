package extract

import "testing"

// TestPlaceListSeats checks that a country after a list of places counts
// as the second place a club's town beside one known place needs, that a
// gazetteer's town whose name ends in "s" is no plural, and that counties
// of the tables count as known places; and the cases left alone: a list
// after "in" (seats of other names), no country after the list.
func TestPlaceListSeats(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a club's town before a country",
			marked: "Rail\n\nThe bank lent money for a line between [[Cardiff|LOC]] and [[Wrexham|ORG]] in western [[Britain|LOC]] next year.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `location:cardiff LOCATION "Cardiff" partial`, `location:wrexham LOCATION "Wrexham" partial`},
		},
		{
			name:   "a town whose name ends in s",
			marked: "Rail\n\nThe line will run between [[Paris|LOC]] and [[Le Mans|ORG]] in western [[France|LOC]].",
			want:   []string{`country:FR COUNTRY "France"`, `location:le-mans LOCATION "Le Mans"`, `location:paris LOCATION "Paris" partial`},
		},
		{
			name:   "two counties beside an unknown name",
			marked: "Mines\n\nPits closed across [[Derbyshire|LOC]], [[Lancashire|LOC]] and [[Tervane|ORG]].",
			want:   []string{`location:derbyshire LOCATION "Derbyshire" partial`, `location:lancashire LOCATION "Lancashire" partial`, `location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a list after in",
			marked: "PCs\n\nMakers like Zorbit in [[Cardiff|LOC]] and [[Wrexham|ORG]] in western [[Britain|LOC]] gain.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `location:cardiff LOCATION "Cardiff" partial`, `org:wrexham ORG "Wrexham" partial`},
		},
		{
			name:   "no country after the list",
			marked: "Rail\n\nThe bank lent money for a line between [[Cardiff|LOC]] and [[Wrexham|ORG]] next year.",
			want:   []string{`location:cardiff LOCATION "Cardiff" partial`, `org:wrexham ORG "Wrexham" partial`},
		},
	})
}
