package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// possessiveOnlySpans gives its "'s" back to a firm whose name ends in one
// ([names.PossessiveNames]: "McDonald's") where the recognizer typed the
// word before it a person or a place, when the article never writes the
// word otherwise: every use of it is followed by its "'s", none comes
// after a capitalized word or a title ("Ann Quarbin's", "Mr Quarbin's")
// and no person's full name ends in it. A surname in the possessive is
// written so too, but an article about the man names him once at least
// in full or with his title, or without his "'s" ("Quarbin said"); an
// article that writes only "Quarbin's" every time ("the average
// Quarbin's", "a Quarbin's libel action") is about the firm (tail13g).
// It returns spans, changed in place.
func possessiveOnlySpans(sents []text.Sentence, spans []Span) []Span {
	checked := map[string]bool{}
	for i, sp := range spans {
		if sp.Type != Person && sp.Type != Location || sp.End-sp.Start != 1 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End >= len(toks) || !possessiveMark(toks[sp.End].Text) || toks[sp.End].Start != toks[sp.End-1].End {
			continue
		}
		k := names.Key(toks[sp.Start].Text)
		if !names.PossessiveNames[k+"s"] {
			continue
		}
		ok, seen := checked[k]
		if !seen {
			ok = onlyPossessive(sents, k) && !hasFullName(sents, spans, toks[sp.Start].Text)
			checked[k] = ok
		}
		if ok {
			spans[i].End++
			spans[i].Type = Org
		}
	}
	return spans
}

// onlyPossessive reports whether every token of the article whose key is k
// is followed by a glued "'s" and stands after no capitalized word and no
// title.
func onlyPossessive(sents []text.Sentence, k string) bool {
	for _, s := range sents {
		toks := s.Tokens
		for j, t := range toks {
			if names.Key(t.Text) != k {
				continue
			}
			if j+1 >= len(toks) || !possessiveMark(toks[j+1].Text) || toks[j+1].Start != t.End {
				return false
			}
			if j > 0 && (names.IsCapitalized(toks[j-1].Text) && !sentenceOpener(toks, j) || titleWordBefore(toks[j-1].Text)) {
				return false
			}
		}
	}
	return true
}

// sentenceOpener reports whether the token before toks[j] is the first
// word of its sentence, capitalized because it opens it, and no name's:
// "The Quarbin's" in a headline.
func sentenceOpener(toks []text.Token, j int) bool {
	return j == 1 && names.NoExtend[names.Key(toks[0].Text)]
}
