package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// ofHeadSpans mends the names that the recognizer cut at "of" after their
// head word: a firm's "House of X" ([houseOfSpans]) and a natural place's
// "Gulf of X" ([featureOfSpans]); and a venue's first words, "Princess of"
// or "Great", left out before the place it is named after
// ([venueOpenerSpans]); a body of members cut before its members' plural
// ([membersOfSpans]); a body of two nations cut at "and" ([ofNationsSpans]);
// a body named for a place, cut before "for" ([forPlaceSpans]).
func ofHeadSpans(sents []text.Sentence, spans []Span) {
	houseOfSpans(sents, spans)
	featureOfSpans(sents, spans)
	venueOpenerSpans(sents, spans) // tail12s: "Princess of Orvania Theatre"
	membersOfSpans(sents, spans)   // tail12s: "Association of Chief Tervane Officers"
	ofNationsSpans(sents, spans)   // tail12s: "Tervane Federation of England and Wales"
	forPlaceSpans(sents, spans)    // tail12z: "Tervane Economic Commission for Latin Orvania"
}

// featureOfSpans (lead30) mends a natural place named "Gulf of X", "Sea of
// X", "Strait of X" ([featureHeads]) that the recognizer cut at "of" into
// a word for the feature and the place after it: "storms in the Gulf of
// Mexico" gave "Gulf" (a place, or nothing) and "Mexico" (a country), so
// that the gulf's mentions went into the country's node and into the
// Persian Gulf's ("the Gulf"). A span of at most three words typed a place
// right after "of" (or one word of another type, as the recognizer types
// "Hormuz") grows back over the feature's word, emptying the span that
// held that word alone, if one did. Left alone: a feature's word that
// another span holds with more words ("Georgia Gulf of Houston", a firm
// and a town) or in lower case ("the gulf of Quarbin"), and a firm or a
// name of more words after "of" ("the Gulf of Quarbin Oil Co").
func featureOfSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.Start < 2 || !strings.EqualFold(toks[sp.Start-1].Text, "of") {
			continue // the usual case, decided at once
		}
		head := sp.Start - 2
		if w := toks[head].Text; !names.IsCapitalized(w) || !featureHeads[strings.ToLower(w)] {
			continue
		}
		switch n := sp.End - sp.Start; {
		case sp.Type == Location && n <= 3:
		case (sp.Type == Org || sp.Type == Person) && n == 1:
		default:
			continue
		}
		growOverHead(spans, i, head, Location)
	}
}
