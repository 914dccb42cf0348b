package extract

import "github.com/nergraph/nergraph/extract/text"

// This file (tail15c) joins the two halves of a name that writes a digit
// for a short word: "Quell 4 Tervane" (four for "for"), "Lemmo 2 Vell"
// (two for "to"). The recognizer cut the name at the digit, and the first
// half alone went under a longer name that ends in it ("Families Need
// Quell" of "Quell").

// digitWordSpans joins two spans with one token between them that is the
// digit "2" or "4", and one space either side of it, when one of them at
// least is typed an organization, the first of one word and the second of
// one or two, and no figure before or after them (a score, "Tervane 2
// Quell 1"): one organization's name. spans are in the order of the text.
func digitWordSpans(sents []text.Sentence, spans []Span) []Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		a := spans[i]
		if i+1 < len(spans) && digitJoined(sents, a, spans[i+1]) {
			a.End, a.Type = spans[i+1].End, Org
			i++
		}
		out = append(out, a)
	}
	return out
}

// digitJoined reports whether b follows a with only " 4 " or " 2 " between
// them ([digitWordSpans]).
func digitJoined(sents []text.Sentence, a, b Span) bool {
	if a.Sentence != b.Sentence || b.Start != a.End+1 || a.Sentence < 0 || a.Sentence >= len(sents) {
		return false
	}
	toks := sents[a.Sentence].Tokens
	if a.Start < 0 || b.End > len(toks) || a.End >= len(toks) {
		return false
	}
	if d := toks[a.End].Text; d != "4" && d != "2" {
		return false // the cheap first question: the digit between
	}
	if a.Type != Org && b.Type != Org || a.End-a.Start != 1 || b.End-b.Start > 2 {
		return false // a version's digit ends a product's name of words: "Zorbit Quell 2 Platform"
	}
	if a.Start > 0 && figure(toks[a.Start-1].Text) || b.End < len(toks) && figure(toks[b.End].Text) {
		return false // a score: "Tervane 2 Quell Rovers 0"
	}
	return toks[a.End-1].End+1 == toks[a.End].Start && toks[a.End].End+1 == toks[b.Start].Start
}
