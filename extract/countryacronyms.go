package extract

import (
	"strings"
	"unicode"
)

// This file (tail13r) lets a country's name define the acronym in
// brackets after it when the acronym is the initials of its words:
// "Tervania New Guinea (TNG)" makes each "TNG" of the article the country.
// [linkDefinitions] links no other definition to a country: a bracket
// after a country's name may hold anything ("a plant in Tervania (TXC)").

// countryAcronym reports whether acr, defined by full ([Resolver.definition]),
// is the initials of full's words, its small words ("of", "the", "and")
// skipped or kept: "PNG" of "Papua New Guinea", "UAE" of "United Arab
// Emirates". Two letters at least, in capitals.
func countryAcronym(acr, full *mention) bool {
	a := strings.ReplaceAll(acr.Name, ".", "")
	ws := strings.Fields(full.Name)
	if len(a) < 2 || len(ws) < 2 || strings.ToUpper(a) != a {
		return false
	}
	var all, big strings.Builder
	for _, w := range ws {
		r := []rune(w)
		if len(r) == 0 {
			return false
		}
		c := unicode.ToUpper(r[0])
		all.WriteRune(c)
		if k := strings.ToLower(w); k != "of" && k != "the" && k != "and" {
			big.WriteRune(c)
		}
	}
	return a == all.String() || a == big.String()
}
