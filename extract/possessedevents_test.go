package extract

import "testing"

func TestPossessedEvents(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a day's possessive and a meeting",
			marked: "Sport\n\nShe won the 800m at Sunday's [[Zorbit International|ORG]] meeting in the rain.",
			want:   nil,
		},
		{
			name:   "a town's possessive and a meeting",
			marked: "Sport\n\nHe was second in Tervane's [[QX Lemmola|ORG]] meeting on Tuesday.",
			want:   nil,
		},
		{
			name:   "an owner's possessive, a word between and an event",
			marked: "Tech\n\nIt was shown at Quarbin's yearly [[Zorbit Computing|ORG]] event in May.",
			want:   nil,
		},
		{
			name:   "a body's meeting",
			marked: "Politics\n\nThe plan was put to Monday's [[Tervane Council|ORG]] meeting.",
			want:   []string{`org:tervane-council ORG "Tervane Council"`},
		},
		{
			name:   "a known place",
			marked: "Sport\n\nShe ran at Sunday's [[Glasgow|ORG]] meeting.",
			want:   []string{`location:glasgow LOCATION "Glasgow" partial`},
		},
		{
			name:   "no possessive before the name",
			marked: "Sport\n\nShe met officials of [[Zorbit International|ORG]] meeting organisers.",
			want:   []string{`org:zorbit-international ORG "Zorbit International"`},
		},
		{
			name:   "no event's noun after the name",
			marked: "Business\n\nStaff were told of Sunday's [[Zorbit International|ORG]] deal.",
			want:   []string{`org:zorbit-international ORG "Zorbit International"`},
		},
	})
}
