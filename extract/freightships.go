package extract

import (
	"regexp"
	"strings"
)

// This file types as ships the names in Reuters' freight reports, where a
// charterer "took" a ship for a cargo of so many tonnes: "Quarbin took
// Vell Star 52,000 tonnes U.S. Gulf to Japan". The recognizer takes the
// ships for people, firms or places.

// tonnage is a cargo's weight in thousands, written with commas: "52,000".
var tonnage = regexp.MustCompile(`^\d{1,3}(?:,\d{3})+$`)

// shipTaken reports whether a name stands between "took" and a tonnage in
// tonnes or tons: a ship chartered for a cargo. A country, or a name with
// a title, is left ("took Japan 52,000 tonnes" would be a buyer).
func shipTaken(text string, m *mention) bool {
	if m.country >= 0 || m.Title != "" || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "took" {
		return false
	}
	w, e := nextWord(text, m.End)
	if !tonnage.MatchString(w) {
		return false
	}
	unit, _ := nextWord(text, e)
	unit = strings.TrimRight(unit, ",.;")
	return unit == "tonnes" || unit == "tons"
}
