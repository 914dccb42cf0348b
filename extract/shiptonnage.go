package extract

import "strings"

// This file (tail14a) reads a ship's tonnage written before its name, as
// shipping news gives it: "the 40,100 dwt Quarbe Star", "the 12,500-tonne
// Lemmo". A firm, a person or a town has no tonnage; the name is a
// ship's, MISC, no entity. [shipBracket] reads the tonnage in brackets
// after the name, [shipTaken] a charter's cargo after it.

// tonnageUnits are the singular units of a ship's size that stand between
// the figure and the ship's name. The plurals are left out: "52,000
// tonnes Tervania" is a cargo and its port.
var tonnageUnits = map[string]bool{"dwt": true, "tonne": true, "ton": true, "grt": true}

// shipTonnage reports whether a name typed as an organization, a person or
// a place follows "the" (or "a", "its"), a tonnage figure and a singular
// unit ([tonnageUnits]), apart or joined by a hyphen ("the 9,000-dwt").
// A country, a canon's name or an agency is left alone.
func shipTonnage(text string, m *mention) bool {
	unit, us := prevWordFast(text, m.Start)
	if len(unit) < 3 || unit[len(unit)-1] != 't' && unit[len(unit)-1] != 'e' && unit[len(unit)-1] != 'n' {
		return false // the cheap first question: dwt, grt, tonne, ton
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.country >= 0 || m.canon != "" || m.agency >= 0 {
		return false
	}
	figure := ""
	if i := strings.LastIndexByte(unit, '-'); i > 0 {
		figure, unit = unit[:i], unit[i+1:]
	}
	if !tonnageUnits[unit] {
		return false
	}
	before := us
	if figure == "" {
		figure, before = prevWordFast(text, us)
	}
	if !tonnage.MatchString(figure) {
		return false
	}
	det, _ := prevWordFast(text, before)
	return det == "the" || det == "a" || det == "its" || det == "The"
}
