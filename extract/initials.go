package extract

import (
	"github.com/nergraph/nergraph/extract/text"
)

// initialSpans gives back to a person's span the initial the recognizer
// left before it: in a line-up "J Smythe (capt); M Orrell, J Vane" the
// model may tag "Smythe" alone, and the bare surname then joins another
// Smythe of the article (the coach), where "J Smythe" keeps its own. The
// initial is a capital letter alone (or with a period) right before the
// span, at the start of the sentence or after a comma, semicolon or
// bracket. "A" and "I" count only in a list of initials, before a surname
// of one or two words that a comma, semicolon or bracket follows: elsewhere
// they are words ("A Vauxhall Corsa, he said", "The Addams Family, I Love
// Lucy, Cheers").
func initialSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 1 || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End >= sp.Start {
			continue // the token before belongs to another span
		}
		ini := toks[sp.Start-1].Text
		letter, ok := initialLetter(ini)
		if !ok {
			continue
		}
		if sp.Start >= 2 && !listMark(toks[sp.Start-2].Text) {
			continue
		}
		if (letter == 'A' || letter == 'I') && (sp.End-sp.Start > 2 || sp.End >= len(toks) || !listMark(toks[sp.End].Text) || initials(toks) < 3) {
			continue
		}
		sp.Start--
	}
}

// initials counts the initials of a sentence: a line-up has several.
func initials(toks []text.Token) int {
	n := 0
	for _, t := range toks {
		if _, ok := initialLetter(t.Text); ok {
			n++
		}
	}
	return n
}

// initialLetter returns the capital of an initial: "J" or "J.".
func initialLetter(w string) (byte, bool) {
	if len(w) == 2 && w[1] == '.' {
		w = w[:1]
	}
	if len(w) != 1 || w[0] < 'A' || w[0] > 'Z' {
		return 0, false
	}
	return w[0], true
}

// listMark reports whether a token separates the names of a list.
func listMark(w string) bool {
	switch w {
	case ",", ";", "(", ")", ":":
		return true
	}
	return false
}
