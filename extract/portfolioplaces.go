package extract

import (
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12y) mends a minister's title taken for a body with the
// country or place that opens it: "Tervanian Energy and Mines Minister
// Ann Vell", "Quarbin Primary Industries Minister", "Tervanian Social
// Affairs and Labour Minister". The words between the place and the
// office name the minister's portfolio, no body ([portfolioOfOffice]
// drops such a portfolio when nothing opens it); the place stays a
// place, a people's adjective ("Tervanian") names nothing.

// placePortfolioEnd returns the end of the portfolio words from toks[s]:
// capitalized words of [names.PortfolioWords], their plurals
// ("Industries") or common words (the case table's), maybe joined by
// "and", the last a portfolio word and no body's head ("Ministry",
// "Party"). It returns s when there are none.
func placePortfolioEnd(toks []text.Token, s, limit int) int {
	end, port := s, false
	for k := s; k < limit; k++ {
		w := toks[k].Text
		if w == "and" && k > s && k+1 < limit {
			continue
		}
		key := names.Key(w)
		if !upperWord(w) || !names.PortfolioWords[key] && !pluralPortfolio(key) && !ner.CommonWord(w) {
			break
		}
		port = port || names.PortfolioWords[key] || pluralPortfolio(key)
		end = k + 1
	}
	if !port || end == s {
		return s
	}
	last := names.Key(toks[end-1].Text)
	if !names.PortfolioWords[last] && !pluralPortfolio(last) || titleOfficeWords[last] {
		return s // "Treasury Assistant Secretary": a title's word ends them
	}
	if bodyTail(last) && last != "industries" || portfolioBodyTails[last] {
		return s // "Heavy Industries" is a portfolio's, "Budget Office" a body's
	}
	switch last {
	case "party", "house", "state", "white", "cabinet", "opposition", "shadow":
		return s
	}
	return end
}

// titleOfficeWords are words of [names.PortfolioWords] that modify an
// office rather than name a portfolio: "Treasury Assistant Secretary" is
// an assistant secretary of the Treasury, no portfolio of two words.
var titleOfficeWords = names.Set{"acting": true, "former": true, "then": true, "senior": true,
	"junior": true, "assistant": true, "associate": true, "executive": true, "managing": true,
	"vice": true, "deputy": true, "prime": true, "first": true, "chief": true}

// portfolioPlaceSpans cuts an organization's or a place's span of a
// country's or a place's name, or a people's adjective, and portfolio
// words ([placePortfolioEnd]) right before a capitalized minister's or
// secretary's title ([officeWord]), maybe with "and" and more portfolio
// words between ("Social Affairs" "and Labour Minister"): the place keeps
// its own span, typed a place; the adjective's span is dropped, and so is
// a span of the portfolio words after "and". The spans stay sorted.
func (r *Resolver) portfolioPlaceSpans(sents []text.Sentence, spans []Span) []Span {
	changed := false
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Org && sp.Type != Location || sp.End-sp.Start < 2 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End+1 >= len(toks) || toks[sp.End].Text != "and" && !officeWord(toks[sp.End].Text) {
			continue // the usual case, decided at once
		}
		if placePortfolioEnd(toks, sp.Start+1, sp.End) != sp.End {
			continue
		}
		office := sp.End
		if toks[sp.End].Text == "and" {
			if office = placePortfolioEnd(toks, sp.End+1, min(len(toks), sp.End+4)); office == sp.End+1 || office >= len(toks) || !officeWord(toks[office].Text) {
				continue
			}
		}
		if sp.End-sp.Start < 3 && office == sp.End {
			continue // one portfolio word may name its body too: "the Tervanian Treasury"
		}
		first := toks[sp.Start].Text
		key := names.Key(first)
		people := r.t.IsDemonym(key) && r.t.Country(first, key) < 0
		if !people && r.t.Country(first, key) < 0 && !r.t.KnownPlace(key) && !placeGaz().PlaceName([]string{first}) {
			continue
		}
		for j := i + 1; j < len(spans) && spans[j].Sentence == sp.Sentence && spans[j].Start < office; j++ {
			if spans[j].End > office+1 {
				spans[j].Start = office // "and [Energy Minister Vell]": the person stays, the title cut later
				continue
			}
			spans[j].End = spans[j].Start // "and Labour": the portfolio's other words
		}
		changed = true
		if people {
			sp.End = sp.Start
			continue
		}
		sp.End, sp.Type = sp.Start+1, Location
	}
	return dropEmptied(spans, changed)
}
