package extract

import "strings"

// This file (tail14l) holds the cue by which a name after an owner's
// "its" or "their" and before "line" is a line of products (MISC): "its
// Zorbit line of pumps", "as part of its Quarbin line throughout Ohio". A
// programme's line is a line of credit ("its Lemmo Export Program line to
// Tervane") and is left.

// ownedLine reports whether a name typed as an organization, of four
// words or fewer that may name a thing ([thingName]) and do not end in
// "program" or "programme", stands right after "its" or "their" and
// before "line" and then "of" and a lower-case word, "throughout", or a
// mark.
func ownedLine(text string, m *mention) bool {
	if m.typ != Org || m.End >= len(text) || !asciiSpace(text[m.End]) {
		return false
	}
	w, we := nextWord(text, m.End)
	if w != "line" && w != "line," && w != "line." {
		return false // the usual case, decided at once
	}
	if p, _ := prevWordFast(text, m.Start); p != "its" && p != "their" {
		return false
	}
	n := len(m.words)
	if n == 0 || n > 4 || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		m.words[n-1] == "program" || m.words[n-1] == "programme" || !thingName(m, m.words) {
		return false
	}
	if w != "line" {
		return true
	}
	x, xe := nextWord(text, we)
	if x == "of" {
		y, _ := nextWord(text, xe)
		return y != "" && isLowerASCII(y[0])
	}
	return x == "throughout" || strings.HasPrefix(x, ";")
}
