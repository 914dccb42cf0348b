package extract

import "strings"

// This file holds a firm's cue that only a share can give: a price in
// eighths after the name, as market reports quote shares ("Zorbit rose 1/4
// to 16-1/2", "Quarbin at 99-1/4"). A person or a place has no share
// price; the recognizer takes short firms' names for either.

// sharePriceAfter reports whether a name taken for a person or a place is
// followed, within at most three lower-case words and one move in
// fractions ("edged down 1/8"), by "to" or "at" and a price written in
// eighths ("24-7/8", "16-1/2"). A known name, a country and a place the
// tables know are left to their tables (the caller checks the places).
func sharePriceAfter(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 || m.End+6 > len(text) || !lineGap(text, m.End) {
		return false
	}
	e := m.End
	for range 5 {
		w, we := nextWord(text, e)
		switch {
		case w == "to" || w == "at":
			p, _ := nextWord(text, we)
			return eighthsPrice(strings.TrimRight(p, ",.;:)"))
		case w == "" || !isLowerASCII(w[0]) && !fractionWord(w):
			return false
		}
		e = we
	}
	return false
}

// eighthsPrice reports whether w is a share price in whole units and
// eighths, sixteenths or halves and quarters: "16-1/2", "165-3/4",
// "24-7/8", "9-15/16".
func eighthsPrice(w string) bool {
	whole, frac, ok := strings.Cut(w, "-")
	return ok && len(whole) >= 1 && len(whole) <= 4 && allDigits(whole) && fractionWord(frac)
}

// fractionWord reports whether w is a fraction of a share's price: "1/8",
// "3/4", "15/16", "1/32".
func fractionWord(w string) bool {
	num, den, ok := strings.Cut(w, "/")
	if !ok || len(num) == 0 || len(num) > 2 || !allDigits(num) {
		return false
	}
	switch den {
	case "2", "4", "8", "16", "32":
		return true
	}
	return false
}
