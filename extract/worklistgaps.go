package extract

import "strings"

// This file (tail10yt) holds the list of works whose plural noun stands a
// short phrase before its "including" or "include": "six hits in the UK,
// including Zorbit Nights", "21 games will be available for the Quarb,
// including Lemmox Run", "the 24 games for the mini console include
// Tervane Pure". [workList] reads the titles back to the opener and asks
// [pluralBefore] for the noun right before it; this is its wider reach
// for the openers that a clause may stand before, asked only when the
// noun is not right there.

// acrossWords is how many words [pluralAcross] reads back from the opener.
const acrossWords = 8

// pluralAcross reports whether a plural noun for works ([workPlurals]),
// written in lower case, stands up to [acrossWords] words before i, the start
// of "including", "include" or "included", with only words of one clause
// between: no punctuation but a comma right before the opener, no line's
// end, and no other plural in lower case ("games against clubs including
// Quarbin", whose list is of clubs). A possessive ("this year's") and a
// short word ("is", "has") are no plurals.
func pluralAcross(text string, i int) bool {
	for n := 0; n < acrossWords; n++ {
		w, ws := prevWordFast(text, i)
		if w == "" || strings.ContainsAny(text[ws:i], "\n\r") {
			return false
		}
		if n == 0 {
			w = strings.TrimSuffix(w, ",")
		}
		switch {
		case n > 0 && workPlurals[w]:
			return true
		case strings.ContainsAny(w, ",.;:!?()[]\"'"):
			if !possessiveEnd(w) {
				return false
			}
		case lowerPlural(w):
			return false
		}
		i = ws
	}
	return false
}

// lowerPlural reports whether w looks like a plural noun in lower case: a
// word of four letters or more that ends in "s" ("clubs", "stars"), but
// "this" and words that end in "ss" or "us" ("class", "various").
func lowerPlural(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || w == "this" {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// titleEnds reports whether the title at m ends where its name does: the
// word after it is no lower-case word but the small words of titles
// ([titleWords], "plus"), so that the name is no modifier of a noun ("the
// Quarbin Vell adaptation", "the Tervane show"), which makes it the
// maker's or the place's, not a title of the list.
func titleEnds(text string, m *mention) bool {
	w, _ := nextWord(text, m.End)
	w = strings.TrimRight(w, ",.;:!?)")
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return true
	}
	return titleWords[w] || w == "plus"
}
