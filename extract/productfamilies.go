package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14d) holds the cue by which a name the recognizer typed
// as an organization is a product line: an apposition that calls it a
// family, a line or a range of things, maybe after its acronym in
// brackets ("Zorbit Home Systems (ZHS), its new family of printers";
// "Quarbin Vell, a line of frozen soups"). The name may hold an
// organization's word ("Systems"): the apposition says what it is.

// familyHeads head an apposition that names a product line by the
// things in it, with "of" after them: "a family of printers".
var familyHeads = names.Set{"family": true, "line": true, "range": true, "series": true}

// familyOpeners begin such an apposition: "its new family of", "a line
// of". "The" is left out: "the family of the founder" is a person's.
var familyOpeners = names.Set{"its": true, "their": true, "a": true, "an": true}

// familyFirms are plural nouns for firms, places and people after "of",
// which make the name a group of them rather than a product line: "a
// family of companies", "a chain of stores", "a line of dealers".
var familyFirms = names.Set{"companies": true, "firms": true, "banks": true, "businesses": true, "stores": true,
	"shops": true, "funds": true, "hotels": true, "restaurants": true, "stations": true, "newspapers": true,
	"magazines": true, "units": true, "subsidiaries": true, "outlets": true, "dealers": true, "agencies": true,
	"insurers": true, "lenders": true, "brokers": true, "mills": true, "mines": true, "farms": true,
	"schools": true, "hospitals": true, "clinics": true, "carriers": true, "airlines": true, "people": true,
	"makers": true, "manufacturers": true, "producers": true, "retailers": true}

// productFamily reports whether a name typed as an organization, of four
// words or fewer with no settled identity, is followed (maybe after an
// acronym in brackets) by a comma and an apposition of [familyOpeners],
// up to three lower-case modifiers, a word of [familyHeads] and "of" and
// a lower-case plural, maybe after two lower-case modifiers, that is no
// word of [familyFirms]: "Zorbit Home
// Systems (ZHS), its new family of printers". A place, country or
// well-known name is none ([thingNameWords]).
func productFamily(text string, m *mention) bool {
	if m.typ != Org || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 4 || m.End >= len(text) {
		return false
	}
	end := pastBracketAcronym(text, m.End)
	rest, ok := strings.CutPrefix(text[end:], ", ")
	if !ok {
		return false
	}
	w, i := nextWord(rest, 0)
	if !familyOpeners[w] {
		return false
	}
	for n := 0; n < 4; n++ {
		w, i = nextWord(rest, i)
		if w == "" || !isLowerASCII(w[0]) {
			return false
		}
		if familyHeads[w] {
			break
		}
		if n == 3 {
			return false
		}
	}
	of, oe := nextWord(rest, i)
	if of != "of" {
		return false
	}
	for n := 0; n < 3; n++ { // "of pumps", "of frozen soups"
		w, we := nextWord(rest, oe)
		k := strings.TrimRight(w, ",.;:")
		if !isLowerASCIIWord(k) {
			return false
		}
		if len(k) > 2 && k[len(k)-1] == 's' {
			return !familyFirms[k] && thingNameWords(m, m.words)
		}
		if k != w {
			return false
		}
		oe = we
	}
	return false
}

// pastBracketAcronym returns the end of an acronym in brackets right
// after end (" (ZHS)"), or end when none is there.
func pastBracketAcronym(text string, end int) int {
	rest, ok := strings.CutPrefix(text[end:], " (")
	if !ok {
		return end
	}
	c := strings.IndexByte(rest, ')')
	if c < 2 || c > 8 || !names.IsAcronym(rest[:c]) {
		return end
	}
	return end + len(" (") + c + 1
}
