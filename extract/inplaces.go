package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12r) cuts where a body sits from its name: "the Quarbin
// Budget Committee in Parliament", "the Tervane Growers Association in
// Lemmox" (a known town), "the Vell Power Plant in Dorran". A body's head
// ("Committee", "Association", "Plant") and "in" after it, then one or
// two capitalized words that end the span and name a known place or a
// parliament, are the body and where it is. Heads that open names with
// "in" are left: "Bank in Tervane" (a bank's name), "Investors in
// Industry", "Women in Housing".

// inPlaceHeads are the heads of bodies that "in" and a place follow only
// to say where the body is.
var inPlaceHeads = names.Set{"committee": true, "subcommittee": true, "association": true,
	"council": true, "commission": true, "plant": true, "office": true, "federation": true}

// inPlaceTails are the places of a body other than a town or a country.
var inPlaceTails = names.Set{"parliament": true, "congress": true}

// inPlaceCut returns the index of the "in" of toks[s:e] that [inPlaceHeads]
// and a place as the span's last one or two words set apart, or -1.
func (r *Resolver) inPlaceCut(toks []text.Token, s, e int) int {
	for k := e - 2; k >= e-3 && k > s+1; k-- {
		if toks[k].Text != "in" || !inPlaceHeads.Has(toks[k-1].Text) {
			continue
		}
		ws := make([]string, 0, e-k-1)
		for _, t := range toks[k+1 : e] {
			if !upperWord(t.Text) {
				return -1
			}
			ws = append(ws, t.Text)
		}
		if k == e-2 && inPlaceTails.Has(ws[0]) {
			return k
		}
		if p := names.Key(strings.Join(ws, " ")); r.t.KnownPlace(p) || r.t.CityCountry[p] != "" || placeGaz().PlaceName(ws) {
			return k
		}
		return -1
	}
	return -1
}

// inPlaceSpans cuts each organization span at [Resolver.inPlaceCut]: the
// body before "in" keeps the span, the place is left to no span.
func (r *Resolver) inPlaceSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Org || sp.End-sp.Start < 4 || !sp.within(sents) {
			continue
		}
		if k := r.inPlaceCut(sents[sp.Sentence].Tokens, sp.Start, sp.End); k > 0 {
			sp.End = k
		}
	}
	return spans
}
