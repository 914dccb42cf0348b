package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11o) mends the spans that price and weather tables make
// of a period written as months or days joined by slashes: "Elkton
// Apr/May 129.50", "Oct/Nov Lower Quarbin", "Fair/mild Thu/Fri", and of
// the heads of a table's columns joined so: "VOL/OPEN INTEREST", "(BANKS
// BID/ASK)". The period and the heads are no name, nor a part of one.

// periodDays are the days of the week, folded, as tables shorten them.
var periodDays = names.Set{"mon": true, "tue": true, "tues": true, "wed": true, "thu": true,
	"thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}

// periodMonths are the shortenings of months the wire's tables use beside
// [tradeMonths]: "Mch/Apl", "Apl/Jne".
var periodMonths = names.Set{"mch": true, "apl": true, "jne": true}

// slashPeriod reports whether w is two months or more, or two days or
// more, joined by slashes: "Apr/May", "APR/MAY/JUNE", "Thu/Fri". The cheap
// test, a slash in the word, goes first.
func slashPeriod(w string) bool {
	if strings.IndexByte(w, '/') <= 0 {
		return false
	}
	months, days := 0, 0
	for part := range strings.SplitSeq(w, "/") {
		k := strings.ToLower(part)
		switch {
		case tradeMonths[k] || periodMonths[k]:
			months++
		case periodDays[k]:
			days++
		default:
			return false
		}
	}
	return months >= 2 && days == 0 || days >= 2 && months == 0
}

// periodCut returns the words of ws left when one of them is a period of
// [slashPeriod] or two heads of [columnPair]: the words before it when the tables know them as a place,
// typed a place ("La Pallice Apr/May" -> "La Pallice"), and false when
// nothing of the span names anything. found is
// false when no word of ws is such a period.
func (r *Resolver) periodCut(ws []word) (out []word, found, ok bool) {
	i := -1
	for j := range ws {
		if slashPeriod(ws[j].text) || columnPair(ws[j].text) {
			i = j
			break
		}
	}
	if i < 0 {
		return ws, false, true
	}
	if i > 0 && r.knownPlaceName(joinWords(ws[:i])) {
		return ws[:i], true, true
	}
	return nil, true, false
}

// columnHeads are the heads of a market table's columns, folded.
var columnHeads = names.Set{"vol": true, "volume": true, "open": true, "bid": true, "bids": true,
	"ask": true, "asked": true, "offer": true, "offered": true, "high": true, "low": true,
	"close": true, "chg": true, "change": true}

// columnPair reports whether w is two heads of a table's columns or more
// joined by slashes: "VOL/OPEN", "Bid/Ask".
func columnPair(w string) bool {
	if strings.IndexByte(w, '/') <= 0 {
		return false
	}
	n := 0
	for part := range strings.SplitSeq(w, "/") {
		if !columnHeads[strings.ToLower(part)] {
			return false
		}
		n++
	}
	return n >= 2
}
