package extract

import (
	"github.com/nergraph/nergraph/extract/text"
)

// This file (tail10zv) mends two names that a word or a number inside them
// cuts: a station named by a number and a word ("BBC 6 Music", "station 6
// Music"), and a person's epithet after "the" ("Ann Vell the Younger").

// numberedStationWords are the words that, after a number of one digit,
// name a broadcaster's station: "6 Music", "5 Live", "1 Xtra".
var numberedStationWords = map[string]bool{"Music": true, "Live": true, "Xtra": true}

// numberedStationSpans grows a one-word span of [numberedStationWords]
// over the number of one digit right before it ("6 Music"), and over a
// broadcaster's "BBC" or "Radio" before the number, taking that word's own
// span, which it empties: "BBC 6 Music" is one station, not the BBC and
// "Music".
func numberedStationSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.End-sp.Start != 1 || sp.Start < 1 || !numberedStationWords[toks[sp.Start].Text] || !oneDigit(toks[sp.Start-1].Text) {
			continue
		}
		sp.Start--
		sp.Type = Org
		if sp.Start < 1 || toks[sp.Start-1].Text != "BBC" && toks[sp.Start-1].Text != "Radio" {
			continue
		}
		sp.Start--
		if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End == sp.Start+1 && spans[i-1].Start == sp.Start {
			spans[i-1].End = spans[i-1].Start // the broadcaster's own span, now inside the station's
		}
	}
}

// oneDigit reports whether a token is one digit from 1 to 9.
func oneDigit(w string) bool { return len(w) == 1 && '1' <= w[0] && w[0] <= '9' }

// epithets follow a person's name after "the" as part of it: "William Pitt
// the Younger", "Ann Vell the Elder".
var epithets = map[string]bool{"Younger": true, "Elder": true}

// epithetSpans grows a person's span over "the" and an epithet of
// [epithets] right after it ("Ann Vell the Younger"), emptying the span the
// recognizer gave the epithet alone.
func epithetSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if sp.Type != Person || toks == nil || sp.End+1 >= len(toks) || toks[sp.End].Text != "the" || !epithets[toks[sp.End+1].Text] {
			continue
		}
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start <= sp.End+1 {
			spans[i+1].End = spans[i+1].Start
		}
		sp.End += 2
	}
}

// fitTokens returns the tokens of the sentence a span stands in, or nil
// when the span does not fit in it.
func fitTokens(sents []text.Sentence, sp *Span) []text.Token {
	if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.Start >= sp.End || sp.End > len(sents[sp.Sentence].Tokens) {
		return nil
	}
	return sents[sp.Sentence].Tokens
}
