package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// commaAndFirmSpans (tail11b) joins a firm of three partners that its
// comma cuts in two, "Tervane, Quarbin and Lunmark Inc", where the span
// after the comma is already the firm of the last two ("Quarbin and
// Lunmark Inc", typed ORG) and the first partner stands alone, taken for
// a person or a firm of its own. The evidence is the shape: one partner,
// a comma, one partner, "and", a name with a company suffix or a
// company's word ([firmTail]). The
// first partner is one capitalized word (no capitals only, no initial,
// no country, town, agency or demonym: [Resolver.firmWords]) that follows
// no comma, before no well-known pair ([names.ConnectorNames]: "Procter and
// Gamble") ("Quarbin, Tervane, Lunmark and Vell Inc" is a list's) and
// that the article never writes before anything but a comma or "and"
// ("Tervane said" makes it a name of its own). The result is sorted.
func (r *Resolver) commaAndFirmSpans(sents []text.Sentence, spans []Span) []Span {
	joined := false
	for i := 0; i+1 < len(spans); i++ {
		c, d := spans[i], spans[i+1]
		if c.Sentence != d.Sentence || c.Sentence < 0 || c.Sentence >= len(sents) || c.Start < 0 || d.End > len(sents[c.Sentence].Tokens) ||
			c.End-c.Start != 1 || c.End+1 != d.Start || d.Type != Org || d.End-d.Start < 4 {
			continue
		}
		toks := sents[c.Sentence].Tokens
		if toks[c.End].Text != "," || !r.commaPartner(sents, toks, c) {
			continue
		}
		if and := toks[d.Start+1].Text; and != "and" && and != "&" || !slices.ContainsFunc(toks[d.Start+3:d.End], firmTail) {
			continue // the suffix may come before the end: the next sentence's opener is cut later
		}
		if names.ConnectorNames[names.Key(toks[d.Start].Text+" and "+toks[d.Start+2].Text)] {
			continue // a well-known pair: "Tervane, Procter and Gamble Co" is a list of two firms
		}
		joinOrgPair(spans, i, d.End)
		joined = true
		i++
	}
	return dropEmptied(spans, joined)
}

// firmTail reports whether t says a firm: a company suffix or a
// company's word ("Securities", "Oil": [names.CompanyWords]).
func firmTail(t text.Token) bool {
	return names.CorpSuffixes.Has(t.Text) || upperWord(t.Text) && names.CompanyWords.Has(names.Key(t.Text))
}

// commaPartner reports whether the one word of c may be a firm's first
// partner before a comma (see [Resolver.commaAndFirmSpans]).
func (r *Resolver) commaPartner(sents []text.Sentence, toks []text.Token, c Span) bool {
	w := toks[c.Start].Text
	if !upperWord(w) || allCaps(w) || strings.HasSuffix(w, ".") || !r.firmWords(toks[c.Start:c.End]) {
		return false
	}
	if c.Start > 0 && toks[c.Start-1].Text == "," {
		return false
	}
	return !aloneBeforeName(sents, w)
}

// aloneBeforeName reports whether the article writes w, in any case but
// capitals, before anything but a comma, "and" or "&": then it is a name
// of its own.
func aloneBeforeName(sents []text.Sentence, w string) bool {
	k := names.Key(w)
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if allCaps(t.Text) || names.Key(t.Text) != k {
				continue
			}
			if i+1 >= len(toks) {
				return true
			}
			if n := toks[i+1].Text; n != "," && n != "&" && !strings.EqualFold(n, "and") {
				return true
			}
		}
	}
	return false
}
