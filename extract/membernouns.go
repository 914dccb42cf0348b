package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// memberNouns are nouns for a member of a people, a party or a band that
// the recognizer glues to the full name after them: "Tory Dara Quarbin",
// "Beatle Lio Tervane", "Welshman Ned Lunmark". Demonym nouns that are also
// first names ("Finn", "Scot") are among them: a first name opens a name
// of two words, and the rule asks for two capitalized words after it.
var memberNouns = names.Set{"tory": true, "tories": true, "beatle": true,
	"finn": true, "scot": true, "welshman": true, "ulsterman": true, "briton": true, "swede": true,
	"spaniard": true, "frenchman": true, "frenchwoman": true, "dutchman": true, "englishman": true, "dane": true}

// memberNounCut returns the span of the person after a member noun of
// [memberNouns] that opens it, typed PERSON ("Beatle Lio Tervane" is Lio
// Tervane), and true; the noun is no part of the name. At least two
// capitalized words must follow the noun, a first name and a surname, so
// "Finn Lunmark", a person of that first name, is left whole.
func memberNounCut(toks []text.Token, sp Span) (Span, bool) {
	if sp.End-sp.Start < 3 || !memberNouns.Has(toks[sp.Start].Text) {
		return sp, false
	}
	for _, t := range toks[sp.Start+1 : sp.End] {
		if !names.IsCapitalized(t.Text) {
			return sp, false
		}
	}
	sp.Start++
	sp.Type = Person
	return sp, true
}
