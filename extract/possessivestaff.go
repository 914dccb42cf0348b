package extract

import (
	"slices"

	"github.com/nergraph/nergraph/extract/text"
)

// possessiveStaffSpans cuts a firm's span that runs on through a
// possessive into one surname: "Harlow Securities' Quenby" and "Quarbin's
// Vell" are a firm and the analyst or player who speaks for it, when the
// article writes that person's full name in a span of its own ("Paul
// Quenby, who covers the stock"). The firm keeps the words before the
// possessive and the surname becomes a person's span. A person's span is
// left ("Rory O' Neill"), and so is a surname the article gives no full
// name ("Quarbin's Tervane" may be the firm's product). It returns the
// spans, sorted (tail13i).
func possessiveStaffSpans(sents []text.Sentence, spans []Span) []Span {
	var add []Span
	for i, sp := range spans {
		if sp.Type != Org || sp.End-sp.Start < 3 || sp.Start < 0 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		mark, last := toks[sp.End-2], toks[sp.End-1].Text
		if !staffPossessive(mark.Text) || mark.Start != toks[sp.End-3].End || !upperWord(last) || !hasFullName(sents, spans, last) {
			continue
		}
		spans[i].End = sp.End - 2
		add = append(add, Span{Sentence: sp.Sentence, Start: sp.End - 1, End: sp.End, Type: Person})
	}
	if len(add) == 0 {
		return spans
	}
	spans = append(spans, add...)
	slices.SortFunc(spans, compareSpans)
	return spans
}

// staffPossessive reports whether w is a possessive's token: "'s", or the
// bare apostrophe of a plural ("Securities'").
func staffPossessive(w string) bool {
	return possessiveMark(w) || w == "'" || w == "’s" || w == "’"
}
