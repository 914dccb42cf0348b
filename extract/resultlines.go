package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds a results line, a headline that gives two teams and the
// score between them: "Tervane Rovers 3-2 Quarbin". A name there that the
// recognizer took for a person is the team's (ORG), as [fixtureLine] takes
// the names of a fixture list's "v" lines.

// resultLine reports whether a name the recognizer took for a person stands
// right before or after a score ("3-2") in a line of capitalized words,
// "of" and "and" and that one score, 80 bytes at most: "Lemmo of Vell 2-0
// Zorbit". A place the tables know and a country are left.
func resultLine(text string, m *mention) bool {
	if m.typ != Person || m.canon != "" || m.country >= 0 {
		return false
	}
	if w, _ := nextWord(text, m.End); !scoreWord(w) {
		if p, _ := prevWordFast(text, m.Start); !scoreWord(p) {
			return false // the usual case: no score beside the name
		}
	}
	const most = 80
	lo := max(0, m.Start-most)
	ls := strings.LastIndexByte(text[lo:m.Start], '\n') + 1 + lo
	le := strings.IndexByte(text[m.End:min(len(text), m.End+most)], '\n')
	if le < 0 {
		return false
	}
	le += m.End
	if le-ls > most || ls == lo && lo > 0 || names.Tables().KnownPlace(m.key) {
		return false
	}
	scores := 0
	for w := range strings.FieldsSeq(text[ls:le]) {
		switch {
		case scoreWord(w):
			scores++
		case w == "of" || w == "and" || upperWord(w) && !strings.ContainsAny(w, ",.;:!?()\""):
		default:
			return false
		}
	}
	return scores == 1
}

// scoreWord reports whether a word is a score, two numbers of one or two
// digits joined by a hyphen: "3-2", "27-27".
func scoreWord(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && len(a) <= 2 && len(b) <= 2 && strings.Trim(a, "0123456789") == "" &&
		strings.Trim(b, "0123456789") == ""
}
