package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// forPlaceHeads are the last words of bodies named for the place they
// serve, "X for" a region or a country: "the Economic Commission for
// Lemmia", "the Vell Foundation for Southern Orvania".
var forPlaceHeads = names.Set{"commission": true, "foundation": true, "council": true, "committee": true,
	"fund": true, "institute": true, "centre": true, "center": true, "agency": true, "office": true,
	"programme": true, "program": true, "trust": true}

// forPlaceSpans (tail12z) mends a body named for a place that the
// recognizer cut before "for": "according to the Tervane Economic
// Commission for Latin Orvania" gave the body "Tervane Economic
// Commission" and a place "Latin Orvania" of its own. An organization's
// span (or a person's, as the recognizer types "the Ann Vell Foundation":
// the body's head would make it a body, but no longer at the span's end)
// ending in a body's head ([forPlaceHeads]), "for" and a place's span of
// one to three words right after it become one span, an organization's,
// emptying the place's. Left alone: a place that goes on, by a capitalized
// word, a possessive or a hyphen after it ("the Quarbin Trust for
// Orvania-Vell shares", "the Tervane Fund for Orvania's debt": the place
// names something else), a name of another type after "for" ("the Vell
// Foundation for Ann Quarbin") and a body's head in lower case.
func forPlaceSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.Type != Org && sp.Type != Person || sp.End+1 >= len(toks) || toks[sp.End].Text != "for" || i+1 >= len(spans) {
			continue // the usual case, decided at once
		}
		head := toks[sp.End-1].Text
		if !names.IsCapitalized(head) || !forPlaceHeads[strings.ToLower(head)] {
			continue
		}
		next := &spans[i+1]
		if next.Sentence != sp.Sentence || next.Start != sp.End+1 || next.End <= next.Start || next.Type != Location || next.End-next.Start > 3 {
			continue
		}
		if next.End < len(toks) && placeGoesOn(toks[next.End].Text) {
			continue // "Orvania's debt", "Orvania-Vell shares"
		}
		sp.End, sp.Type = next.End, Org
		next.End = next.Start // now inside the body's name
	}
}

// placeGoesOn reports whether w, the token after a place's name, makes
// the place a part of something else: a capitalized word, a possessive or
// a hyphen.
func placeGoesOn(w string) bool {
	return names.IsCapitalized(w) || strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") || strings.HasPrefix(w, "-")
}
