package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds two mends of where a person's name begins (tail16f):
// a word in lower case that the recognizer glued before a given name
// ("race walker Ann Vell" taken as "walker Ann"), and a given name that is
// also a month, left out of the span ("June [Vell Okafor]"). The
// gazetteer's first names show where the name begins; a name holds no
// word in lower case but its particles.

// monthGivens are the months that are also women's given names ("June
// Vell"); May is none of [names.NoExtend]'s months, and is left to the
// recognizer.
var monthGivens = names.Set{"april": true, "june": true, "august": true}

// dateLeads are the words that make a month after them a date, not a
// given name: "in June", "last April", "early August", "13 June".
var dateLeads = names.Set{"in": true, "on": true, "by": true, "since": true, "until": true, "till": true,
	"from": true, "of": true, "during": true, "last": true, "next": true, "this": true, "that": true,
	"early": true, "late": true, "mid": true, "before": true, "after": true, "through": true,
	"between": true, "to": true, "and": true, "or": true, "each": true, "every": true, "end": true}

// givenStartSpans moves the start of a person's span to where the name
// begins: past a lower-case word before a given name ([lowerKindGlued]),
// or back over a given name the recognizer left out ([lostGivenBefore]).
func givenStartSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person {
			continue // the cheap first question
		}
		toks := fitTokens(sents, sp)
		if toks == nil {
			continue
		}
		switch {
		case lowerKindGlued(sents, toks, sp):
			sp.Start++
		case lostGivenBefore(toks, sp) && (i == 0 || spans[i-1].Sentence != sp.Sentence || spans[i-1].End < sp.Start):
			sp.Start--
		}
	}
	return spans
}

// lowerKindGlued reports whether a person's span of two words or more
// begins with a word in lower case, no name particle, before a
// capitalized given name the gazetteer knows: "walker Ann Vell", "runner
// Ann". A name whose first word the source wrote in lower case by a slip
// ("martin Vell Corp" beside "Martin Vell Corp") stays: the article writes
// the two words capitalized elsewhere ([writtenCapitalized]).
func lowerKindGlued(sents []text.Sentence, toks []text.Token, sp *Span) bool {
	if sp.End-sp.Start < 2 {
		return false
	}
	w := toks[sp.Start].Text
	if !lowerLetters(w) || len(w) < 3 || nameParticles.Has(w) || lowerParticles.Has(w) {
		return false
	}
	next := toks[sp.Start+1].Text
	return names.IsCapitalized(next) && !allCaps(next) && givenName(next) && !writtenCapitalized(sents, w, next)
}

// writtenCapitalized reports whether the article writes w with a capital
// right before next somewhere: "Martin Vell" for "martin Vell". It walks
// the article's tokens, asked only after the cheap tests of
// [lowerKindGlued] held.
func writtenCapitalized(sents []text.Sentence, w, next string) bool {
	for _, s := range sents {
		for i := 0; i+1 < len(s.Tokens); i++ {
			t := s.Tokens[i].Text
			if len(t) == len(w) && t[0] == w[0]-'a'+'A' && t[1:] == w[1:] && s.Tokens[i+1].Text == next {
				return true
			}
		}
	}
	return false
}

// lowerParticles are the particles of names beside [nameParticles] that
// are written in lower case inside a name: "van Driel", "von Tervane",
// "bin Vell".
var lowerParticles = names.Set{"van": true, "von": true, "der": true, "den": true, "ter": true, "ten": true,
	"la": true, "le": true, "bin": true, "ibn": true, "al": true, "el": true, "zu": true, "dei": true}

// lowerLetters reports whether w is made of letters a to z only.
func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// lostGivenBefore reports whether the word right before a person's span is
// a given name the recognizer left out because it is also a month ([monthGivens]):
// "June Vell Okafor said", "with June Vell". A word of [dateLeads] or a
// number before the month makes it a date ("in June Vell resigned", "13
// June Vell said"), and the span stays.
func lostGivenBefore(toks []text.Token, sp *Span) bool {
	if sp.Start < 1 || !upperWord(toks[sp.Start].Text) || !monthGivens.Has(toks[sp.Start-1].Text) || !names.IsCapitalized(toks[sp.Start-1].Text) {
		return false
	}
	return sp.Start < 2 || !dateLead(toks[sp.Start-2].Text)
}

// dateLead reports whether w, before a month, makes it a date: a word of
// [dateLeads] or a number.
func dateLead(w string) bool {
	return dateLeads.Has(w) || strings.ContainsAny(w, "0123456789")
}
