package extract

import "testing"

// TestJoinedGroundPerson checks tail17i's [joinedGroundPerson]: a name
// typed a person before "training ground" or "stadium" is a place when
// "and" and a site's noun stand before it; a name with no site before
// "and", and a head that goes on, are left.
func TestJoinedGroundPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a training ground after a stadium and and",
			marked: "Football\n\nThe owner will buy back the Vell Park stadium and [[Ann Lemmo|PER]] training ground soon.",
			want:   []string{`location:ann-lemmo LOCATION "Ann Lemmo"`},
		},
		{
			name:   "no site noun before the and",
			marked: "Football\n\nThe coach and [[Ann Lemmo|PER]] training ground talks went on.",
			want:   []string{`person:ann-lemmo PERSON "Ann Lemmo"`},
		},
		{
			name:   "a head that goes on",
			marked: "Football\n\nThey left the stadium and [[Ann Lemmo|PER]] stadiums were shut.",
			want:   []string{`person:ann-lemmo PERSON "Ann Lemmo"`},
		},
	})
}
