package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12n) splits an organization span at a lower-case
// "or" between two names: "the Tervane Fund or Quarbin Fund", "the Vell
// Society or Orme Commission" name two bodies, either of which the writer
// leaves open. A name that holds "or" ("Trick or Treat Ltd", a programme's
// "Friend or Foe") is kept when the tables know it or when the writer
// spells its acronym after it in parentheses, which joins the words.

// orCut splits the words of an organization span at the first "or"
// between two capitalized words, and returns no rest when the span is no
// such pair.
func orCut(text string, ws []word) (first, rest []word) {
	if len(ws) < 3 {
		return ws, nil
	}
	i := 1
	for i < len(ws)-1 && ws[i].text != "or" {
		i++
	}
	if i == len(ws)-1 || !names.IsCapitalized(ws[i-1].text) || !names.IsCapitalized(ws[i+1].text) {
		return ws, nil
	}
	if _, known := names.Known(joinWords(ws)); known || acronymAfter(text, ws[len(ws)-1].end) {
		return ws, nil
	}
	return ws[:i], ws[i+1:]
}

// acronymAfter reports whether an acronym in parentheses follows offset
// end of text: " (SIFF)".
func acronymAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+16)], " ")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	j := strings.IndexByte(rest, ')')
	return j > 1 && names.IsAcronym(rest[1:j])
}
