package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// firmKindBefore reports whether a firm's kind stands right before the
// pair "X and Y" at token x, alone or before "of": "the law firm of
// Kelmar and Dorvane", "brokers Kelmar and Dorvane". Such a cue names a
// partnership so plainly that its first partner may be a word the
// gazetteer also knows as a first name ("the law firm of Morgan and
// Dorvane"); people listed after it are not written so.
func firmKindBefore(toks []text.Token, x int) bool {
	if x < 1 {
		return false
	}
	p := strings.ToLower(toks[x-1].Text)
	if firmKinds[p] || p == "lawyers" || p == "brokers" {
		return true
	}
	return p == "of" && x >= 2 && firmKinds[strings.ToLower(toks[x-2].Text)]
}

// partnerNamed reports whether w, a word of the pair "X and Y" at token x
// that the gazetteer knows as a first name, is a partner's surname all
// the same: X after a firm's kind ([firmKindBefore]); either word before
// an apposition that names a firm ([pairFirmApposition]: "Kelmar and
// Morgan, a law firm") or when the article writes the pair as the start of
// a firm's name ([pairOpensFirm]: "Kelmar and Morgan Capital Group Inc").
func partnerNamed(sents []text.Sentence, toks []text.Token, x int, w string) bool {
	return w == toks[x].Text && firmKindBefore(toks, x) || pairFirmApposition(toks, x) || pairOpensFirm(sents, toks, x)
}

// pairOpensFirm reports whether the pair "X and Y" at token x of toks,
// ending its name (no capitalized word after Y), opens the name of a firm
// the article writes elsewhere: the pair, up to three capitalized words
// and a company suffix ("Kelmar and Dorvane completed its offering" after
// "Kelmar and Dorvane Capital Group Inc said"). The pair is the firm's
// short form. The recognizer may have cut that name at "and" too, so the
// words are read, not the spans.
func pairOpensFirm(sents []text.Sentence, toks []text.Token, x int) bool {
	if x+3 < len(toks) && names.IsCapitalized(toks[x+3].Text) {
		return false
	}
	a, b := names.Key(toks[x].Text), names.Key(toks[x+2].Text)
	for _, s := range sents {
		ts := s.Tokens
		for i := 0; i+4 < len(ts); i++ {
			// The connector first: it is one cheap comparison, the keys are
			// not (they fold every word).
			if strings.EqualFold(ts[i+1].Text, toks[x+1].Text) && names.Key(ts[i].Text) == a && names.Key(ts[i+2].Text) == b && suffixAhead(ts[i+3:]) {
				return true
			}
		}
	}
	return false
}

// suffixAhead reports whether ts begins with at most three capitalized
// words and a company suffix: "Capital Group Inc".
func suffixAhead(ts []text.Token) bool {
	for i := 0; i < len(ts) && i < 4; i++ {
		if names.CorpSuffixes.Has(ts[i].Text) {
			return true
		}
		if !names.IsCapitalized(ts[i].Text) {
			return false
		}
	}
	return false
}

// appositionHeads end an apposition that says a pair of surnames is a
// firm: "Kelmar and Dorvane, a Tervane law firm".
var appositionHeads = names.Set{"firm": true, "brokerage": true, "partnership": true}

// pairFirmApposition reports whether an apposition after the pair "X and Y"
// at token x says it is one firm: a comma (maybe after a closing ">"),
// "a" or "an", at most three words and a word of [appositionHeads] ("Kelmar
// and Dorvane, an advertising firm", "Kelmar and Dorvane, a Tervane
// brokerage"). A pair that ends a longer list of partners ("Vell, Kelmar
// and Dorvane, a brokerage") is left to the partners' rules: the pair alone
// is only part of the name.
func pairFirmApposition(toks []text.Token, x int) bool {
	if x >= 2 && toks[x-1].Text == "," && names.IsCapitalized(toks[x-2].Text) {
		return false
	}
	i := x + 3
	if i < len(toks) && toks[i].Text == ">" {
		i++
	}
	if i+2 >= len(toks) || toks[i].Text != "," || toks[i+1].Text != "a" && toks[i+1].Text != "an" {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+5; j++ {
		w := toks[j].Text
		if appositionHeads[w] {
			return true
		}
		if !names.IsCapitalized(w) && strings.ToLower(w) != w || strings.ContainsAny(w, ",.;:()") {
			return false
		}
	}
	return false
}
