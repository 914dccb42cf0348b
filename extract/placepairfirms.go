package extract

import (
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// placePairFirm (tail14c) reports whether a, "and", b is one firm named
// after two places ([Resolver.andJoinSpans]): a place of one or two words
// in a, then b, a firm whose name opens with a second place or a people's
// word and goes on with common words or a firm's words only
// ([names.OrgHeads], [names.CompanyWords]) before its company suffix:
// "Tervania and Quarbia Banking Group Ltd", "Varnholm and Lunish Marine
// Oil Plc". Two places are seldom a list before such a firm: a firm
// named by common words and a place alone is rare, and the place before
// "and" completes it. [Resolver.firmAfterWord] takes "the Indiana and
// Michigan Electric Co"; this one takes the pair after any word but
// "between" ("between Tervania and Quarbia Steel Corp" names two sides)
// or a comma after a place (a list of places; a list of firms goes on:
// "<Quarbin Bank>, Tervania and Vell Trading Group Ltd"), and a place of
// two words on either side. Left alone: a proper name among b's words
// ("Tervania and Quarbia Lemmox Co": a firm of its own), a b of the place
// and its suffix only.
func (r *Resolver) placePairFirm(toks []text.Token, a, b Span) bool {
	if b.Type != Org || a.End-a.Start > 2 || b.End-b.Start < 3 || !names.CorpSuffixes.Has(toks[b.End-1].Text) {
		return false
	}
	if a.Start > 0 {
		switch toks[a.Start-1].Text {
		case "between", "Between":
			return false
		case ",":
			if a.Start > 1 && r.pairPlace(toks[a.Start-2:a.Start-1]) {
				return false // a list of places: "Tervania, Quarbia and ..."
			}
		}
	}
	if !r.pairPlace(toks[a.Start:a.End]) {
		return false
	}
	p := 0
	for n := min(2, b.End-b.Start-2); n >= 1; n-- {
		if ws := toks[b.Start : b.Start+n]; r.pairPlace(ws) || n == 1 && r.t.IsDemonym(names.Key(ws[0].Text)) {
			p = n
			break
		}
	}
	if p == 0 {
		return false
	}
	end := b.End
	for end > b.Start+p && names.CorpSuffixes.Has(toks[end-1].Text) {
		end--
	}
	if end == b.Start+p {
		return false
	}
	for _, w := range toks[b.Start+p : end] {
		if k := names.Key(w.Text); !upperWord(w.Text) || allCaps(w.Text) || !ner.CommonWord(k) && !names.OrgHeads[k] && !names.CompanyWords[k] {
			return false
		}
	}
	return true
}

// pairPlace reports whether ws, capitalized and not in capitals, name a
// place the tables know: a country, a state, a big city or a region.
func (r *Resolver) pairPlace(ws []text.Token) bool {
	if len(ws) == 0 {
		return false
	}
	name := ws[0].Text
	for _, w := range ws {
		if !upperWord(w.Text) || allCaps(w.Text) && len(w.Text) > 1 {
			return false
		}
	}
	for _, w := range ws[1:] {
		name += " " + w.Text
	}
	k := names.Key(name)
	return r.t.KnownPlace(k) || r.t.Country(name, k) >= 0 || len(ws) == 1 && r.closedPlace(name) // tail14w: closedPlace
}
