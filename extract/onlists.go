package extract

import (
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12y) mends a body named by its head, "on" and a list of
// subjects that the recognizer cut at the list's commas and "and": "the
// House Subcommittee on Tillage, Lending and Rural Roads" taken as "House
// Subcommittee on Tillage" and "Rural Roads", or the last subjects alone.
// [onSubjectSpans] (tail12r) reads one subject right after "on"; a list
// of three subjects or more, parted by commas and ending in "and", is one
// subject too when each is one to three capitalized words and the last
// ends in a common word (the case table's). After a capitalized head the
// list ends the body's name; after a head in lower case ("a Senate
// subcommittee on Tillage, Lending and Rural Roads") it names nothing.

// onListEnd returns the end of a list of subjects that starts at toks[s]
// ([onListSpans]), or -1.
func onListEnd(toks []text.Token, s int) int {
	items, k := 0, s
	for {
		n := 0
		for k < len(toks) && n < 4 && upperWord(toks[k].Text) && !names.CorpSuffixes.Has(toks[k].Text) {
			k, n = k+1, n+1
		}
		if n == 0 || n > 3 {
			return -1
		}
		items++
		if k >= len(toks) {
			return -1
		}
		switch t := toks[k].Text; {
		case t == "," && k+1 < len(toks) && toks[k+1].Text == "and" && items >= 2:
			k += 2
		case t == "," || t == "and" && items >= 2:
			k++
		default:
			return -1
		}
		if toks[k-1].Text != "and" {
			continue
		}
		n = 0
		for k < len(toks) && n < 4 && upperWord(toks[k].Text) && !names.CorpSuffixes.Has(toks[k].Text) {
			k, n = k+1, n+1
		}
		if n == 0 || n > 3 || !ner.CommonWord(toks[k-1].Text) {
			return -1
		}
		return k
	}
}

// onListSpans mends the spans of a body whose subject is a list
// ([onListEnd]) after a body's head and "on" ([onHeadAt]): the spans
// that begin inside the list are dropped; after a capitalized head one
// organization span takes the head, the list and the head's words before
// it ([onHeadWords]), unless a person's span holds the head. The spans
// stay sorted.
func onListSpans(sents []text.Sentence, spans []Span) []Span {
	for si, st := range sents {
		toks := st.Tokens
		for k := 1; k+2 < len(toks); k++ {
			if toks[k].Text != "on" || !onHeadAt(toks, k-1) {
				continue
			}
			end := onListEnd(toks, k+1)
			if end < 0 {
				continue
			}
			spans = onListMend(toks, spans, si, k-1, end)
			k = end - 1
		}
	}
	return spans
}

// onListMend rebuilds spans for one list of subjects whose head is the
// token at head of sentence si and whose list ends at end.
func onListMend(toks []text.Token, spans []Span, si, head, end int) []Span {
	var out, rest []Span
	for _, sp := range spans {
		switch {
		case sp.Sentence < si || sp.Sentence == si && sp.Start <= head:
			if sp.Sentence == si && (sp.End > head && sp.Type == Person || sp.End >= end) {
				return spans // a person's span holds the head, or one span the whole
			}
			out = append(out, sp)
		case sp.Sentence == si && sp.Start < end:
			// inside the list: dropped
		default:
			rest = append(rest, sp)
		}
	}
	if len(out)+len(rest) == len(spans) && !upperWord(toks[head].Text) {
		return spans
	}
	if upperWord(toks[head].Text) {
		sp := Span{Sentence: si, Start: head, End: end, Type: Org}
		out = append(onHeadWords(toks, out, &sp), sp)
	}
	return append(out, rest...)
}
