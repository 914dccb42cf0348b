package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12j) cuts a span at a company suffix written with its
// period when a capitalized word that is no suffix follows inside the span:
// "Tervane Fry Ltd. Quarbin said", "of Lemmox and Co. Industry sources
// said". The wire copy writes a suffix inside a sentence without its
// period ("Tervane Fry Ltd said"), so the period there is the sentence's,
// which the tokenizer missed, and the recognizer read the two sentences'
// words as one name. A second suffix after the first is the same name's
// ("Vell Securities Co. Ltd.", "Quarbin and Co. Inc."), so is
// "International" (its arm: "Vell Securities Co. International"), and a dotted
// suffix ("N.V.", "S.A.") is left, as it opens some names.

// suffixStop returns the index of the first token of toks[s:e] after a
// capitalized company suffix with a period ("Ltd.", "Co.") that a
// capitalized word other than a suffix follows, or -1.
func suffixStop(toks []text.Token, s, e int) int {
	for k := s; k+1 < e; k++ {
		w := toks[k].Text
		if len(w) < 3 || w[len(w)-1] != '.' || !upperWord(w) || strings.Contains(w[:len(w)-1], ".") {
			continue // the usual case, decided at once
		}
		if !names.CorpSuffixes.Has(w) {
			continue
		}
		n := toks[k+1].Text
		if !upperWord(n) || names.CorpSuffixes.Has(n) || coTails.Has(n) || names.Key(n) == "international" {
			continue // "Vell Securities Co. International": the firm's arm
		}
		return k + 1
	}
	return -1
}

// suffixStopSpans cuts each span at [suffixStop]: the words up to the
// suffix stay a firm's span when a word stands before the suffix ("Tervane
// Fry Ltd."), and are dropped when the suffix is alone ("Ltd."); the words
// after it keep the span's type. One word after the stop is too little to
// read a name by: the next sentence's first word, a common one ("Co.
// Industry sources said") or a short form the article links by its full
// names, which a mention more or less may tip to another of them (the
// article's "Tervane" moved from "Tervane Pacific Ltd" to "Tervane
// Properties Ltd" when "Ltd. Tervane" went). After a suffix alone a
// common word's span is dropped ("Co. Industry sources said"); any other
// span with one word after the stop is left as it was ("Ltd. Quarbin",
// "Tervane PLC. Quarbin"), for the rules after. The spans stay in order.
func suffixStopSpans(sents []text.Sentence, spans []Span) []Span {
	var out []Span
	for i, sp := range spans {
		var cut = -1
		if sp.Sentence >= 0 && sp.Sentence < len(sents) && sp.Start >= 0 && sp.End <= len(sents[sp.Sentence].Tokens) && sp.End-sp.Start > 1 {
			cut = suffixStop(sents[sp.Sentence].Tokens, sp.Start, sp.End)
		}
		if cut < 0 {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if sp.End-cut == 1 && (cut-sp.Start > 1 || !ner.CommonWord(sents[sp.Sentence].Tokens[cut].Text)) {
			if out != nil {
				out = append(out, sp) // "Tervane PLC. Quarbin", "Ltd. Quarbin": left whole
			}
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)+1), spans[:i]...)
		}
		if sp.End-cut == 1 {
			continue // "Ltd. Industry": dropped
		}
		if cut-sp.Start > 1 {
			out = append(out, Span{Sentence: sp.Sentence, Start: sp.Start, End: cut, Type: Org})
		}
		sp.Start = cut
		out = append(out, sp)
	}
	if out == nil {
		return spans
	}
	return out
}
