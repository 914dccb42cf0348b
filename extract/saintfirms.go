package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// saintHead reports whether toks[j], a capitalized word after the saint's
// possessive of the span sp ("St Quarn" "'s"), ends the name
// [saintPossessiveSpans] grows, and the name's type: a word of
// [saintHeads], or (tail15e) a company suffix, a firm named after a saint
// ("St Quarn's Paper Inc", the recognizer's "Paper Inc" left a firm of no
// name). A saint's name that is a town's ("St Louis's Tervane Inc", the
// town's firm) takes no suffix.
func saintHead(toks []text.Token, sp *Span, j int) (Type, bool) {
	if t, ok := saintHeads[toks[j].Text]; ok {
		return t, true
	}
	if !names.CorpSuffixes.Has(toks[j].Text) {
		return "", false
	}
	words := make([]string, 0, sp.End-sp.Start)
	for _, t := range toks[sp.Start:sp.End] {
		words = append(words, t.Text)
	}
	return Org, !placeGaz().PlaceName(words)
}
