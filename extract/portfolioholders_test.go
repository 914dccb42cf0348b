package extract

import "testing"

// TestPortfolioHolders checks, on sentences of our own, that an office's
// portfolio is cut from a span the recognizer typed a place or a body
// after the office and "of", and the rest made a person; and the readings
// left alone: a body's word at the end, no office before "of", a portfolio
// alone.
func TestPortfolioHolders(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a secretary's portfolio and the holder typed a place",
			marked: "Talks\n\nThe Secretary of [[State Ann Vell|LOC]] met the envoys.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a minister of state for a portfolio, typed a body",
			marked: "Oil\n\nMinister of [[State for Energy Tom Quarbin|ORG]] said output would rise.",
			want:   []string{`person:tom-quarbin PERSON "Tom Quarbin"`},
		},
		{
			name:   "a holder with a particle glued by a hyphen",
			marked: "Oil\n\nThe deal was signed by the Minister of [[Energy Tom al-Quarbin|ORG]] yesterday.",
			want:   []string{`person:tom-al-quarbin PERSON "Tom al-Quarbin"`},
		},
		{
			name:   "a body's word at the end",
			marked: "Oil\n\nThe Minister of [[Energy Quarbin Holdings|ORG]] said output would rise.",
			want:   []string{`org:energy-quarbin ORG "Energy Quarbin Holdings"`},
		},
		{
			name:   "no office before of",
			marked: "Oil\n\nShares of [[Energy Tom Quarbin|ORG]] rose.",
			want:   []string{`org:energy-tom-quarbin ORG "Energy Tom Quarbin"`},
		},
		{
			name:   "a portfolio alone",
			marked: "Oil\n\nThe Minister of [[Economic Planning|ORG]] said output would rise.",
			// No person is made of it; tail11j's portfolioAfterOffice
			// drops the portfolio itself (before: a node "Economic Planning").
			want: nil,
		},
	})
}
