package extract

import "testing"

// TestPartyTails checks, on sentences of our own, that a party's name
// closing a person's span before its possessive is cut and made an
// organization, and the spans left: a party with no possessive after it,
// a party alone, a surname that is no party.
func TestPartyTails(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a leader and his party's possessive in a headline",
			marked: "[[Okafor Labour|PER]]'s longest-serving leader\n\nMr Okafor has led the party for ten years.",
			want:   []string{`org:labour-party ORG "Labour Party"`, `person:okafor PERSON "Okafor" partial`},
		},
		{
			name:   "a full name and the Tory party",
			marked: "Leaders\n\nThey quoted [[Ann Vell Tory|PER]]'s own words.",
			want:   []string{`org:conservative-party ORG "Conservative Party"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no possessive after the party",
			marked: "Leaders\n\nThey backed [[Okafor Labour|PER]] yesterday.",
			want:   []string{`person:okafor-labour PERSON "Okafor Labour"`},
		},
		{
			name:   "a surname that is no party",
			marked: "Leaders\n\nThey quoted [[Ann Vell|PER]]'s own words.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}
