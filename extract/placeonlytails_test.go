package extract

import "testing"

// TestPlaceOnlyTails checks [placeOnlyTails] in [naturalPlace]: a given
// name before "Island", "River" or "Harbour" opens a place's name, where
// before "Lake" or "Bay" it may open a person's.
func TestPlaceOnlyTails(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a given name before Island",
			marked: "Ferries\n\nThe ferry to [[Margaret Island|PER]] was cancelled on Monday.",
			want:   []string{`location:margaret-island LOCATION "Margaret Island"`},
		},
		{
			name:   "a given name before River",
			marked: "Rowing\n\nThe crews trained on the [[George River|PER]] all winter.",
			want:   []string{`location:george-river LOCATION "George River"`},
		},
		{
			name:   "a given name before Harbour",
			marked: "War\n\nThe game's battles include Varnholm and [[Ruby Harbour|PER]].",
			want:   []string{`location:ruby-harbour LOCATION "Ruby Harbour"`},
		},
		{
			name:   "a given name before Lake stays a person",
			marked: "Film\n\nThe director, [[Anna Lake|PER]], said the shoot went well.",
			want:   []string{`person:anna-lake PERSON "Anna Lake"`},
		},
		{
			name:   "a harbour inside a name typed a person",
			marked: "Results\n\n[[Ruby Harbour Vane|PER]] said profits rose.",
			want:   []string{`person:ruby-harbour-vane PERSON "Ruby Harbour Vane"`},
		},
	})
}

// TestGivenNamePlaceOwned checks [givenNamePlace]'s possessive guard: a
// name after a time's possessive is left to the works rules.
func TestGivenNamePlaceOwned(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a toy after a time's possessive",
			marked: "Toys\n\nThe gadget is likely to be this year's [[Ruby Island|PER]], shops say.",
			want:   nil,
		},
		{
			name:   "a person's possessive before the name",
			marked: "Film\n\nThe show follows Quarbin's [[Ann River|PER]] through the city.",
			want:   []string{`person:ann-river PERSON "Ann River"`},
		},
	})
}
