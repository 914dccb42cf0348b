package extract

import "testing"

// TestCountryAcronym checks, on sentences of our own, that an acronym in
// brackets after a country's name of several words, spelling its
// initials, is the country wherever the article writes it
// ([countryAcronym]); and the readings left: letters that are not its
// initials, a country of one word.
func TestCountryAcronym(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the initials of the country's words",
			marked: "Oil\n\nBeans from [[Papua New Guinea|LOC]] ([[PNG|ORG]]) were cheap. [[PNG|ORG]] exported more.",
			want:   []string{`country:PG COUNTRY "Papua New Guinea"`},
		},
		{
			name:   "two words",
			marked: "Oil\n\nThe output of the [[Dominican Republic|LOC]] ([[DR|ORG]]) rose as [[DR|ORG]] pumped more.",
			want:   []string{`country:DO COUNTRY "Dominican Republic"`},
		},
		{
			name:   "not its initials",
			marked: "Oil\n\nA plant in [[Papua New Guinea|LOC]] ([[TXC|ORG]]) closed. [[TXC|ORG]] said so.",
			want:   []string{`country:PG COUNTRY "Papua New Guinea"`, `org:txc ORG "TXC" partial`},
		},
		{
			name:   "a country of one word",
			marked: "Oil\n\nA plant in [[Brazil|LOC]] ([[BZ|ORG]]) closed. [[BZ|ORG]] said so.",
			want:   []string{`country:BR COUNTRY "Brazil"`, `org:bz ORG "BZ" partial`},
		},
	})
}
