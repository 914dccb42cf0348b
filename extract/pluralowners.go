package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// pluralOwnerSpans cuts a span that runs over a plural's possessive
// apostrophe into the owner before it and the thing after it: "the
// Tervane Lemmo Guards' Amazing Quarn" is the regiment's band and its
// record, "the Lib Dems' Treasury spokesman" the party and its portfolio.
// A body named after its members keeps the apostrophe inside its name, and
// its head says so: "Musicians' Union", "Tervane Workers' National Pension
// Fund", "St James' Park", "Quarners' Guild" (an organization's word, a
// members' body's head of tail12m's [memberBodyHeads], a company suffix or a
// place's tail after the apostrophe, or an organization's word in the
// plural: "Federation of Quarn Bankers' Associations"); and a members'
// plural before the apostrophe, a word nearly always written in lower
// case, is left too: "Lawyers' Lemmo Fellowship", "Unitary Workers'
// Front". The thing after the apostrophe stays a
// name only where the article writes the same words as a name elsewhere;
// otherwise it is dropped (a record, a portfolio, a product). It returns
// the spans, sorted (tail13g).
func pluralOwnerSpans(sents []text.Sentence, spans []Span) []Span {
	var out []Span
	for i, sp := range spans {
		q := pluralApostrophe(sents, sp)
		if q < 0 {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)+1), spans[:i]...)
		}
		out = append(out, Span{Sentence: sp.Sentence, Start: sp.Start, End: q, Type: sp.Type})
		if t, ok := namedElsewhere(sents, spans, sp.Sentence, q+1, sp.End); ok {
			out = append(out, Span{Sentence: sp.Sentence, Start: q + 1, End: sp.End, Type: t})
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// pluralApostrophe returns the index of the apostrophe token inside sp
// that ends a plural owner's name before a thing's name, as
// [pluralOwnerSpans] reads it, or -1.
func pluralApostrophe(sents []text.Sentence, sp Span) int {
	if sp.End-sp.Start < 3 || !sp.within(sents) {
		return -1
	}
	toks := sents[sp.Sentence].Tokens
	q := -1
	for k := sp.Start + 1; k < sp.End-1; k++ {
		if toks[k].Text == "'" && toks[k].Start == toks[k-1].End {
			q = k
			break
		}
	}
	if q < 0 {
		return -1
	}
	owner := toks[q-1].Text
	if !strings.HasSuffix(owner, "s") || !names.IsCapitalized(owner) || ner.MostlyLower(owner) {
		return -1
	}
	for _, t := range toks[q+1 : sp.End] {
		w := t.Text
		if !names.IsCapitalized(w) && !stopJoins[w] || orgWords[strings.ToLower(w)] || orgWords[strings.ToLower(strings.TrimSuffix(w, "s"))] || names.PlaceTails.Has(w) || featureTails.Has(w) || venueHead(w) || memberBodyHeads.Has(w) || strings.Contains(w, "'") {
			return -1
		}
	}
	return q
}

// venueHead reports whether w ends a building's, a street's or a school's
// name ([saintHeads], [ownerVenueHeads]): "St James' Park".
func venueHead(w string) bool {
	_, saint := saintHeads[w]
	_, owner := ownerVenueHeads[w]
	return saint || owner
}

// stopJoins are the small words a thing's name may hold after the
// apostrophe: "Quarbin Brothers' Pratt and Vell".
var stopJoins = names.Set{"and": true, "of": true, "the": true}

// namedElsewhere reports whether the article holds another span of the
// same words as toks[start:end] of sentence si, and its type.
func namedElsewhere(sents []text.Sentence, spans []Span, si, start, end int) (Type, bool) {
	want := tokenWords(sents[si].Tokens[start:end])
	for _, o := range spans {
		if o.Sentence == si && o.Start <= start && o.End >= end || o.End-o.Start != end-start || !o.within(sents) {
			continue
		}
		if tokenWords(sents[o.Sentence].Tokens[o.Start:o.End]) == want {
			return o.Type, true
		}
	}
	return "", false
}

// tokenWords joins the tokens' texts with single spaces.
func tokenWords(toks []text.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}
