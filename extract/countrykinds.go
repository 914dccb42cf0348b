package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13n) takes up the company's words that tail10ya's
// [countryWordSpans] leaves after a dotted abbreviation. Wire copy
// capitalizes the word after "U.S." or "U.K." ("many U.S. Bank officials",
// "a U.S. Insurance broker", "cut U.K. Bank base rates", "the U.S. Unit
// has"); when the words around the two say they are a kind of thing of the
// country's, not a firm's name ("U.S. Lines said"), the span is the
// country alone.

// kindDeterminers stand before a country and a kind of thing of it, never
// before a firm's name that opens with the country: "a U.S. Bank",
// "one U.K. Bank", "the U.S. Group", "a leading U.S. Bank".
var kindDeterminers = names.Set{"a": true, "an": true, "the": true, "one": true, "many": true, "some": true,
	"several": true, "other": true, "another": true, "each": true, "every": true, "no": true, "all": true,
	"most": true, "two": true, "three": true, "four": true, "five": true, "leading": true, "major": true,
	"big": true, "large": true, "largest": true, "biggest": true, "rival": true, "independent": true, "only": true}

// kindHeads are the lower-case nouns after a country and a capitalized
// word that make the two words the head's modifiers: "U.S. Bank officials",
// "U.S. Oil firms", "U.K. Bank base rates", "the U.S. Semiconductor market".
// A firm's unit, shares or stock ("U.S. Steel unit", "U.S. Home shares")
// are left out: they follow a firm's name as often.
var kindHeads = names.Set{"officials": true, "official": true, "source": true, "sources": true, "spokesman": true,
	"executive": true, "executives": true, "trader": true, "traders": true, "dealer": true, "dealers": true,
	"creditor": true, "creditors": true, "firm": true, "firms": true, "company": true, "companies": true,
	"group": true, "groups": true, "giant": true, "giants": true, "concern": true, "concerns": true,
	"industry": true, "industries": true, "market": true, "markets": true, "sector": true, "producers": true,
	"production": true, "output": true, "institutions": true, "manufacturing": true, "manufacturers": true,
	"makers": true, "marketing": true, "broker": true, "brokers": true, "base": true, "rates": true,
	"tax": true, "area": true, "account": true, "accounts": true, "requests": true, "paper": true, "branch": true}

// kindCountries are the dotted abbreviations whose next word the copy
// capitalizes, with the type the span keeps when cut to them: the two
// countries ([dottedCountries]) and the United Nations ("The U.N. Body
// said").
var kindCountries = map[string]Type{"U.K.": Location, "U.S.": Location, "U.N.": Org}

// countryKindSpans cuts a span of a dotted abbreviation ([kindCountries])
// and one capitalized word back to the abbreviation when every time the
// article writes the two words together a determiner stands before them
// ([kindDeterminers]) or a kind noun after them ([kindHeads]). The word
// must not be a country's own body ([countryBodyWords]: "the U.K.
// Government") nor in capitals (a headline's). One place where the two
// stand as a name ("U.S. Lines said", "U.S. Oil Co") keeps them all.
func countryKindSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start != 2 || sp.Type != Org {
			continue // a place of the country's stays: "the U.S. Gulf", "the U.S. Virgin islands"
		}
		toks := fitTokens(sents, sp)
		if toks == nil {
			continue
		}
		typ, ok := kindCountries[toks[sp.Start].Text]
		if !ok {
			continue
		}
		w := toks[sp.Start+1].Text
		if !names.IsCapitalized(w) || names.IsUpperWord(w) || countryBodyWords[w] || !lettersOnly(w) {
			continue
		}
		if !kindEverywhere(sents, toks[sp.Start].Text, w) || bodyHolds(sents, spans, i, w) {
			continue
		}
		sp.End--
		sp.Type = typ
	}
}

// kindEverywhere reports whether each place in sents where the tokens
// country and w stand together has a kind's cue: a word of
// [kindDeterminers] before them, or after them a word of [kindHeads] or
// "and" and a lower-case word ([andLowerAt]).
func kindEverywhere(sents []text.Sentence, country, w string) bool {
	for _, s := range sents {
		ts := s.Tokens
		for k := 0; k+1 < len(ts); k++ {
			if ts[k+1].Text != w || ts[k].Text != country {
				continue
			}
			// a capitalized determiner only where it opens the sentence: "The U.N. Body said"
			before := k > 0 && kindDeterminers[strings.ToLower(ts[k-1].Text)] && (k == 1 || !names.IsCapitalized(ts[k-1].Text))
			after := k+2 < len(ts) && (kindHeads[ts[k+2].Text] || andLowerAt(ts, k+2))
			if !before && !after {
				return false
			}
		}
	}
	return true
}

// bodyHolds reports whether a span of spans other than the i-th, an
// organization's of two words or more, holds the word w: "a U.K. Bank"
// may then stand for the article's "Tervane Bank Plc", and the span is left
// as the recognizer read it.
func bodyHolds(sents []text.Sentence, spans []Span, i int, w string) bool {
	for j := range spans {
		sp := &spans[j]
		if j == i || sp.Type != Org || sp.End-sp.Start < 2 {
			continue
		}
		toks := fitTokens(sents, sp)
		for k := sp.Start; toks != nil && k < sp.End; k++ {
			if toks[k].Text == w {
				return true
			}
		}
	}
	return false
}

// andLowerAt reports whether ts holds "and" at k and a lower-case word
// after it: a kind shared by two heads, "U.S. Oil and gas activities".
func andLowerAt(ts []text.Token, k int) bool {
	return k+1 < len(ts) && ts[k].Text == "and" && ts[k+1].Text != "" && isLowerASCII(ts[k+1].Text[0])
}

// lettersOnly reports whether w is made of ASCII letters alone.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return w != ""
}
