package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yc) mends a minister's portfolio that the recognizer
// took into a name: "Minister of State for Finance Ann Vell", where the
// span "Finance Ann Vell" holds the portfolio and the person, and "the
// Mines and Energy Minister Tom Quarbin" or "Minister of Mines and Energy
// Tom Quarbin", where "Mines and Energy" was made a body: it names an
// office's portfolio, no ministry.

// portfolioTails end a portfolio after a word of [names.PortfolioWords]:
// "Trade Negotiations".
var portfolioTails = map[string]bool{"Negotiations": true}

// portfolioRun returns how many words from toks[i] are a minister's
// portfolio: capitalized words of [names.PortfolioWords], with "and"
// between two of them ("Finance", "Economic Affairs", "Mines and Energy").
// It returns 0 when toks[i] opens no portfolio.
func portfolioRun(toks []text.Token, i, end int) int {
	n := 0
	for j := i; j < end; j++ {
		w := toks[j].Text
		switch {
		case names.IsCapitalized(w) && (names.PortfolioWords[names.Key(w)] || n > 0 && portfolioTails[w]):
			n = j - i + 1
		case w == "and" && n == j-i && j+1 < end:
			continue
		default:
			return n
		}
	}
	return n
}

// portfolioPersonSpans cuts a minister's portfolio from the start of a
// person's span after "for" or "of" ("Minister of State for Finance Ann
// Vell", "Minister of Economic Affairs Tom Quarbin"): the person is the
// two words or more after it.
func portfolioPersonSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if sp.Type != Person || toks == nil || sp.Start < 1 || sp.End-sp.Start < 3 {
			continue
		}
		if p := toks[sp.Start-1].Text; p != "for" && p != "of" {
			continue // the usual case, decided at once
		}
		n := portfolioRun(toks, sp.Start, sp.End)
		if n == 0 || sp.End-sp.Start-n < 2 || !allCapitalTokens(toks[sp.Start+n:sp.End]) {
			continue
		}
		sp.Start += n
	}
	portfolioHolderSpans(sents, spans) // tail11e: the same cut in a span of another type
	// tail18b: a one-word remit before a holder with a given name
	remitGivenHolderSpans(sents, spans)
}

// allCapitalTokens reports whether every token begins with a capital.
func allCapitalTokens(toks []text.Token) bool {
	for _, t := range toks {
		if !upperWord(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}

// portfolioOfOffice reports whether a mention that is not a person's is
// only a portfolio of two words or more joined by "and" ("Mines and
// Energy", "Trade and Industry") that names an office: a minister's or
// secretary's title follows it ("Mines and Energy Minister"), or it
// follows one and "of" or "for" ("Minister of Mines and Energy").
func portfolioOfOffice(text string, m *mention) bool {
	if m.typ == Person || len(m.words) < 3 || !portfolioWords(m.words) {
		return false
	}
	if w, _ := nextWord(text, m.End); officeWord(w) {
		return true
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "of" && p != "for" {
		return false
	}
	o, _ := prevWordFast(text, ps)
	return officeWord(o)
}

// portfolioWords reports whether the folded words ws are portfolio words
// of [names.PortfolioWords] joined by one "and" or more.
func portfolioWords(ws []string) bool {
	and := false
	for i, w := range ws {
		if w == "and" && i > 0 && i < len(ws)-1 {
			and = true
			continue
		}
		if !names.PortfolioWords[w] {
			return false
		}
	}
	return and
}

// officeWord reports whether w is a minister's or secretary's title,
// capitalized ("Minister", "Secretary", "MINISTER").
func officeWord(w string) bool {
	if !upperWord(w) {
		return false
	}
	switch strings.ToLower(w) {
	case "minister", "ministers", "secretary", "secretaries":
		return true
	}
	return false
}
