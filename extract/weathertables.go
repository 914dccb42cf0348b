package extract

import (
	"regexp"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file types as places the towns of a weather table, which Reuters
// writes in capitals with the day's highest and lowest temperatures after
// them ("TERVANE 58 38", "QUARBIN FLS n/a"). The recognizer takes
// some of them for firms or people.

// temperaturesAfter reads the one or two temperatures after a town's name
// on its line: " 58 38", " n/a", " -4 -12".
var temperaturesAfter = regexp.MustCompile(`^ +(?:-?\d{1,3}|n/a)(?: +(?:-?\d{1,3}|n/a))?(?: |\n|$)`)

// weatherTown reports whether a name the recognizer took for a firm or a
// person is a town's in a weather table: written in capitals on one line,
// with a temperature after it (the cleaned text keeps one space between
// columns), in an article that gives temperatures ("HIGHEST TEMPERATURE
// YESTERDAY"). A known name is left alone.
func weatherTown(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" || m.country >= 0 || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	after := strings.TrimLeft(text[m.End:min(len(text), m.End+40)], " ")
	if after == "" || (after[0] < '0' || after[0] > '9') && after[0] != '-' && after[0] != 'n' {
		return false // no number after the name: the usual case, read without the pattern
	}
	name := text[m.Start:m.End]
	if strings.IndexByte(name, '\n') >= 0 || !names.IsUpperWord(name) || !temperaturesAfter.MatchString(text[m.End:min(len(text), m.End+40)]) {
		return false
	}
	return strings.Contains(text, "TEMPERATURE")
}
