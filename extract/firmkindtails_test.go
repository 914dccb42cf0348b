package extract

import "testing"

// TestFirmKindTails checks, on sentences of our own, that a name typed a
// person or a place ending in "Trust", "Brokerage" or "Research" is a
// body, and that one word alone, a "Centre" and a name the tables settle
// are left.
func TestFirmKindTails(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a person's trust",
			marked: "Stake\n\nThe buyers are Quarbin and Co and [[Ann M. Tervell Trust|PER]].",
			want:   []string{`org:ann-m-tervell-trust ORG "Ann M. Tervell Trust"`},
		},
		{
			name:   "a brokerage typed a place",
			marked: "Board\n\nJohn Vell, owner of [[Vellamo Brokerage|LOC]], was reelected.",
			want:   []string{`org:vellamo-brokerage ORG "Vellamo Brokerage"`},
		},
		{
			name:   "a research firm typed a person",
			marked: "Phones\n\nAnalysts at [[Quorvane Research|PER]] said sales rose.",
			want:   []string{`org:quorvane-research ORG "Quorvane Research"`},
		},
		{
			name:   "a centre is left",
			marked: "Shops\n\nThe mall, [[Quorvane Centre|LOC]], opened.",
			want:   []string{`location:quorvane-centre LOCATION "Quorvane Centre"`},
		},
		{
			name:   "a person's title before the name",
			marked: "Talks\n\n[[Dr Quorvane Research|PER]] spoke at the meeting.",
			want:   []string{`person:quorvane-research PERSON "Quorvane Research"`},
		},
		{
			name:   "one word alone",
			marked: "Shops\n\nAnalysts said [[Trust|PER]] was sold.",
			want:   []string{`person:trust PERSON "Trust" partial`},
		},
	})
}
