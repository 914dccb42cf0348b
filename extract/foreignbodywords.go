package extract

import "strings"

// foreignBodyEndings end compound words that name a body in Dutch and
// German: "Centraal Zorbbureau", "Lemmo Hypothekarinstitut", "Quarbin
// Handelsverband". The noun alone is left ([foreignBodyWord] asks for a
// longer word). Not the Swedish "-kommission" (a broker's): its first
// word alone, written after it, then stays apart from it.
var foreignBodyEndings = [...]string{"bureau", "institut", "institute", "instituut", "verband",
	"verein", "ministerium"}

// foreignBodyWord reports whether a name the recognizer took for a person
// or a place is a body's by its words in another language: the Dutch
// article "Het" or the French "Financiere" (financial) opening it ("Het
// Zorbit", "Financiere Quarbe"; no person's name opens so), or a compound
// word that ends in a body's noun ([foreignBodyEndings]); asked by
// [foreignBody], for names of two words or more. A name the
// tables or an alias rule settle is left.
func foreignBodyWord(m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.country >= 0 || len(m.words) == 0 {
		return false
	}
	if m.words[0] == "het" || m.words[0] == "financiere" {
		return true
	}
	for _, w := range m.words {
		for _, e := range foreignBodyEndings {
			if len(w) >= len(e)+3 && strings.HasSuffix(w, e) {
				return true
			}
		}
	}
	return false
}
