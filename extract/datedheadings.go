package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14e) reads the heading of a market's report that ends in
// a dash and the day, "TERVANE EXCHANGES FIXING - APRIL 7", "LEMMORA VEG
// OILS MIDSESSION - APR 7": the recognizer glues the market's town to the
// goods and the hour after it, an open set of words that [reportHeading]'s
// kinds ("DAILY", "CASH") do not hold. The dash and the day say the line
// is a heading; the town is named, the words after it are none.

// headingMonths are the months, whole and cut, as the headings write them.
var headingMonths = names.Set{"JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true, "MAY": true,
	"JUNE": true, "JULY": true, "AUGUST": true, "SEPTEMBER": true, "OCTOBER": true, "NOVEMBER": true,
	"DECEMBER": true, "JAN": true, "FEB": true, "MAR": true, "APR": true, "JUN": true, "JUL": true, "AUG": true,
	"SEP": true, "SEPT": true, "OCT": true, "NOV": true, "DEC": true}

// datedHeading cuts a span of two words or more in capitals that opens a
// line to its first two words when they are a place the tables know
// ([Resolver.knownPlaceName]: "KANSAS CITY", not "Kansas"), else to its
// first word when it is a capital, a big city or a state
// ([names.Index.KnownPlace]); a country before the rest is left
// ("NORDLAND GOLD" may be a firm's). The line
// goes on in capitals, eight words at most, to a dash, a month of
// [headingMonths] and a number. A span whose first words are no known
// place ("BANK OF TERVANE SPOT RATE - APRIL 7") is left, and so is a line
// with a lower-case word before the dash.
func (r *Resolver) datedHeading(text string, ws []word) ([]word, bool) {
	n := len(ws)
	if n < 2 || !capsWord(ws[0].text) || !lineStart(text, ws[0].start) {
		return ws, false // the cheap first question: capitals at a line's start
	}
	end := ws[n-1].end
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	dash := strings.Index(text[end:le], " - ")
	if dash < 0 {
		return ws, false
	}
	dash += end
	head := text[ws[0].start:dash]
	if strings.IndexFunc(head, unicode.IsLower) >= 0 || len(strings.Fields(head)) > 8 {
		return ws, false
	}
	month, me := nextWord(text, dash+3)
	if day, _ := nextWord(text, me); !headingMonths[month] || day == "" || !allDigits(strings.TrimRight(day, ",.")) {
		return ws, false
	}
	if r.knownPlaceName(joinWords(ws[:2])) && n == 2 {
		return ws, false // "KANSAS CITY" whole: no cut
	}
	for c := min(2, n-1); c >= 1; c-- {
		name := joinWords(ws[:c])
		k := names.Key(name)
		if r.t.Country(name, k) >= 0 {
			return ws, false
		}
		if c == 2 && r.knownPlaceName(name) || c == 1 && r.t.KnownPlace(k) {
			return ws[:c], true
		}
	}
	return ws, false
}
