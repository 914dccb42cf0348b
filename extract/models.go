package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cue by which a name the recognizer typed as an
// organization is a product with a model number: "the Quarbin 4120
// series", "the Zorbit 2080 coaxial switch", "the Velle 700 and 900
// series of computers". A product is no node of the graph (MISC).

// modelNouns name the kind of a product after its model number.
var modelNouns = names.Set{"series": true, "workstation": true, "workstations": true, "computer": true,
	"computers": true, "minicomputer": true, "minicomputers": true, "microcomputer": true,
	"microcomputers": true, "mainframe": true, "mainframes": true, "model": true, "models": true,
	"system": true, "systems": true, "multiplexor": true, "multiplexer": true, "motherboard": true,
	"printer": true, "printers": true, "terminal": true, "terminals": true, "processor": true,
	"microprocessor": true, "chip": true, "chips": true, "drive": true, "drives": true, "laptop": true,
	"notebook": true, "console": true, "airliner": true, "airliners": true, "aircraft": true, "jet": true,
	"jets": true, "engine": true, "engines": true, "switch": true}

// modelStops are the small words that end a noun phrase: "Group 4 and the
// security system" joins two phrases.
var modelStops = names.Set{"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "said": true,
	"is": true, "was": true, "has": true, "its": true, "their": true, "new": true}

// modelProduct reports whether a name typed as an organization (or as
// MISC, which an acronym's rule would make one: "the QX 3120 series") is a
// product by a model number after it, or ending it, and a kind of product
// ([modelNouns]) after the number, perhaps after a second number ("5000
// and 7000 series") or one or two lower-case modifiers ("4120 coaxial
// switch"). A name that ends in an organization's word is a firm's
// ("Quarbin Group 4 security systems"), and a year is no model number
// ("the Quarbin 1987 model year"). When the number stands outside the
// name, the article must write the name with a number after it every
// time: "its Quarbin 500 models ... Quarbin's sales" names the maker, and
// one mention made a product would take the maker's others with it.
func modelProduct(text string, m *mention) bool {
	if m.typ != Org && m.typ != Misc || len(m.words) == 0 {
		return false
	}
	i := m.End
	if !modelNumber(last(m.words)) {
		w, we := nextWord(text, m.End)
		if !modelNumber(w) || m.End >= len(text) || !lineGap(text, m.End) {
			return false
		}
		i = we
		if !everyTime(text, m.Name, func(end int) bool { n, _ := nextWord(text, end); return modelNumber(n) }) {
			return false // "Quarbin's sales" elsewhere: the maker's name
		}
	} else if i < len(text) && text[i] == '-' {
		_, i = nextWord(text, i) // "Mylex 386-A": the number's letter
	}
	if len(m.words) > 1 && orgWord(m.words[len(m.words)-2]) || len(m.words) == 1 && orgWord(m.words[0]) {
		return false
	}
	if orgWord(last(m.words)) {
		return false
	}
	w, we := nextWord(text, i)
	if w == "and" || w == "or" {
		if n, ne := nextWord(text, we); modelNumber(n) {
			w, we = nextWord(text, ne)
		}
	}
	for n := 0; n < 3; n++ {
		k := strings.TrimRight(w, ",.;:)")
		if k == "" || !isLowerASCII(k[0]) && (k[0] < '0' || k[0] > '9') {
			return false
		}
		if modelNouns[k] {
			return true
		}
		if k != w || modelStops[k] {
			return false
		}
		w, we = nextWord(text, we)
	}
	return false
}

// modelNumber reports whether w is a model number: two to five digits,
// perhaps with a hyphen and letters after them ("386-A"), that is no year
// (1900 to 2099) and no count of a thing ("610-site").
func modelNumber(w string) bool {
	digits := 0
	for digits < len(w) && w[digits] >= '0' && w[digits] <= '9' {
		digits++
	}
	if digits < 2 || digits > 5 {
		return false
	}
	if digits == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	rest := w[digits:]
	if rest == "" {
		return true
	}
	if rest[0] != '-' || len(rest) > 3 {
		return false
	}
	for i := 1; i < len(rest); i++ {
		if rest[i] < 'A' || rest[i] > 'Z' {
			return false
		}
	}
	return len(rest) > 1
}

// everyTime reports whether after, given the end of each time text
// writes name as a word of its own, holds every time.
func everyTime(text, name string, after func(end int) bool) bool {
	for _, e := range wholeWords(text, name) {
		if !after(e) {
			return false
		}
	}
	return true
}
