package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12r) mends a body named by its head, "on" and its
// subject that the recognizer took for the subject alone: "the House
// Subcommittee on Quarbin Development Institutions", "the Tervane Centre
// on Transnational Corporations", "the Standing Committee on Company" "Law
// Reform". Such a subject (words of a field, ending in a common noun:
// "Institutions", "Trade", "Operations") names no body of its own; after a
// capitalized head it is the end of the body's name, after a head in
// lower case ("a Senate subcommittee on Foreign Operations") it is no
// name at all. A subject that ends in a name's word ("the Banking Committee
// on Continental Tervane", a hearing on a firm) is left.

// onHeads are the heads of bodies that "on" and their subject follow.
var onHeads = names.Set{"committee": true, "subcommittee": true, "sub committee": true,
	"commission": true, "centre": true, "center": true, "conference": true, "council": true,
	"agreement": true}

// onSubject reports whether toks[s:e] reads as the subject of a body: two
// words or more, the last a common word (the case table's) that is no
// company suffix. A suffix inside is a field's word: "on Company Law Reform".
func onSubject(toks []text.Token, s, e int) bool {
	return e-s >= 2 && ner.CommonWord(toks[e-1].Text) && !names.CorpSuffixes.Has(toks[e-1].Text)
}

// onHeadAt reports whether toks[k] is an [onHeads] word and "on" follows.
func onHeadAt(toks []text.Token, k int) bool {
	return k >= 0 && k+1 < len(toks) && toks[k+1].Text == "on" && onHeads.Has(toks[k].Text)
}

// onSubjectSpans mends the spans of a body's subject: an organization
// span that [onSubject] reads, after "on" and a capitalized [onHeads]
// word, grows back over them and the capitalized words before the head
// (three at most), joining the span that ends there (the body's head
// words, "House Subcommittee"); after a head in lower case it is dropped.
// A span that ends in a head, "on" and one word joins the span right
// after it when the two read as a subject. The spans stay sorted.
func onSubjectSpans(sents []text.Sentence, spans []Span) []Span {
	var out []Span
	for i, sp := range spans {
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Type != Org {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		toks := sents[sp.Sentence].Tokens
		var prev *Span
		if n := len(out); n > 0 && out[n-1].Sentence == sp.Sentence {
			prev = &out[n-1]
		} else if out == nil && i > 0 && spans[i-1].Sentence == sp.Sentence {
			prev = &spans[i-1]
		}
		if prev != nil && prev.End == sp.Start && prev.End-prev.Start > 2 && onHeadAt(toks, prev.End-3) && onSubject(toks, prev.End-1, sp.End) {
			if out == nil {
				out = append(make([]Span, 0, len(spans)), spans[:i]...)
			}
			out[len(out)-1].End, out[len(out)-1].Type = sp.End, Org // "Standing Committee on Company" "Law Reform"
			continue
		}
		if !onHeadAt(toks, sp.Start-2) || !onSubject(toks, sp.Start, sp.End) {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)), spans[:i]...)
		}
		if !upperWord(toks[sp.Start-2].Text) {
			continue // "a Senate subcommittee on Foreign Operations": no name
		}
		sp.Start -= 2
		out = append(onHeadWords(toks, out, &sp), sp)
	}
	if out == nil {
		return spans
	}
	return out
}

// tailBodySpans runs tail12r's span rules of bodies' names, in order: a
// union local's number ([localNumberSpans]), a plural head
// ([pluralHeadSpans]), a place after "in" ([Resolver.inPlaceSpans]) and
// a subject after "on" ([onSubjectSpans]).
func (r *Resolver) tailBodySpans(sents []text.Sentence, spans []Span) []Span {
	spans = pluralHeadSpans(sents, localNumberSpans(sents, spans))
	spans = r.portfolioPlaceSpans(sents, reportWordSpans(sents, spans))            // tail12y
	return onListSpans(sents, onSubjectSpans(sents, r.inPlaceSpans(sents, spans))) // tail12y: onListSpans
}

// onHeadWords grows sp, whose head word is its first, back over the
// capitalized words before it (three at most, no "The" of a sentence's
// start) and the span of out that ends there or holds the head, unless it
// is a person's; that span is taken off out. It returns out.
func onHeadWords(toks []text.Token, out []Span, sp *Span) []Span {
	n := len(out)
	if n > 0 && out[n-1].Sentence == sp.Sentence && out[n-1].End > sp.Start {
		if out[n-1].Type == Person || out[n-1].Start > sp.Start {
			return out
		}
		sp.Start = out[n-1].Start // "House Subcommittee" "on" "Development Institutions"
		return out[:n-1]
	}
	for k := 0; k < 3 && sp.Start > 0 && upperWord(toks[sp.Start-1].Text) && !trailingSmall[strings.ToLower(toks[sp.Start-1].Text)] &&
		(n == 0 || out[n-1].Sentence != sp.Sentence || out[n-1].End < sp.Start); k++ {
		sp.Start--
	}
	if n > 0 && out[n-1].Sentence == sp.Sentence && out[n-1].End == sp.Start && out[n-1].Type != Person {
		sp.Start = out[n-1].Start // "U.N." "Centre on Transnational Corporations"
		return out[:n-1]
	}
	return out
}
