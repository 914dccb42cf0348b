package extract

import "testing"

// TestFirmBuyer checks, on sentences of our own, that a name taken for a
// person that buys a business for a sum is a firm, while a person named so
// elsewhere, a stake's buyer and a sale with no sum keep their types.
func TestFirmBuyer(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a business sold to the name for a sum",
			marked: "Deal\n\n[[Halvex Corp|ORG]] said it sold its perfume business to [[Tor Vellot|PER]] for 60 mln dlrs last year.",
			want:   []string{`org:halvex ORG "Halvex Corp"`, `org:tor-vellot ORG "Tor Vellot"`},
		},
		{
			name:   "a person by a title elsewhere",
			marked: "Deal\n\n[[Halvex Corp|ORG]] said it sold its perfume business to [[Tor Vellot|PER]] for 60 mln dlrs. Mr Vellot will run it.",
			want:   []string{`org:halvex ORG "Halvex Corp"`, `person:tor-vellot PERSON "Tor Vellot"`},
		},
		{
			name:   "a person by said he",
			marked: "Deal\n\n[[Halvex Corp|ORG]] sold its perfume unit to [[Tor Vellot|PER]] for about 60 mln dlrs. Vellot said he would keep it.",
			want:   []string{`org:halvex ORG "Halvex Corp"`, `person:tor-vellot PERSON "Tor Vellot"`},
		},
		{
			name:   "a stake, and no sum",
			marked: "Deal\n\n[[Halvex Corp|ORG]] sold its stake to [[Tor Vellot|PER]] for 60 mln dlrs and its unit to [[Ann Kerr|PER]] last year.",
			want:   []string{`org:halvex ORG "Halvex Corp"`, `person:ann-kerr PERSON "Ann Kerr"`, `person:tor-vellot PERSON "Tor Vellot"`},
		},
		{
			name:   "for no sum, a sum with no for",
			marked: "Deal\n\n[[Halvex Corp|ORG]] sold its unit to [[Ann Kerr|PER]] for her sons. It sold its business to [[Tor Vellot|PER]] in 1986.",
			want:   []string{`org:halvex ORG "Halvex Corp"`, `person:ann-kerr PERSON "Ann Kerr"`, `person:tor-vellot PERSON "Tor Vellot"`},
		},
	})
}
