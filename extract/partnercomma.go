package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yf) joins a firm named by its partners that a comma
// cuts in two, "Tervane Quarbin, Lunmark Vell and Co", whose first pair of
// surnames the recognizer took for a person.

// partnerCommaSpans joins a span of two words typed a person,
// a comma, maybe one more partner and its comma, and a span of the last
// partners that ends in a company's suffix, into one organization:
// "Tervane Quarbin, Lunmark Vell and Co Inc", "Tervane Quarbin, Lunmark,
// Vell Inc". The span after the comma must name partners: "and Co", an
// "and" between two names, a partner between two commas, or two
// capitalized words before the suffix. The joined span is removed.
func partnerCommaSpans(sents []text.Sentence, spans []Span) []Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+1 < len(spans) && sp.Type == Person && sp.End-sp.Start == 2 && spans[i+1].Sentence == sp.Sentence &&
			sp.Sentence >= 0 && sp.Sentence < len(sents) {
			toks := sents[sp.Sentence].Tokens
			j := i + 1
			if middlePartner(toks, spans[j]) && j+1 < len(spans) && spans[j+1].Sentence == sp.Sentence && spans[j+1].Start == spans[j].End+1 {
				j++ // "Lunmark" of "Tervane Quarbin, Lunmark, Vell Inc"
			}
			if partnersAfterComma(toks, sp, spans[j]) && !titledOrOwnFirm(toks, sp, spans[j]) {
				sp.End, sp.Type = spans[j].End, Org
				i = j
			}
		}
		out = append(out, sp)
	}
	return out
}

// middlePartner reports whether sp is one capitalized word and a comma
// after it: a partner between two commas.
func middlePartner(toks []text.Token, sp Span) bool {
	return sp.End-sp.Start == 1 && sp.End < len(toks) && toks[sp.End].Text == "," && upperWord(toks[sp.Start].Text)
}

// partnersAfterComma reports whether next, after a comma that ends first
// (and maybe one capitalized word and its comma), names a firm's last
// partners: it ends in a company's suffix and names partners.
func partnersAfterComma(toks []text.Token, first, next Span) bool {
	if first.End >= len(toks) || toks[first.End].Text != "," || next.End > len(toks) || next.End-next.Start < 2 {
		return false
	}
	gap := next.Start - first.End - 1
	third := gap == 2 && upperWord(toks[first.End+1].Text) && toks[first.End+2].Text == ","
	if gap != 0 && !third {
		return false
	}
	end := next.End
	for end > next.Start && names.CorpSuffixes.Has(strings.TrimSuffix(toks[end-1].Text, ".")) {
		end-- // "Co Inc"
	}
	if end == next.End || !upperWord(toks[next.Start].Text) {
		return false
	}
	and := false
	for _, tk := range toks[next.Start:end] {
		if tk.Text == "and" || tk.Text == "&" {
			and = true // "Lunmark Vell and Co", "Lunmark and Vell Inc"
		} else if !upperWord(tk.Text) || orgWord(names.Key(tk.Text)) {
			return false // "Lunmark Bank Ltd": a firm's own words, not its partners
		}
	}
	return and || third || end == next.Start+2
}

// titledOrOwnFirm reports whether first ends in a company suffix, a title stands before first ("Mr Ostra,
// Lunmark Vell Inc") or a word of first is a word of next ("Ann Vell, Vell
// and Co": a person and the firm of her name).
func titledOrOwnFirm(toks []text.Token, first, next Span) bool {
	if names.CorpSuffixes.Has(toks[first.End-1].Text) {
		return true // "Ostra Corp, Lunmark Vell Inc": two firms
	}
	if first.Start > 0 && personTitles[toks[first.Start-1].Text] {
		return true
	}
	for _, a := range toks[first.Start:first.End] {
		for _, b := range toks[next.Start:next.End] {
			if strings.EqualFold(a.Text, b.Text) {
				return true
			}
		}
	}
	return false
}
