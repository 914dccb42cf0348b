package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12r) drops an organization span whose head is the plural
// of a public body's head: "the State and Defense Departments", "the
// House and Senate Budget Committees", "the Departments of Agriculture and
// Transportation". Such a span names two bodies or more with one shared
// head, or a kind of body ("the congressional Agriculture Committees"),
// never one body; kept, it is a node of glued names that no article can
// mend. The head is a plural only when it ends the span with no "of" or
// "for" before it ("the Weather Facility of the Agriculture and Commerce
// Departments" is the facility's name), or opens it, after one word at
// most, before "of"; and so is a span of names joined by "and" that the
// plural in lower case follows: "the Tervane and Lemmox ministries", "the
// Quarbin and National parties".

// pluralHeads are the plural heads of public bodies. "Commissions" is
// left out: "the Workers Commissions" is a Spanish union's name.
var pluralHeads = names.Set{"departments": true, "ministries": true, "committees": true,
	"subcommittees": true, "councils": true}

// pluralHead reports whether the span toks[s:e] has a [pluralHeads] word
// for its head, written in it or, in lower case, right after it ("parties"
// too there).
func pluralHead(toks []text.Token, s, e int) bool {
	last := toks[e-1].Text
	if len(last) > 7 && last[len(last)-1] == 's' && pluralHeads.Has(last) {
		for k := s; k < e-1; k++ {
			if t := toks[k].Text; t == "of" || t == "for" {
				return false
			}
		}
		return true
	}
	for k := s; k < e-1 && k <= s+1; k++ {
		if toks[k+1].Text == "of" && pluralHeads.Has(toks[k].Text) {
			return true
		}
	}
	return e < len(toks) && lowerWord(toks[e].Text) && (pluralHeads.Has(toks[e].Text) || toks[e].Text == "parties") && andInside(toks, s, e)
}

// andInside reports whether "and" or "&" is a word of toks[s:e].
func andInside(toks []text.Token, s, e int) bool {
	for _, t := range toks[s:e] {
		if t.Text == "and" || t.Text == "&" {
			return true
		}
	}
	return false
}

// pluralHeadSpans drops the organization spans of two words or more that
// [pluralHead] finds. The spans stay in order.
func pluralHeadSpans(sents []text.Sentence, spans []Span) []Span {
	var out []Span
	for i, sp := range spans {
		drop := sp.Type == Org && sp.Sentence >= 0 && sp.Sentence < len(sents) && sp.Start >= 0 &&
			sp.End <= len(sents[sp.Sentence].Tokens) && sp.End-sp.Start > 1 &&
			pluralHead(sents[sp.Sentence].Tokens, sp.Start, sp.End)
		switch {
		case drop && out == nil:
			out = append(make([]Span, 0, len(spans)), spans[:i]...)
		case !drop && out != nil:
			out = append(out, sp)
		}
	}
	if out == nil {
		return spans
	}
	return out
}
