package extract

import "strings"

// This file (tail10ya) widens the freight reports' ships of shipTaken to a
// part cargo and a relet in brackets: "Quarbin took Vell Star part cargo
// 52,000 tons dirty", "Lunmark took Tervane Skill (Quarbin relet) part
// cargo 60,000 tons".

// shipTakenPart reports whether a name stands between "took" and "part
// cargo" before a tonnage in tonnes or tons, maybe with a bracket between
// the name and "part": a ship chartered for a part of a cargo. A country
// or a name with a title is left, as by shipTaken.
func shipTakenPart(text string, m *mention) bool {
	if m.country >= 0 || m.Title != "" || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "took" {
		return false
	}
	w, e := nextWord(text, m.End)
	if strings.HasPrefix(w, "(") {
		k := strings.IndexByte(text[m.End:], ')')
		if k < 0 || k > 40 { // a relet's few words
			return false
		}
		w, e = nextWord(text, m.End+k+1)
	}
	if w != "part" {
		return false
	}
	if w, e = nextWord(text, e); w != "cargo" {
		return false
	}
	if w, e = nextWord(text, e); !tonnage.MatchString(w) {
		return false
	}
	unit, _ := nextWord(text, e)
	unit = strings.TrimRight(unit, ",.;")
	return unit == "tonnes" || unit == "tons"
}
