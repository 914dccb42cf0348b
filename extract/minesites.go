package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cues by which a name the recognizer typed as a
// person or an organization is a mine, a mining property or a housing
// site, a place (the family of facilities.go): "the Skarvo gold mine",
// "the Lunmark property", "the Velle Bay 400-lot retirement community",
// and a reserve of oil named for its place, "the Tor Hills Naval
// Petroleum Reserve".

// mineNouns after a name make it a mine or a mining property: "the
// Skarvo mine", "the Lunmark copper deposit".
var mineNouns = names.Set{"mine": true, "mines": true, "property": true, "deposit": true, "deposits": true,
	"prospect": true, "orebody": true}

// estateSites after a count of lots make a name a housing site: "the Velle
// Bay 400-lot retirement community".
var estateSites = names.Set{"community": true, "development": true, "subdivision": true, "park": true}

// mineSite reports whether a name typed as a person or an organization is
// a mine or a site by the noun after it ([mineNouns]), perhaps after one
// or two lower-case modifiers ("the Skarvo open-pit gold mine"), or by a
// word of [estateSites] after a count of lots or sites ("610-site",
// "400-lot") and at most one modifier. An article, "its" or a possessive
// comes before the name ([siteDeterminer]), the name could be a site's
// ([siteName]), and every other time the article writes the name a site's
// noun follows it too: a firm that owns the mine is named alone ("the
// Halvex mine ... Halvex said" is the owner's). A bank's name is left,
// and a modifier of time ends the phrase: "the BankOhio long-term deposit
// rating" is about money.
func mineSite(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.End >= len(text) || !lineGap(text, m.End) || strings.Contains(m.key, "bank") {
		return false
	}
	if !siteAfter(text, m.End) || !siteName(m) || !siteDeterminer(text, m.Start) {
		return false
	}
	return everyTime(text, m.Name, func(end int) bool { return siteAfter(text, end) })
}

// siteAfter reports whether the words after end make the name before it
// a mine or a housing site (see [mineSite]); a capitalized noun counts
// ("Skarvo Mine" where the recognizer left the noun out).
func siteAfter(text string, end int) bool {
	counted := false
	w, we := nextWord(text, end)
	for n := 0; n < 3; n++ {
		t := strings.TrimRight(w, ",.;:)")
		k := strings.ToLower(t)
		switch {
		case k == "":
			return false
		case mineNouns[k]:
			return true
		case estateSites[k]:
			return counted
		case t != w: // the phrase ends
			return false
		case lotCount(k):
			counted = true
		case t != k || !isLowerASCII(k[0]) || modelStops[k] || strings.HasSuffix(k, "-term"):
			return false
		}
		w, we = nextWord(text, we)
	}
	return false
}

// lotCount reports whether a folded word counts lots or sites: "610-site",
// "400-lot", "1,200-unit".
func lotCount(k string) bool {
	n, kind, ok := strings.Cut(k, "-")
	if !ok || n == "" || strings.Trim(n, "0123456789,") != "" {
		return false
	}
	return kind == "site" || kind == "lot" || kind == "unit" || kind == "home" || kind == "acre"
}

// petroleumReserve reports whether a name is a reserve of oil named for
// its place: "Tor Hills Naval Petroleum Reserve", not the "Strategic
// Petroleum Reserve", a stock.
func petroleumReserve(m *mention) bool {
	n := len(m.words)
	return n >= 4 && m.words[n-3] == "naval" && m.words[n-2] == "petroleum" && m.words[n-1] == "reserve"
}
