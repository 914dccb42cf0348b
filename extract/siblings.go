package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// siblingSpans joins a one-word organization to the name word before it
// when the article names another organization with the same last word
// and another word before it: "Swiss" "Re" beside "Munich Re", "Doncaster"
// "Rovers" beside "Blackburn Rovers". The recognizer took the first word
// for a people or a place (MISC, LOCATION) and the second for the
// organization; left alone, the lone "Re" is read as the short name of
// the article's one full "... Re", a firm it is not. The word before must
// be a name of one word of its own (a span of MISC or LOCATION), written
// with a capital, and not the word the other organization has there; the
// last word is not an acronym, a title or a generic body ([siblingWord]).
// spans are in order; the result is too.
func siblingSpans(sents []text.Sentence, spans []Span) []Span {
	var lasts map[string][]string // folded last word → folded words before it, of organizations of two words or more
	joined := false
	for i := 1; i < len(spans); i++ {
		a, b := spans[i-1], spans[i]
		if b.Type != Org || b.End-b.Start != 1 || a.End-a.Start != 1 || a.Sentence != b.Sentence || a.End != b.Start ||
			a.Type != Misc && a.Type != Location || b.Sentence < 0 || b.Sentence >= len(sents) || a.Start < 0 || b.End > len(sents[b.Sentence].Tokens) {
			continue
		}
		toks := sents[b.Sentence].Tokens
		first, last := toks[a.Start].Text, toks[b.Start].Text
		if !isUpper(first[0]) || !isUpper(last[0]) || names.MinorWords[strings.ToLower(first)] || !siblingWord(last) ||
			strings.ContainsAny(first, "-'’") {
			// "Florence-based Fondiaria" beside "La Fondiaria": a
			// compound, no name's first word.
			continue
		}
		if lasts == nil {
			lasts = orgLastWords(sents, spans)
		}
		fl, ff := strings.ToLower(last), strings.ToLower(first)
		other := false
		for _, before := range lasts[fl] {
			other = other || before != ff
		}
		if !other {
			continue
		}
		spans[i-1].End, spans[i-1].Type = b.End, Org
		spans[i].End = spans[i].Start // emptied: dropped below
		joined = true
		i++
	}
	if !joined {
		return spans
	}
	out := spans[:0]
	for _, sp := range spans {
		if sp.Start != sp.End {
			out = append(out, sp)
		}
	}
	return out
}

// orgLastWords maps the folded last word of every organization span of
// two words or more to the folded words before it.
func orgLastWords(sents []text.Sentence, spans []Span) map[string][]string {
	m := map[string][]string{}
	for _, sp := range spans {
		if sp.Type != Org || sp.End-sp.Start < 2 || !sp.within(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		l := strings.ToLower(toks[sp.End-1].Text)
		m[l] = append(m[l], strings.ToLower(toks[sp.End-2].Text))
	}
	return m
}

// siblingWord reports whether the last word of an organization may be
// shared by siblings: not an acronym ("LPG" of "Saudi LPG", "MP" of "Tory
// MP", a commodity's or a title's), not a title, not a generic body
// ("Treasury" of "Sydney Treasury bond").
func siblingWord(w string) bool {
	if len(w) >= 2 && isUpper(w[1]) {
		return false
	}
	if _, body := names.GenericBody(w); body {
		return false
	}
	return !names.Titles[strings.ToLower(w)]
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
