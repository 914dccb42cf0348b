package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yc) drops a stock's ticker that Reuters writes in
// brackets after a firm's full name: "Tervane Corp (TVX)", "Quarbin Bank
// NA (QBI)". An abbreviation the firm is known by stands there too
// ("Tervane Export Credit Corp (TECC)"); its letters open the name's
// words, a ticker's do not.

// tickerInBrackets reports whether a name of two to five capital letters
// stands in round brackets right after words that end in a company suffix
// ([names.CorpSuffixes], or "NA" of a bank), begins with the first of
// those words' letter, and is no abbreviation of them
// ([abbreviates], [initialsAnyOrder]), and the article writes it
// nowhere else. Angle brackets are left: a ticker there ("Quarbin Fund
// Inc <FRN>") stays a name, as TestFinanceTerm has it.
func tickerInBrackets(text string, m *mention) bool {
	if m.Start < 2 || text[m.Start-1] != '(' || m.End >= len(text) || text[m.End] != ')' {
		return false // the usual case, decided at once
	}
	if n := len(m.Name); n < 2 || n > 5 || strings.IndexFunc(m.Name, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	ws := firmWordsBefore(text, m.Start-1)
	if len(ws) < 2 || ws[0][0] != m.Name[0] {
		return false
	}
	if abbreviates(m.Name, ws) || initialsAnyOrder(m.Name, ws) {
		return false
	}
	return onceInText(text, m.Name) // an abbreviation is used again
}

// initialsAnyOrder reports whether every letter of ac is the initial of a
// word of ws, each word giving one: "TQIC" of "Tervane Investment and
// Quarbin Corp", whose abbreviation keeps another order.
func initialsAnyOrder(ac string, ws []string) bool {
	left := []byte(ac)
	for _, w := range ws {
		if i := strings.IndexByte(string(left), w[0]); i >= 0 && upperWord(w) {
			left = append(left[:i], left[i+1:]...)
		}
	}
	return len(left) == 0
}

// onceInText reports whether name stands in text as a whole word only
// once.
func onceInText(text, name string) bool {
	n := 0
	for range wholeWords(text, name) {
		n++
	}
	return n == 1
}

// firmWordsBefore returns the words of a firm's name that end right
// before i (after spaces), up to eight, when the last is a company
// suffix: capitalized words, and "and", "of", "de" between them, back to
// another company suffix.
func firmWordsBefore(text string, i int) []string {
	last, at := prevWordFast(text, i)
	if k := strings.ToLower(strings.TrimSuffix(last, ".")); !names.CorpSuffixes[k] && last != "NA" {
		return nil
	}
	ws := []string{last}
	for len(ws) < 8 {
		w, s := prevWordFast(text, at)
		if w == "" || !upperWord(w) && w != "and" && w != "of" && w != "de" || strings.ContainsAny(w, ",.;:()\"") && len(w) > 2 {
			break
		}
		if names.CorpSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))] {
			break // the end of another firm's name: "Tervane Co and Quarbin NA"
		}
		ws, at = append(ws, w), s
	}
	for len(ws) > 0 && !upperWord(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1] // a small word opens no name
	}
	for l, r := 0, len(ws)-1; l < r; l, r = l+1, r-1 {
		ws[l], ws[r] = ws[r], ws[l]
	}
	return ws
}

// abbreviates reports whether the letters of ac can be read, in order,
// as the opening letters of words ws, each word giving none or a prefix
// of itself (hyphens part words): "HQCO" of "Harl Quarbin Company".
func abbreviates(ac string, ws []string) bool {
	var parts []string
	for _, w := range ws {
		parts = append(parts, strings.FieldsFunc(strings.ToUpper(w), func(r rune) bool { return r == '-' || r == '.' })...)
	}
	return abbrevFrom(ac, parts)
}

// abbrevFrom reports whether ac is read from parts as [abbreviates]
// says.
func abbrevFrom(ac string, parts []string) bool {
	if ac == "" {
		return true
	}
	if len(parts) == 0 {
		return false
	}
	p := parts[0]
	for n := 1; n <= len(p) && n <= len(ac) && p[n-1] == ac[n-1]; n++ {
		if abbrevFrom(ac[n:], parts[1:]) {
			return true
		}
	}
	return abbrevFrom(ac, parts[1:])
}
