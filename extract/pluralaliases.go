package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15m, issue 10) reads a country's short name that is the
// plural last word of its full name ("Emirates" of the United Arab
// Emirates) as the country only with "the" before it: English writes a
// country of a plural name with the article ("the Emirates", as "the
// Netherlands"), and the bare word is another name that shares it, an
// airline's or a stadium's ("a deal with Emirates to sponsor the ground").
// The country's own name and its other aliases are left as they are: the
// rule asks only of a one-word alias that ends the full name.

// bareTailAlias reports whether m, a mention the tables read as country
// c, is written as a plural alias that ends c's full name, with no "the"
// among the two words before it ("the official Emirates news agency" is
// the country's). The cheap first question is the word's last letter.
func bareTailAlias(text string, m *mention, c names.CountryInfo) bool {
	n := m.Name
	if !strings.HasSuffix(n, "s") || strings.ContainsRune(n, ' ') || n == c.Name || !strings.HasSuffix(c.Name, " "+n) {
		return false
	}
	if m.End > len(text) || strings.ToUpper(text[m.Start:m.End]) == text[m.Start:m.End] {
		return false // a table's or a headline's capitals: "EMIRATES 3.6727/32"
	}
	i := m.Start
	for range 2 { // "the Emirates", "the official Emirates news agency"
		p, j := prevWord(text, i)
		if p == "the" || p == "The" {
			return false
		}
		i = j
	}
	return true
}
