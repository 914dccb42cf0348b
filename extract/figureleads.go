package extract

import "strings"

// This file (tail12m) cuts a figure off the front of a name: a price's
// fraction that a table's row glued to the next row's name ("up 1-1/4
// Tervane Inc 3,166,200"), a size or a speed with its unit ("a 2.4Mbps.
// Quarbin line", "4GHz Lemmo") and a count before a hyphen and a noun
// ("the 21-member Tervane Union"). None of them is ever a word of a name;
// a bare number is left, for firms are named by numbers ("215 Quarbin
// Co", "3Tervane").

// leadUnits are the units a figure's word may end in.
var leadUnits = [...]string{"mbps", "kbps", "gbps", "ghz", "mhz", "khz", "kb", "mb", "gb", "tb", "km", "mm", "cm", "kg"}

// cutFigureLead cuts the first word of a name of two words or more when
// it is a figure ([figureWord]) and the next word is capitalized.
func cutFigureLead(ws []word) []word {
	if len(ws) < 2 || ws[0].text == "" || ws[0].text[0] < '0' || ws[0].text[0] > '9' {
		return ws // the usual case: a name opens on a letter
	}
	if !figureWord(ws[0].text) || !upperWord(ws[1].text) {
		return ws
	}
	return ws[1:]
}

// figureWord reports whether w is a fraction ("1-1/4", "5/8"), a number
// with a unit ("2.4Mbps.", "4GHz") or a number, a hyphen and a lower-case
// noun ("21-member").
func figureWord(w string) bool {
	i := digitsEnd(w, 0)
	if i == 0 {
		return false
	}
	rest := w[i:]
	// "1-1/4": a whole number and a fraction.
	if r, ok := strings.CutPrefix(rest, "-"); ok && r != "" && r[0] >= '0' && r[0] <= '9' {
		j := digitsEnd(r, 0)
		if r[j:] == "" || r[j] != '/' {
			return false
		}
		rest = r[j:]
	}
	if r, ok := strings.CutPrefix(rest, "/"); ok {
		return r != "" && digitsEnd(r, 0) == len(r)
	}
	// "2.4Mbps.": a decimal and a unit.
	if r, ok := strings.CutPrefix(rest, "."); ok && r != "" && r[0] >= '0' && r[0] <= '9' {
		rest = r[digitsEnd(r, 0):]
	}
	if r, ok := strings.CutPrefix(rest, "-"); ok {
		return len(r) > 2 && strings.ToLower(r) == r && strings.IndexFunc(r, func(c rune) bool { return c < 'a' || c > 'z' }) < 0
	}
	u := strings.ToLower(strings.TrimSuffix(rest, "."))
	for _, f := range leadUnits {
		if u == f {
			return true
		}
	}
	return false
}

// digitsEnd returns the index of the first byte of w at or after i that
// is no ASCII digit.
func digitsEnd(w string, i int) int {
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i
}
