package extract

import "testing"

// TestRegulatorSpans checks, on sentences of our own, that a state's
// regulator written with a lower-case "commission" keeps that word, and
// that a public body's name cut at a wrapped line is made whole, while a
// person after a body and a firm's board stay apart.
func TestRegulatorSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a state's commission in lower case",
			marked: "Rates\n\nThe utility asked the [[Oregon Tariff|ORG]] commission and the [[New Mexico Rate|ORG]] commission to approve it.",
			want:   []string{`org:new-mexico-rate-commission ORG "New Mexico Rate commission"`, `org:oregon-tariff-commission ORG "Oregon Tariff commission"`},
		},
		{
			name:   "a firm's board, a commission of no state",
			marked: "Rates\n\nThe [[Halvex Energy|ORG]] board and the [[Kelmar Tariff|ORG]] commission met.",
			want:   []string{`org:halvex-energy ORG "Halvex Energy"`, `org:kelmar-tariff ORG "Kelmar Tariff"`},
		},
		{
			name:   "a body cut at a wrapped line",
			marked: "Power\n\nIt won approval from the [[Vermont Department of Public|ORG]]\n[[Water Cantrol|PER]] for the plant.",
			want:   []string{`org:vermont-department-of-public-water-cantrol ORG "Vermont Department of Public Water Cantrol"`},
		},
		{
			name:   "a person after a body",
			marked: "Power\n\nThe [[Vermont Department of Energy|ORG]] [[Ann Kerr|PER]] said so.",
			want:   []string{`org:vermont-department-of-energy ORG "Vermont Department of Energy"`, `person:ann-kerr PERSON "Ann Kerr"`},
		},
	})
}
