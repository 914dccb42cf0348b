package extract

import "testing"

// TestFirstNameHeads checks, on sentences of our own, that a name the
// recognizer typed a person, a given name and a surname the gazetteer
// knows that is also a head word of places or organizations, keeps the
// person's type; and the readings left alone: a preposition, an article
// or a number before it, a lower-case noun after it, a head word that is
// no surname, a name in capitals.
func TestFirstNameHeads(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a street's word as a surname, a verb after",
			marked: "Match\n\nThe left-back [[Susan Lane|PER]] could miss the rest of the season.",
			want:   []string{`person:susan-lane PERSON "Susan Lane"`},
		},
		{
			name:   "an organization's head as a surname, in a list",
			marked: "Rich list\n\nThe list also features [[Martin Church|PER]], [[Ann Quarbin|PER]] and [[Tervane Vell|PER]].",
			want: []string{`person:ann-quarbin PERSON "Ann Quarbin"`, `person:martin-church PERSON "Martin Church"`,
				`person:tervane-vell PERSON "Tervane Vell"`},
		},
		{
			name:   "a preposition before the name",
			marked: "Town\n\nThe building on [[Martin Street|PER]] has been empty for years.",
			want:   []string{`location:martin-street LOCATION "Martin Street"`},
		},
		{
			name:   "a number before the name",
			marked: "Offices\n\nThe fund's office is at 45, [[Susan Lane|PER]] in Quarbin.",
			want:   []string{`location:susan-lane LOCATION "Susan Lane"`},
		},
		{
			name:   "a lower-case noun after the name",
			marked: "Wedding\n\nThey married at the luxury [[Susan Lane|PER]] resort.",
			want:   []string{`location:susan-lane LOCATION "Susan Lane"`},
		},
		{
			name:   "a head word that is no surname",
			marked: "Match\n\nFans filled [[Susan Stadium|PER]] for the final.",
			want:   []string{`location:susan-stadium LOCATION "Susan Stadium"`},
		},
		{
			name:   "a name in capitals",
			marked: "Deal\n\nThe notice named [[MARTIN BANK|PER]] as the buyer.",
			want:   []string{`org:martin-bank ORG "Martin Bank"`},
		},
	})
}
