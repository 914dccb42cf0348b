package extract

import (
	"slices"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// repeatedSuffixFirm reports whether a, "and", b is one name said twice
// with the firm's company suffixes after the second: "Dravin and Dravin
// Pty Ltd" ([Resolver.repeatedFirm]'s "Saatchi and Saatchi" with its
// legal form). b is a's words and one company suffix or more, nothing
// else ("Dravin and Dravin Seeds Ltd" names a second firm, the first's
// namesake). a is one or two capitalized words a firm's name may hold
// ([Resolver.firmWords]). The other "and" rules miss the shape: the first
// name is found alone, inside the second span.
func (r *Resolver) repeatedSuffixFirm(toks []text.Token, a, b Span) bool {
	n := a.End - a.Start
	if n > 2 || b.End-b.Start <= n || b.Type != Org || !names.CorpSuffixes.Has(toks[b.End-1].Text) {
		return false // the usual case, decided at once
	}
	if !slices.Equal(foldWords(toks[a.Start:a.End]), foldWords(toks[b.Start:b.Start+n])) {
		return false
	}
	for _, w := range toks[b.Start+n : b.End] {
		if !names.CorpSuffixes.Has(w.Text) {
			return false
		}
	}
	ws := capsTitled(toks[a.Start:a.End])
	return upperWords(ws) && r.firmWords(ws)
}
