package extract

import "strings"

// This file (tail10ya) mends a stock's series read as a name ("Preferred
// Stock, Series B. It said"): the recognizer's span runs across the
// series letter's point into the next sentence's opening word, and a
// series is a kind of security, no entity.

// cutOpenerTail drops from a span a last word of [sentenceOpeners] after
// a word ending in a point ("Quarbin Ltd. The", "Series C. It"): the span
// ran across the sentence's end, and a sentence's opening word ends no
// name.
func cutOpenerTail(ws []word) []word {
	n := len(ws)
	if n < 2 || !strings.HasSuffix(ws[n-2].text, ".") || !sentenceOpeners[ws[n-1].text] {
		return ws
	}
	return ws[:n-1]
}

// stockSeries reports a name of "Series" and one letter ("Series B"): a
// kind of share, no entity.
func stockSeries(m *mention) bool {
	return len(m.words) == 2 && m.words[0] == "series" && len(strings.TrimSuffix(m.words[1], ".")) == 1
}
