package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17q) holds a firm's cue of the market reports that quote
// shares in decimals, as the Australian, Hong Kong and South African
// reports do: a move verb, the move in cents and the price after the name
// ("Quarbin added 30 to 6.40", "Lemmo Vell eased 15 cents at 12.85",
// "Zorbit closed 20 up at 3.10"). A person or a place has no such price;
// the recognizer takes short firms' names for either. [sharePriceAfter]
// reads the prices in eighths.

// marketMoveVerbs are the verbs of a share's move in a market report.
var marketMoveVerbs = names.Set{"added": true, "eased": true, "gained": true, "rose": true, "fell": true,
	"closed": true, "shed": true, "lost": true, "firmed": true, "dropped": true, "slipped": true,
	"climbed": true, "jumped": true, "advanced": true, "declined": true, "ended": true, "finished": true,
	"improved": true, "softened": true}

// moveUnits may follow the move's number: "eased 15 cents at 12.85".
var moveUnits = names.Set{"cents": true, "cent": true, "c": true}

// moveSides may follow the move (and its unit): "closed 20 up at 3.10".
var moveSides = names.Set{"up": true, "down": true, "higher": true, "lower": true, "off": true,
	"firmer": true, "easier": true}

// decimalMoveFirm reports whether a name taken for a person or a place is
// followed by one of [marketMoveVerbs], a move of one to four digits, maybe
// "cents" and a side ("up", "lower"), and "to" or "at" before a price in
// decimals with two places ("6.40"). A known name and a country are left
// alone (the caller leaves the places the tables know). A person's score
// ("Ann Vell finished 12th at 3.10"), a clock ("rose 2 at 6.30 am" has no
// price's form past the time) and a bare number after "to" ("added 30 to
// 640") are no price.
func decimalMoveFirm(text string, m *mention) bool {
	if m.End+12 > len(text) || !lineGap(text, m.End) || !isLowerASCII(text[m.End+1]) {
		return false // the cheap first question: a lower-case word after the name
	}
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 {
		return false
	}
	v, e := nextWord(text, m.End)
	if !marketMoveVerbs[v] {
		return false
	}
	n, e := nextWord(text, e)
	if len(n) > 4 || !allDigits(n) {
		return false
	}
	w, e := nextWord(text, e)
	if moveUnits[w] {
		w, e = nextWord(text, e)
	}
	if moveSides[w] {
		w, e = nextWord(text, e)
	}
	if w != "to" && w != "at" {
		return false
	}
	p, e := nextWord(text, e)
	if strings.HasSuffix(p, ".") || strings.HasSuffix(p, ",") || strings.HasSuffix(p, ";") {
		p = p[:len(p)-1]
	}
	if !decimalPrice(p) {
		return false
	}
	u, _ := nextWord(text, e)
	u = strings.ToLower(strings.TrimRight(u, ".,;"))
	return u != "am" && u != "pm" && u != "a.m" && u != "p.m" && u != "gmt" && u != "hours" && u != "seconds" && u != "secs"
}

// decimalPrice reports whether w is a price of one to four whole digits and
// two decimals: "6.40", "12.85", "105.50".
func decimalPrice(w string) bool {
	whole, frac, ok := strings.Cut(w, ".")
	return ok && len(whole) >= 1 && len(whole) <= 4 && allDigits(whole) && len(frac) == 2 && allDigits(frac)
}
