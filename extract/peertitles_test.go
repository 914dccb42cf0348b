package extract

import "testing"

// TestPeerNamed checks, on sentences of our own, that a firm's "its"
// after a name does not make a firm of a peer or a knight, and that it
// still makes one of a name without such a title.
func TestPeerNamed(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a peer before the party's ranks",
			marked: "Politics\n\nThe party may let [[Lord Vellan|PER]] rejoin its ranks, a spokesman said.",
			want:   []string{`person:lord-vellan PERSON "Lord Vellan"`},
		},
		{
			name:   "a baroness before the body's report",
			marked: "Politics\n\nThe inquiry under [[Baroness Orme|PER]] published its report on Monday.",
			want:   []string{`person:baroness-orme PERSON "Baroness Orme"`},
		},
		{
			name:   "a name without a title is still a firm's",
			marked: "Deals\n\nThe bank said [[Zorbit Vell|PER]] raised its stake on Monday.",
			want:   []string{`org:zorbit-vell ORG "Zorbit Vell"`},
		},
	})
}
