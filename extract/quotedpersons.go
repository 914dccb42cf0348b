package extract

import "strings"

// This file drops the names that a rates table's line makes of a
// currency's short name: "Yen 145.60/70 Aus Sch 12.82/83", "prem Dmk
// 71.42/52". The recognizer takes the letters before the quote for a
// person's name.

// quotedPerson reports whether a name taken for a person is followed, on
// its line, by a quote of a bid and an offer: a number with decimals, a
// slash and the offer's last digits ("12.82/83", "1.5930/40"). People are
// not quoted so; a known name is left alone.
func quotedPerson(text string, m *mention) bool {
	if m.typ != Person || m.canon != "" || m.End+5 > len(text) || !lineGap(text, m.End) {
		return false
	}
	w, _ := nextWord(text, m.End)
	return bidOfferQuote(w)
}

// bidOfferQuote reports whether w is a bid and an offer written as a
// rates table writes them: digits, a point, digits, a slash and digits
// ("12.82/83", "6.8825/75", "145.60/70").
func bidOfferQuote(w string) bool {
	bid, offer, ok := strings.Cut(w, "/")
	if !ok || !allDigits(offer) || len(offer) > 4 {
		return false
	}
	whole, frac, ok := strings.Cut(bid, ".")
	return ok && allDigits(whole) && allDigits(frac)
}
