package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11b) gives [Resolver.andJoinSpans] a fourth shape of a
// firm that "and" cuts in two: a firm whose first partners the recognizer
// took for a person or a place, "Tervane and Quarbin Services Inc",
// "Lunmark Vell Okasso and Dremmel BV", "West Norland Fire and Casualty
// Co". The firm's suffix after "and" says a firm; the words before "and"
// say a partner, not a thing of their own, when they are no person or
// place the article or the tables know otherwise.

// partnersFirm reports whether a, "and", b is one firm whose first part
// was typed a person or a place: b is a firm of two words or more that
// ends in a company suffix, a is one to three capitalized words (no
// initial, no acronym, no capitals only, no country, town, agency or
// demonym: [Resolver.firmWords]) that the article never names alone
// ([alone]) and that follows no "and" (nor holds b one: "Tervane and
// Quarbin and Lunmark Inc" is a list's); a place is none the gazetteer or the tables know ("Italy and
// Tervane Steel Corp" are two), a person is no short form of a person the
// article names in full ("Icahn and Tervane Air Inc" after "Carl Icahn"),
// and a person's span is one surname or three partners' that do not
// begin with a given name: two words are mostly a person's whole name
// ("Ann Okafor and Tervane Inc" are two); nor does a firm's span of the
// article begin with the person's first word ([orgBegunBy]).
func (r *Resolver) partnersFirm(sents []text.Sentence, spans []Span, toks []text.Token, a, b Span) bool {
	n := a.End - a.Start
	if kinFirm(toks, a, b) {
		return true
	}
	if a.Type != Person && a.Type != Location || n > 3 || b.Type != Org || b.End-b.Start < 2 || !names.CorpSuffixes.Has(toks[b.End-1].Text) {
		return false
	}
	if a.Start > 0 && isAnd(toks[a.Start-1].Text) || slices.ContainsFunc(toks[b.Start:b.End], func(t text.Token) bool { return isAnd(t.Text) }) {
		return false // the second of a pair ("Hicks and Haas and Tervane Partners LP"), or a firm of two partners after it
	}
	ws := toks[a.Start:a.End]
	words := make([]string, n)
	for i, w := range ws {
		if !upperWord(w.Text) || allCaps(w.Text) || initialToken(w.Text) || strings.HasSuffix(w.Text, ".") {
			return false
		}
		words[i] = w.Text
	}
	if !r.firmWords(ws) || alone(sents, ws) {
		return false
	}
	if a.Type == Location {
		return !r.t.KnownPlace(names.Key(strings.Join(words, " "))) && !placeGaz().PlaceName(words)
	}
	if n == 2 || n == 3 && placeGaz().FirstName(words[0]) {
		return false
	}
	return !namedInFull(sents, spans, words[n-1], n) && !orgBegunBy(sents, spans, words[0])
}

// orgBegunBy reports whether a span typed an organization begins with the
// word w: "Lunmark Vell" is that firm's short form too ("Lunmark Vell
// International Plc"), and the person's span of its partners left alone
// keeps the short form from it.
func orgBegunBy(sents []text.Sentence, spans []Span, w string) bool {
	for _, sp := range spans {
		if sp.Type == Org && sp.Sentence >= 0 && sp.Sentence < len(sents) && sp.Start >= 0 && sp.Start < sp.End && sp.End <= len(sents[sp.Sentence].Tokens) &&
			strings.EqualFold(sents[sp.Sentence].Tokens[sp.Start].Text, w) {
			return true
		}
	}
	return false
}

// kinWords name a firm's partners by their kin to the founder: "Tervane
// and Sons Inc". Alone before a suffix they name no firm.
var kinWords = names.Set{"sons": true, "son": true, "brothers": true, "bros": true}

// kinFirm reports whether a, "and", b is "Tervane and Sons Inc", "A.B.
// Tervane and Brothers Ltd": b is a kin word and a company suffix, a is a
// person's or a firm's name of one to three words.
func kinFirm(toks []text.Token, a, b Span) bool {
	return b.End-b.Start == 2 && kinWords.Has(toks[b.Start].Text) && upperWord(toks[b.Start].Text) && names.CorpSuffixes.Has(toks[b.End-1].Text) &&
		(a.Type == Person || a.Type == Org) && a.End-a.Start <= 3
}

// isAnd reports whether w is "and" (in any case) or "&".
func isAnd(w string) bool {
	return w == "&" || strings.EqualFold(w, "and")
}

// namedInFull reports whether a span typed a person, longer than n words,
// ends in the word last: the person the short form names.
func namedInFull(sents []text.Sentence, spans []Span, last string, n int) bool {
	for _, sp := range spans {
		if sp.Type != Person || sp.End-sp.Start <= n || !sp.within(sents) {
			continue
		}
		if strings.EqualFold(sents[sp.Sentence].Tokens[sp.End-1].Text, last) {
			return true
		}
	}
	return false
}
