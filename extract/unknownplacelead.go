package extract

import (
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
)

// unknownPlaceAfterAt reports whether the first word of a person's span
// of two words, after a lower-case "in" or "at", is a place the gazetteer
// does not know, glued on where a comma was lost ("speaking in Varnhelm
// Vell said", a town misspelt or too small for the gazetteer; tail17r):
// a word of one capital and lower-case letters that the gazetteer holds
// as no first name and no surname, that is no common word of the case
// table (those are [gluedCommonWord]'s), and that the article writes
// only there. [Resolver.leadWordSurnameSpans] asks it beside
// [placeAfterAt], and cuts the span to its surname only where another
// person's full name in the article ends in it. The cheap tests (the word
// before, the word's letters) come before the walk over the article.
func unknownPlaceAfterAt(g *ner.Model, sents []text.Sentence, toks []text.Token, sp Span) bool {
	if sp.Start == 0 || sp.Start >= len(toks) {
		return false
	}
	if p := toks[sp.Start-1].Text; p != "in" && p != "at" {
		return false
	}
	w := toks[sp.Start].Text
	if !capitalThenLower(w) || g.FirstName(w) || g.Surname(w) || ner.CommonWord(w) || ner.MostlyLower(w) {
		return false
	}
	n := 0
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Text == w {
				if n++; n > 1 {
					return false
				}
			}
		}
	}
	return n == 1
}

// capitalThenLower reports whether w is one capital letter of A to Z and
// two or more lower-case letters of a to z.
func capitalThenLower(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
