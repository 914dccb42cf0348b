package extract

import "testing"

// TestPlacePositions checks, on sentences of our own, that a name typed a
// person or an organization is a place where the words around it leave
// only a place ([Resolver.placePosition]): a point of the compass "of" a
// place after it, a county after a comma, "from" before it and "to" and a
// known place after it; and the readings left alone: an organization's
// word in the name, a given name first, a possessive or a list after the
// place, no preposition of place before the county, no known place after
// "to".
func TestPlacePositions(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a point of the compass of a place after the name",
			marked: "Floods\n\nThe worst hit were the Tervane valley and [[Quarbo Lemmet|PERSON]] in the east of the country.",
			want:   []string{`location:quarbo-lemmet LOCATION "Quarbo Lemmet"`},
		},
		{
			name:   "a far point of the compass",
			marked: "Oil\n\nZorbit may invest in fields in [[Quarbinhal|ORG]], in the far east of Russia, this year.",
			want:   []string{`country:RU COUNTRY "Russia"`, `location:quarbinhal LOCATION "Quarbinhal" partial`},
		},
		{
			name:   "a county after a comma",
			marked: "Crash\n\nThe dead were [[Ann Vell|PERSON]], 46, from [[Quarbo Lemmet|PERSON]], West Sussex; and two others.",
			want:   []string{`location:quarbo-lemmet LOCATION "Quarbo Lemmet"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "from the name to a known place",
			marked: "Art\n\nThe show Raphael: From [[Quarbino|PERSON]] to Rome drew crowds.",
			want:   []string{`location:quarbino LOCATION "Quarbino" partial`},
		},
		{
			name:   "an organization's word in the name",
			marked: "Crash\n\nThe trial opened at [[Quarbo Crown Court|ORG]], London, on Monday.",
			want:   []string{`org:quarbo-crown-court ORG "Quarbo Crown Court"`},
		},
		{
			name:   "a given name first",
			marked: "Farming\n\nThe grant went to [[John Quarbet|PERSON]] in the north of England.",
			want:   []string{`person:john-quarbet PERSON "John Quarbet"`},
		},
		{
			name:   "a possessive after the place",
			marked: "Shares\n\nInvestors bought shares in [[Quarbair|ORG]], India's biggest airline.",
			want:   []string{`country:IN COUNTRY "India"`, `org:quarbair ORG "Quarbair" partial`},
		},
		{
			name:   "no preposition of place before the county",
			marked: "Deal\n\n[[Quarbet Lemmo|ORG]], Hertfordshire, said on Monday it had won the deal.",
			want:   []string{`org:quarbet-lemmo ORG "Quarbet Lemmo"`},
		},
		{
			name:   "no known place after to",
			marked: "Rights\n\nThe rights passed from [[Quarbet|PERSON]] to Zorbitt in 1990.",
			want:   []string{`person:quarbet PERSON "Quarbet" partial`},
		},
	})
}
