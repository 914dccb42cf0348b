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

// shortFormName returns the index of the first token of the name a short
// form w written as a word defines, a blend of its words' syllables
// ([blendedName]: "Amex") or failing that its initials ([initialsForm]),
// and for the initials the type of the name; -1 where it defines none.
func shortFormName(toks []text.Token, w string, spans []Span, si int) (int, Type) {
	if start := blendedName(toks, strings.ToLower(w)); start >= 0 {
		return start, ""
	}
	return initialsForm(toks, w, spans, si)
}

// initialsForm returns the index of the first token of the name that ends
// toks whose capitalized words' initials, small words passed over, spell
// short form w ([definedName], the rule of acronyms in capitals), and the
// type the recognizer gave the name: a span of sentence si over the name's
// words, not over the short form, and no MISC one. It returns -1 where no
// such span is there (the name a kind of thing: "European Tervane Units
// (Etu)") or where the name ends in a noun of kinds of things
// ([conceptHeads]: "the Amlow Names and Numbers (Ann)", which the rule of
// acronyms in capitals makes MISC): there the short form stays as it was.
// Cost: only for a title-case word alone in parentheses, a walk back over
// twelve tokens at most and one over the sentence's spans.
func initialsForm(toks []text.Token, w string, spans []Span, si int) (int, Type) {
	if !shortForm(w) {
		return -1, ""
	}
	start := definedName(toks, strings.ToLower(w))
	if start < 0 || conceptHeads[names.Key(toks[len(toks)-1].Text)] {
		return -1, ""
	}
	var typ Type
	for _, sp := range spans {
		if sp.Sentence == si && sp.Start < len(toks) && start < sp.End && sp.Type != Misc {
			typ = sp.Type
		}
	}
	if typ == "" {
		return -1, ""
	}
	return start, typ
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
