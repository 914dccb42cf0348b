package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// hyphenCountry returns the country whose name of two parts joined by
// "and" an article writes with a hyphen ("Trinidad-Tobago" for Trinidad
// and Tobago), or -1. Both parts must be capitalized, and the country one
// the tables know by its full name; two countries joined by a hyphen
// ("Tervane-Lunmark" of a border) are no country's name and left.
func (r *Resolver) hyphenCountry(m *mention) int {
	i := strings.IndexByte(m.Name, '-')
	if i <= 0 || i == len(m.Name)-1 || strings.IndexByte(m.Name[i+1:], '-') >= 0 || strings.IndexByte(m.Name, ' ') >= 0 ||
		!upperWord(m.Name) || !upperWord(m.Name[i+1:]) {
		return -1
	}
	full := m.Name[:i] + " and " + m.Name[i+1:]
	c := r.t.Country(full, names.Key(full))
	if c < 0 || r.t.Countries[c].Weak {
		return -1
	}
	return c
}
