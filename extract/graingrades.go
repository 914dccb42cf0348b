package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// grainWords name a grain or an oilseed, or a class of wheat by its
// letters, in the price tables and crop reports of the wire: "Hard Amber
// Durum", "HRW HRS SRW", "Brly Oats Rye Soyb Sorg".
var grainWords = names.Set{"wheat": true, "corn": true, "durum": true, "soybean": true, "soybeans": true,
	"soyb": true, "oats": true, "barley": true, "brly": true, "rye": true, "sorghum": true, "sorg": true,
	"maize": true, "hrw": true, "hrs": true, "srw": true, "sww": true, "dns": true, "ns": true}

// loneGrains are the grain words that are a commodity, never a name, when
// a span holds nothing else: "Soybean", "SRW" (as are grains joined by a
// slash, "NS/DNS"). "Rye" is a town too, and
// "Oats" ends Quaker Oats.
var loneGrains = names.Set{"wheat": true, "corn": true, "durum": true, "soybean": true, "soybeans": true,
	"sorghum": true, "maize": true, "hrw": true, "hrs": true, "srw": true, "sww": true}

// grainGrades stand beside a grain in a table's line or heading: its grade
// and colour, the product made of it, the table's columns and the coasts
// it ships from: "Dark Northern Spring Wheat", "Soybean Oil", "Basis CBT
// Month Prev", "Wheat Pacific St.Lawr".
var grainGrades = names.Set{"hard": true, "amber": true, "red": true, "winter": true, "spring": true,
	"soft": true, "white": true, "dark": true, "northern": true, "yellow": true, "yel": true, "heavy": true,
	"hvy": true, "milling": true, "no1": true, "no2": true, "no3": true, "pl": true, "deliverable": true, "oil": true,
	"meal": true, "pellets": true, "bran": true, "salad": true, "cooking": true, "and": true, "crops": true,
	"under": true, "loan": true, "loans": true, "total": true, "basis": true, "cbt": true, "month": true,
	"prev": true, "today": true, "dlrs": true, "grain": true, "east": true, "coast": true, "pacific": true,
	"atlantic": true, "gulf": true, "stlawr": true, "i": true, "ii": true, "iii": true, "iv": true,
	"v": true, "vi": true}

// grainLine mends a span made of a grain table's words: grains, grades,
// columns, months, figures and letters ("Hard Amber Durum Milling M",
// "Crops Wheat Corn Soybeans Total Loans", "NS/DNS"). Such a span names
// nothing and is dropped; a known place among them, in one run, is the
// table's market or delivery point and is kept as a place ("Soybeans
// Toledo", "Minneapolis Wheat"). A span with any other word is left, as
// are spans with no grain word ("Corn Belt", "Maize Board" and "Quaker
// Oats Co" keep their own words); a line of three grains or more drops
// one word no table knows ("HRW HRS SRW SWW Durum Lou").
func (r *Resolver) grainLine(ws []word, typ Type) ([]word, Type, bool) {
	grains, first := 0, -1
	for i := range ws {
		if grainWord(ws[i].text) {
			grains++
			if first < 0 {
				first = i
			}
		}
	}
	if grains == 0 {
		return ws, typ, true
	}
	if len(ws) == 1 {
		w := ws[0].text
		return ws, typ, typ == Person || !loneGrains.Has(w) && strings.IndexByte(w, '/') < 0
	}
	lo, hi, others := -1, -1, 0
	for i := range ws {
		if tableLineWord(ws[i].text) {
			continue
		}
		others++
		if lo < 0 {
			lo = i
		}
		hi = i + 1
	}
	switch {
	case others == 0:
		return nil, typ, false
	case hi-lo == others && r.tablePlace(ws[lo:hi]):
		return ws[lo:hi], Location, true
	case grains >= 3 && others == 1:
		return nil, typ, false
	}
	return ws, typ, true
}

// tablePlace reports whether ws, the words of a grain line that are not the
// table's, name a country, a town or a place of the tables, and no common
// word: "Chicago" is the market of "Chicago Deliverable Corn", but the
// "Triangle" of "Maize Triangle" is a region's own word.
func (r *Resolver) tablePlace(ws []word) bool {
	name := joinWords(ws)
	k := names.Key(name)
	return (len(ws) > 1 || !ner.CommonWord(name)) && (r.t.Country(name, k) >= 0 || r.t.CityCountry[k] != "" || r.t.Places[k])
}

// grainWord reports whether w, or each part of it between slashes, is a
// grain word: "Wheat", "NS/DNS". A word with periods is an abbreviation
// ("H.R.S."), no wheat class.
func grainWord(w string) bool {
	if strings.IndexByte(w, '.') >= 0 {
		return false
	}
	for {
		p, rest, slash := strings.Cut(w, "/")
		if !grainWords.Has(p) {
			return false
		}
		if !slash {
			return true
		}
		w = rest
	}
}

// tableLineWord reports whether w, or each part of it between slashes, is
// a word of a grain table's line: a grain, a grade or column word, a
// month, a figure ("24.25N") or a single capital (a column's letter).
func tableLineWord(w string) bool {
	for _, p := range strings.Split(w, "/") {
		k := names.Key(p)
		switch {
		case grainWords[k] || grainGrades[k] || tradeMonths[k] || names.MonthAbbrev(k):
		case len(p) == 1 && p[0] >= 'A' && p[0] <= 'Z':
		case p != "" && p[0] >= '0' && p[0] <= '9':
		default:
			return false
		}
	}
	return true
}
