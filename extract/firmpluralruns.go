package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// runFirmPlurals are plural nouns of firms that a list of their names
// follows with no "such as" between: "casino operators Tervane Leisure,
// Quarbin Group and Marlow Hotels", "consultants Vell Dunne Tobin and
// Quarbin Europe". A noun that names people as often ("makers" of films,
// "giants" of music) is not one.
var runFirmPlurals = names.Set{"companies": true, "firms": true, "manufacturers": true, "carmakers": true,
	"chipmakers": true, "retailers": true, "insurers": true, "airlines": true, "operators": true,
	"consultants": true, "consultancies": true, "publishers": true, "banks": true, "lenders": true,
	"bookmakers": true, "broadcasters": true, "supermarkets": true, "brewers": true, "distributors": true}

// firmPluralRun reports whether a name typed a person or a place stands
// in a list of names right after a plural noun of firms
// ([runFirmPlurals]): before it, back to the noun, only capitalized
// words, commas, "and" and "&"; after it, the list's next separator or
// its end (a comma, "and", "or", a full stop, a semicolon, a bracket).
// "The firms Vell founded" has a verb after the name and is left. After
// "consultants", which names people too, a name that opens with a given
// name the gazetteer knows is left ("consultants Ann Vell and Ivo
// Marlow") (tail15b). It walks back sixteen words at most.
func firmPluralRun(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.Start < 3 || !runEnd(text, m.End) {
		return false
	}
	i := m.Start
	for range 16 {
		w, ws := prevWordFast(text, i)
		switch {
		case w == "":
			return false
		case w == "and" || w == "&" || upperWord(w) && !strings.ContainsAny(strings.TrimSuffix(w, ","), ".,;:()\"!"):
			i = ws
		case runFirmPlurals[w]:
			return w != "consultants" || len(m.words) == 0 || !givenName(m.words[0])
		default:
			return false
		}
	}
	return false
}

// runEnd reports whether a list's item that ends at byte i ends there: a
// comma, full stop, semicolon or bracket, or "and"/"or"/"&" and a space.
func runEnd(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	if strings.IndexByte(",.;)", text[i]) >= 0 {
		return true
	}
	rest := text[i:min(len(text), i+5)]
	return strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " or ") || strings.HasPrefix(rest, " & ")
}
