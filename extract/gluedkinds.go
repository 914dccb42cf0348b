package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cuts of [Resolver.fragmentSpans] for words glued to
// a name that are no part of it: a lower-case kind noun and the words
// before it ("Human Rights group Zorbit"), a lower-case "through" or "via"
// between two firms ("controlled by Quarbin through Tervane Holdings"), and
// a government's generic words before its agency's acronym ("the Federal
// Government ZQC").

// insideKinds are the lower-case kinds of body that the recognizer glues,
// with the words before them, to the body's name: "Human Rights group
// Zorbit", "the Tervane pressure group Zorbit".
var insideKinds = names.Set{"group": true, "charity": true, "campaign": true, "watchdog": true,
	"organisation": true, "organization": true, "movement": true, "body": true, "firm": true,
	"company": true, "party": true, "union": true, "lobby": true}

// kindInside returns the index of the first token after a lower-case kind
// noun of [insideKinds] inside the span, with capitalized words on both
// sides ("Human Rights group Zorbit": the name is "Zorbit"), or 0. A name
// holds no lower-case noun, only its small words ("Bank of Tervane"); a
// company suffix after the noun ends a firm's name written in lower case
// ("Quarbin Insurance group Ltd").
func kindInside(toks []text.Token, sp Span) int {
	for i := sp.End - 2; i > sp.Start; i-- {
		w := toks[i].Text
		if insideKinds[w] && names.IsCapitalized(toks[i-1].Text) && names.IsCapitalized(toks[i+1].Text) && !names.CorpSuffixes.Has(toks[i+1].Text) {
			return i + 1
		}
	}
	return 0
}

// throughParts cuts a span at a lower-case "through" or "via" between two
// capitalized words: "Quarbin through Tervane Holdings" is Quarbin, which
// controls a firm through the other, Tervane Holdings. It returns the two
// spans, of the span's type, or nil.
func throughParts(toks []text.Token, sp Span) []Span {
	for i := sp.Start + 1; i < sp.End-1; i++ {
		if w := toks[i].Text; (w == "through" || w == "via") && names.IsCapitalized(toks[i-1].Text) && names.IsCapitalized(toks[i+1].Text) {
			return []Span{{Sentence: sp.Sentence, Start: sp.Start, End: i, Type: sp.Type}, {Sentence: sp.Sentence, Start: i + 1, End: sp.End, Type: sp.Type}}
		}
	}
	return nil
}

// governmentWords are a government's generic words, which stand before an
// agency's acronym without being its name: "the Federal Government ZQC".
var governmentWords = names.Set{"federal": true, "government": true, "state": true, "national": true}

// governmentAcronym returns the index of an agency's acronym that ends the
// span after generic words of a government ([governmentWords], with
// "Government" among them): "the Federal Government ZQC" names ZQC. It
// returns 0 when the span is no such.
func governmentAcronym(toks []text.Token, sp Span) int {
	if sp.End-sp.Start < 2 || !agencyAcronym(toks[sp.End-1].Text) || !governmentOnly(toks[sp.Start:sp.End-1]) {
		return 0
	}
	return sp.End - 1
}

// governmentBefore reports whether the span is a government's generic
// words alone, right before the next span, an agency's acronym of one
// word: "the Federal Government" "ZQC" would be joined into one name.
func governmentBefore(toks []text.Token, sp Span, spans []Span, i int) bool {
	if i+1 >= len(spans) {
		return false
	}
	nx := spans[i+1]
	return nx.Sentence == sp.Sentence && nx.Start == sp.End && nx.End == nx.Start+1 && nx.End <= len(toks) &&
		agencyAcronym(toks[nx.Start].Text) && governmentOnly(toks[sp.Start:sp.End])
}

// agencyAcronym reports whether w is an acronym of three capitals or more.
func agencyAcronym(w string) bool {
	return len(w) >= 3 && names.IsAcronym(w) && allCaps(w)
}

// governmentOnly reports whether ws are capitalized words of
// [governmentWords], "Government" among them.
func governmentOnly(ws []text.Token) bool {
	gov := false
	for _, t := range ws {
		k := names.Key(t.Text)
		if !governmentWords[k] || !names.IsCapitalized(t.Text) {
			return false
		}
		gov = gov || k == "government"
	}
	return gov
}
