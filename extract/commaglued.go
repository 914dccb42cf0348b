package extract

import (
	"strings"
	"unicode"
)

// cutCommaGlued ends a span at a comma the source wrote with no space
// after it, when only a lower-case word follows it: "analysts at
// Quarbin,downloaded the tool", "in Tervania,on Monday". The words after
// such a comma begin the sentence's next clause, no part of the name. A
// capitalized word after the comma ("Salem,Ore", "Copper Wirebars,U.S.")
// is left: a town's state or a table's column.
func cutCommaGlued(text string, ws []word) []word {
	n := len(ws)
	if n == 0 {
		return ws
	}
	w := ws[n-1]
	i := strings.IndexByte(w.text, ',')
	if i <= 0 || i == len(w.text)-1 || w.text != text[w.start:w.end] {
		return ws
	}
	head, tail := w.text[:i], w.text[i+1:]
	if !upperWord(head) || strings.ContainsFunc(tail, func(r rune) bool { return !unicode.IsLower(r) }) {
		return ws
	}
	ws[n-1] = word{text: head, start: w.start, end: w.start + i}
	return ws
}
