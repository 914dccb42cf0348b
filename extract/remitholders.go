package extract

import (
	"slices"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// remitHolderSpans cuts the last words of an office's remit from the
// start of its holder's name: "Secretary for Trade and Rural Planning
// Tom Okafor", "director for Varn and the Tervane Ann Vell", "Minister
// of Water, Roads and Post Lemmo Quarbin Vell", where the recognizer took
// "Rural Planning Tom Okafor" for one body. The remit is a run of
// capitalized words, "and", "the" and commas after "of" or "for" and an
// office ([names.Offices]); the holder is the last two words or more of
// the span that hold a word the article writes alone as a name ("Okafor
// said"), typed a person's or, as the recognizer typed the glued span, a
// body's; no word of the holder is one of an organization's name
// ([orgWord]) and no word of the remit a company's suffix. The span
// becomes the holder's, a person's (tail13i).
func remitHolderSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Type == Person || sp.End-sp.Start < 3 || sp.Start < 3 {
			continue
		}
		toks := fitTokens(sents, sp)
		if toks == nil || !remitBefore(toks, sp.Start) {
			continue
		}
		for h := sp.End - 2; h > sp.Start; h-- {
			if holderWords(toks[h:sp.End]) && !orgWordIn(toks[h:sp.End]) && !corpSuffixIn(toks[sp.Start:h]) && loneNameIn(sents, spans, i, toks[h:sp.End]) {
				sp.Start, sp.Type = h, Person
				break
			}
		}
	}
	return spans
}

// remitBefore reports whether the tokens before start, back to "of" or
// "for" after an office's word, are a remit's: capitalized words, "and",
// "the" and commas, eight at most, no company's suffix among them
// ("chairman of Quarbin Corp and Tervane"), and one capitalized
// word at least when start does not follow "of" or "for" at once ("of
// the Tervane Workers Union"). The word just before start is "and",
// "the", a comma, "of" or "for".
func remitBefore(toks []text.Token, start int) bool {
	for j := start - 1; j >= 1 && j >= start-8; j-- {
		switch w := toks[j].Text; {
		case w == "of" || w == "for":
			capital := slices.ContainsFunc(toks[j+1:start], func(t text.Token) bool { return upperWord(t.Text) })
			return (j == start-1 || capital) && names.Offices.Has(names.Key(toks[j-1].Text))
		case j == start-1 && w != "and" && w != "the" && w != ",":
			return false
		case w != "and" && w != "the" && w != "," && (!upperWord(w) || names.CorpSuffixes.Has(names.Key(w))):
			return false
		}
	}
	return false
}

// loneNameIn reports whether a word of ws is the whole of a one-word
// span of spans, a person's or an organization's (the recognizer types
// the holder's lone surname as it typed the glued span): "Okafor said".
// A word that is also one of another body's or place's name of several
// words than spans[self] is a firm's short name ("Quarbin Savings ...
// Quarbin said"), no holder's.
func loneNameIn(sents []text.Sentence, spans []Span, self int, ws []text.Token) bool {
	found := false
	for k, o := range spans {
		if o.Type != Person && o.Type != Org || !o.within(sents) {
			continue
		}
		otoks := sents[o.Sentence].Tokens[o.Start:o.End]
		for _, w := range ws {
			switch {
			case len(otoks) == 1 && otoks[0].Text == w.Text:
				found = true
			case len(otoks) > 1 && k != self && o.Type != Person && slices.ContainsFunc(otoks, func(t text.Token) bool { return t.Text == w.Text }):
				return false
			}
		}
	}
	return found
}

// orgWordIn reports whether a word of ws is a word of organizations'
// names ([orgWord]).
func orgWordIn(ws []text.Token) bool {
	for _, w := range ws {
		if orgWord(names.Key(w.Text)) {
			return true
		}
	}
	return false
}

// corpSuffixIn reports whether a word of ws is a company's suffix
// ([names.CorpSuffixes]).
func corpSuffixIn(ws []text.Token) bool {
	return slices.ContainsFunc(ws, func(t text.Token) bool { return names.CorpSuffixes.Has(names.Key(t.Text)) })
}
