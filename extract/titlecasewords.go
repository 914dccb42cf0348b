package extract

import (
	"strings"
	"unicode"
)

// titleSmallWords are the articles and prepositions that a title written in
// Title Case capitalizes and running prose never does inside a sentence:
// "Meet The Quarbles", "Sunrise In The Valley", "Quarbs For Peace". "A" and
// "An" are out: a capital "A" between two names is a middle initial
// ("Tom A Vell"); "With" and "By" are out: the name after them is the
// presenter's or the author's ("Breakfast With Vell"); "Of" and "And" after a
// word are [titlePiece]'s.
var titleSmallWords = map[string]bool{"The": true, "In": true, "Of": true, "For": true, "To": true, "At": true,
	"On": true, "Into": true, "From": true, "Over": true, "Under": true, "Without": true, "Upon": true}

// titleCaseRun reports whether a mention is a piece of a title written in
// Title Case inside a line of prose, which the recognizer cut at the
// title's capitalized small words:
//   - a name after one to three small words of [titleSmallWords] that follow
//     a capitalized word: "Park" of "T In The Park", "Quarbles" of "the
//     film Meet The Quarbles";
//   - one word before a capitalized "Of" and a capitalized word: "Empress"
//     of "the Empress Of Time".
//
// The title's words stand on one line; the word before the small words is
// no capitals-only heading ("GAMES DS The"), no possessive ("Quarn's The
// Vells", a channel's show) and ends no sentence. A line in Title Case
// throughout (a headline: "Vell Campaigns In Quarbton") is no prose: the
// line must hold three words in lower case.
func titleCaseRun(text string, m *mention) bool {
	if m.typ == Country || m.acronym {
		return false
	}
	if !titleSmallRun(text, m) && !titleOfAfter(text, m) {
		return false // the usual case, decided by the words either side
	}
	return proseLine(text, m.Start)
}

// titleSmallRun reports whether one to three capitalized small words and
// a capitalized word before them stand right before m on its line.
func titleSmallRun(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	n := 0
	for titleSmallWords[p] && n < 4 {
		n++
		p, ps = prevWordFast(text, ps)
	}
	if n == 0 || n > 3 || !titleHeadWord(p) {
		return false
	}
	return !strings.Contains(text[ps:m.Start], "\n")
}

// titleOfAfter reports whether a one-word mention stands before a
// capitalized "Of" and a capitalized word on its line.
func titleOfAfter(text string, m *mention) bool {
	if len(m.words) != 1 {
		return false
	}
	rest, ok := strings.CutPrefix(text[m.End:], " Of ")
	if !ok {
		return false
	}
	w, _ := nextWord(rest, 0)
	return titleHeadWord(strings.TrimRight(w, ",.;:!?"))
}

// titleHeadWord reports whether w is a capitalized word of a title: not a
// small word, not in capitals throughout (one letter aside), with no stop,
// comma, quote or possessive in it.
func titleHeadWord(w string) bool {
	if w == "" || !upperWord(w) || titleSmallWords[w] || strings.ContainsAny(w, ".,;:!?\"'’()") {
		return false
	}
	return len(w) == 1 || strings.IndexFunc(w, unicode.IsLower) >= 0
}

// proseLine reports whether the line holding i holds three words or more
// that begin in lower case: running prose, no headline in Title Case.
func proseLine(text string, i int) bool {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += i
	}
	n := 0
	for _, w := range strings.Fields(text[start:end]) {
		if c := w[0]; 'a' <= c && c <= 'z' {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}
