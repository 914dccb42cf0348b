package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail16m) reads a market's town glued to the good it trades
// in a market report's heading: "ELKTON COCOA", "NY COTTON 10:30",
// "ELKTON Cocoa differentials". The town alone is meant, as
// [Resolver.townStocks] reads "ELKTON STOCKS"; [Resolver.marketDesk]
// reads the town when the recognizer left the good out of its span.

// marketGoods are the goods of the wire's market headings that no
// other table rule reads: softs, livestock and grain as a whole. The
// grains by name are [Resolver.grainLine]'s; metals are left out, as a
// mining firm is often named by its place and its metal ("Quarbin Gold").
var marketGoods = names.Set{"cocoa": true, "coffee": true, "cotton": true, "sugar": true, "rubber": true,
	"grain": true, "pork": true, "hogs": true, "cattle": true}

// townGood reports whether a span is a market's town and its good
// ([marketGoods]) as a heading writes them: a first word in capitals, a
// known place or a state's abbreviation ("NY", "N.Y.") before the good,
// and the good last. A name written in the case of a sentence ("Tervane
// Grain, based in Elkton") is a firm's and is left, as is a name with
// any other word ("ELKTON COTTON EXCHANGE"), and a heading's name that the
// article writes as a name elsewhere ("ELKTON SUGAR SAYS" over "Elkton
// Sugar Mills Ltd said"): a firm named after its town and its good.
func (r *Resolver) townGood(text string, ws []word, typ Type) bool {
	n := len(ws)
	if n < 2 || typ == Person || !capsWord(ws[0].text) || !marketGoods[names.Key(ws[n-1].text)] {
		return false
	}
	name := joinWords(ws[:n-1])
	if _, state := names.StateAbbrevs[names.Key(name)]; !state && !r.knownPlaceName(name) {
		return false
	}
	return !strings.Contains(text, nameCase(ws))
}

// nameCase writes words as a sentence writes a name: each word's first
// letter a capital, the rest small ("ELKTON SUGAR" is "Elkton Sugar"); an
// abbreviation with periods as written ("N.Y. SUGAR" is "N.Y. Sugar").
func nameCase(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		abbr := strings.IndexByte(w.text, '.') >= 0
		for j, c := range w.text {
			if j == 0 || abbr {
				b.WriteRune(unicode.ToUpper(c))
			} else {
				b.WriteRune(unicode.ToLower(c))
			}
		}
	}
	return b.String()
}
