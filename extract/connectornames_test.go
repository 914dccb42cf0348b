package extract

import "testing"

// TestConnectorNamesAdded checks the publishers, firms and bands added to
// names.ConnectorNames: a recognizer's two spans around their "and" are
// one organization.
func TestConnectorNamesAdded(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a publisher",
			marked: "Books\n\nIts publishing unit, [[Simon|PER]] and [[Schuster|ORG]], sold more titles.",
			want:   []string{`org:simon-and-schuster ORG "Simon and Schuster"`},
		},
		{
			name:   "a duo",
			marked: "Charts\n\nThe veterans [[Simon|PER]] and [[Garfunkel|PER]] came tenth in the poll.",
			want:   []string{`org:simon-and-garfunkel ORG "Simon and Garfunkel"`},
		},
		{
			name:   "a band of three words after the and",
			marked: "Gigs\n\nTickets for [[Jesus|PER]] and [[Mary Chain|ORG]] sold out in an hour.",
			want:   []string{`org:jesus-and-mary-chain ORG "Jesus and Mary Chain"`},
		},
	})
}
