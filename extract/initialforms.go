package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the short form written as a word in title case whose
// letters are the initials of the name before its parenthesis, one letter
// a word: "the Association of Tervane Lemmo Vintners (Atlv)", "the Global
// Alliance for Quarbin and Amlow (Gaqa)". [definedSpans] reads a short
// form not in capitals as a blend of its name's syllables only ("Amex" of
// "American Stock Exchange"), so an acronym a paper writes in title case
// stayed apart from its name and kept the recognizer's type: often a place
// or a person, the word looking like a town's or a given name ("Alva",
// "Gavi"). Its letters spelling the name's words, in order and all of
// them, say that it is the name's acronym, as "(ATLV)" would.

// initialsForm returns the index of the first token of the name that ends
// toks whose capitalized words' initials, small words passed over, spell
// short form w, or -1 ([definedName], the rule of acronyms in capitals).
// Cost: only for a title-case word alone in parentheses, a walk back over
// twelve tokens at most.
func initialsForm(toks []text.Token, w string) int {
	if !shortForm(w) {
		return -1
	}
	return definedName(toks, strings.ToLower(w))
}

// initialsOf reports whether short form w spells the initials of the
// capitalized words of ws, small words passed over, every one of them and
// in order: the check [Resolver.definition] makes of a span [initialsForm]
// made.
func initialsOf(w string, ws []word) bool {
	if !shortForm(w) {
		return false
	}
	letters := strings.ToLower(w)
	n := 0
	for _, x := range ws {
		k := names.Key(x.text)
		if k == "" || names.MinorWords[k] || x.text == "&" || k == "a" || k == "to" {
			continue
		}
		if n >= len(letters) || !names.IsCapitalized(x.text) || k[0] != letters[n] {
			return false
		}
		n++
	}
	return n == len(letters)
}
