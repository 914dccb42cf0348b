package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
)

// squadClub reports whether a mention typed an organization is a town's
// name in brackets after a player's in a squad list, "M Vell (Edinburgh),
// K Ardo (Glasgow), P Serre (Leeds)": the town's club, which
// clubsInSquads types so. Two rules of the tables took such a club back
// into its town's node: applyTables makes a place of a capital or a big
// city whatever the recognizer said, and townOrClub of a town that names a
// club in a story that reads as no football or rugby report (a squad's
// story may name too few of its words). The evidence, read from the
// text: "(" right before the name, ")" (or ", capt)") right after it and
// then a comma, a semicolon, a full stop or the line's end, and two
// bracketed names or more on the line followed by a comma or a semicolon
// (three players or more).
func squadClub(text string, m *mention) bool {
	if m.typ != Org || m.Start < 1 || text[m.Start-1] != '(' {
		return false
	}
	rest := strings.TrimPrefix(text[m.End:], ", capt")
	if rest == "" || rest[0] != ')' {
		return false
	}
	if len(rest) > 1 && !strings.ContainsRune(",;.\n", rune(rest[1])) {
		return false
	}
	start := strings.LastIndexByte(text[:m.Start], '\n') + 1
	end := len(text)
	if i := strings.IndexByte(text[m.End:], '\n'); i >= 0 {
		end = m.End + i
	}
	line := text[start:end]
	return strings.Count(line, "), ")+strings.Count(line, "); ") >= 2
}

// squadSpan reports whether sp stands in brackets in a squad list of its
// sentence, as clubsInSquads reads one: "(" right before it, ")" right
// after it and then a comma, a semicolon, a full stop or the sentence's
// end, and three bracketed names or more so ended in the sentence. Such a
// town after a player is his club, not his home town as a referee's
// ("Referee: Ann Vell (Leeds)", townAfterPerson).
func squadSpan(toks []text.Token, sp Span) bool {
	if sp.Start < 1 || sp.End >= len(toks) || toks[sp.Start-1].Text != "(" || !bracketEnd(toks, sp.End) {
		return false
	}
	n := 0
	for j := range toks {
		if bracketEnd(toks, j) {
			n++
		}
	}
	return n >= 3
}

// bracketEnd reports whether toks[j] is a ")" followed by a comma, a
// semicolon, a full stop or nothing.
func bracketEnd(toks []text.Token, j int) bool {
	if j >= len(toks) || toks[j].Text != ")" {
		return false
	}
	return j+1 == len(toks) || strings.Contains(",;.", toks[j+1].Text)
}
