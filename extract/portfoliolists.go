package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15e) holds a portfolio written as a list: a ministry in
// charge of several things names them with commas and "and" ("the
// Ministry of Farming, Forest Husbandry and Fisheries"), and the recognizer
// cuts the name at the comma, leaving the list's end a body of its own.

// ministryHeads begin a body's name whose "of" names its portfolio.
var ministryHeads = names.Set{"ministry": true, "department": true}

// portfolioListSpans mends a span of portfolio words ending in "and" and a
// word, after a comma and more portfolio words after "of": after a
// ministry's span ("Ministry of Farming", [ministryHeads]) the span joins
// it, one name; after an office's title ("Minister of Farming",
// [portfolioOffices]) it is the end of the title's portfolio, no body, and
// is dropped. The words of the span are each capitalized and a portfolio
// word, a common word or a portfolio word's plural ([portfolioListWords]);
// at most four portfolio words stand between "of" and the comma. A firm
// after a ministry's name ("Ministry of Farming, Tervane Seeds and Grain
// Co") keeps its own span: its suffix is no portfolio word.
func portfolioListSpans(sents []text.Sentence, spans []Span) []Span {
	changed := false
	for i := range spans {
		b := &spans[i]
		toks := fitTokens(sents, b)
		if toks == nil || b.Start < 4 || b.End-b.Start < 3 || toks[b.Start-1].Text != "," || toks[b.End-2].Text != "and" {
			continue // the usual case, decided at once
		}
		if !portfolioListWords(toks[b.Start:b.End]) {
			continue
		}
		comma := b.Start - 1
		k := comma
		for k > 0 && comma-k < 4 && portfolioListWords(toks[k-1:k]) {
			k--
		}
		if k == comma || k < 2 || toks[k-1].Text != "of" || !upperWord(toks[k-2].Text) {
			continue
		}
		head := strings.ToLower(toks[k-2].Text)
		if a := i - 1; ministryHeads[head] && a >= 0 && spans[a].Sentence == b.Sentence && spans[a].End == comma && spans[a].Start <= k-2 {
			spans[a].End, spans[a].Type = b.End, Org
			b.End = b.Start
			changed = true
		} else if portfolioOffices[head] {
			b.End = b.Start
			changed = true
		}
	}
	return dropEmptied(spans, changed)
}

// portfolioListWords reports whether ws read as a portfolio: each word
// capitalized and a word of [names.PortfolioWords], a word the case table
// writes mostly in lower case ([ner.CommonWord], [ner.MostlyLower]:
// "Husbandry") or a portfolio word's plural, or "and"
// between two; the last no body's last word ("Authority", a company
// suffix).
func portfolioListWords(ws []text.Token) bool {
	if len(ws) == 0 {
		return false
	}
	last := names.Key(ws[len(ws)-1].Text)
	if portfolioBodyTails[last] || names.CorpSuffixes.Has(ws[len(ws)-1].Text) {
		return false
	}
	for i, w := range ws {
		if w.Text == "and" && i > 0 && i < len(ws)-1 {
			continue
		}
		k := names.Key(w.Text)
		if !names.IsCapitalized(w.Text) || allCaps(w.Text) || !names.PortfolioWords[k] && !ner.CommonWord(k) && !ner.MostlyLower(k) && !pluralPortfolio(k) {
			return false
		}
	}
	return true
}
