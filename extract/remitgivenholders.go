package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail18b) cuts an office's one-word remit from the start of
// its holder's name where the holder is written nowhere else alone, so
// that remitHolderSpans (tail13i) cannot find him, and where "the"
// stands between the office and the remit, so that portfolioPersonSpans
// (tail10yc) does not look: "assistant director for Tervania Ann Vell",
// "Secretary of State for the Economy Tom de Quarbin", "Secretary the
// Interior Ann Vell" (the "of" dropped). The holder must open with a
// given name the gazetteer knows; that is what tells him from a body
// that begins with the remit's word ("director for Tervania Quarbin
// Holdings").

// remitGivenHolderSpans cuts the remit's word from sp when the words
// before sp are an office's title and "for" or "of" (with "the" after it
// or not), or the title and "the" alone; the span's first word is a
// portfolio's ([names.PortfolioWords]) or, right after "for" or "of", a
// place's the tables know; and
// the rest, two words or more, is a person's name ([holderWords], an
// article after a particle allowed: "de la") that opens with a given name and holds no organization's word. The span
// becomes the holder's, a person's. The cheap test, the word before the
// span, comes first.
func remitGivenHolderSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 3 || sp.Start < 2 {
			continue
		}
		toks := fitTokens(sents, sp)
		if toks == nil {
			continue
		}
		if p := toks[sp.Start-1].Text; p != "for" && p != "of" && p != "the" {
			continue // the usual case, decided at once
		}
		if !remitOfficeBefore(toks, sp.Start) || !remitWord(toks[sp.Start].Text, toks[sp.Start-1].Text == "the") {
			continue
		}
		h := toks[sp.Start+1 : sp.End]
		if !givenName(h[0].Text) || !holderWords(articleParticlesOut(h)) || orgWordIn(h) {
			continue
		}
		sp.Start++
		sp.Type = Person
	}
}

// remitOfficeBefore reports whether the tokens before start are an
// office's title and "for" or "of", with "the" after it or not ("director
// for", "Minister of State for the"), or the title and "the" alone
// ("Secretary the"). The title is a word of [names.Offices], or "State"
// after "of" and one ("Secretary of State for").
func remitOfficeBefore(toks []text.Token, start int) bool {
	j := start - 1
	the := toks[j].Text == "the"
	if the {
		j--
		if j >= 0 && officeToken(toks[j].Text) {
			return true // "Secretary the Interior"
		}
	}
	if j < 1 || toks[j].Text != "for" && toks[j].Text != "of" {
		return false
	}
	if officeToken(toks[j-1].Text) {
		return true
	}
	return j >= 3 && toks[j-1].Text == "State" && toks[j-2].Text == "of" && officeToken(toks[j-3].Text)
}

// articleParticles are the articles that follow a particle of
// [holderParticles] inside a Romance name: "de la", "de los", "du le".
var articleParticles = names.Set{"la": true, "las": true, "los": true, "le": true}

// articleParticlesOut returns h without each article of
// [articleParticles] that follows a particle, so that [holderWords] reads
// "Tom de la Quarbin" as it reads "Tom de Quarbin". It returns h itself
// when no word is taken out.
func articleParticlesOut(h []text.Token) []text.Token {
	var out []text.Token
	for j, t := range h {
		if j > 0 && articleParticles.Has(t.Text) && holderParticles.Has(h[j-1].Text) {
			if out == nil {
				out = append(make([]text.Token, 0, len(h)), h[:j]...)
			}
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return h
	}
	return out
}

// officeToken reports whether w is an office's word of [names.Offices],
// in either case ("director", "Secretary").
func officeToken(w string) bool {
	return names.Offices.Has(names.Key(w))
}

// remitWord reports whether w, capitalized, is a portfolio's word
// ("Economy", "Interior") or, when no "the" stands before it (the), a
// place's name the tables know ("Tervania" as a country, "Africa" as a
// region). A remit's place follows "for" or "of" at once ("director for
// Africa"); after "the" a place opens a body's name more often than a
// remit ("manager of the Varnton Red Quarbins", a club).
func remitWord(w string, the bool) bool {
	if !names.IsCapitalized(w) {
		return false
	}
	k := names.Key(w)
	return names.PortfolioWords[k] || !the && names.Tables().KnownPlace(k)
}
