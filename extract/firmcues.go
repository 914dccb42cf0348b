package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds cues that make a firm of a name the recognizer took for
// a person or a place: the firm's own possessive "its" before the name of
// its unit ("its Quarbin subsidiaries"), an apposition that calls the name
// a business of another firm ("Zorbit General, a valued business of
// Lemmo"), and a firm's kind before a title and a possessive name
// ("drugmaker Dr Vell's fell").

// unitsAfterIts are the nouns after "its" and a name that make the name a
// firm's unit: "its Quarbin subsidiaries", "its Ann Vell division stores".
var unitsAfterIts = names.Set{"unit": true, "units": true, "subsidiary": true, "subsidiaries": true,
	"division": true, "divisions": true, "affiliate": true, "affiliates": true}

// firmOfIts reports whether a name taken for a person or a place stands
// between "its" (or "their", or a firm's possessive of [firmOwnerWords]:
// "the company's", "Zorbit Corp's") and a word of [unitsAfterIts]: a
// company's unit, "its Quarbin subsidiaries". A place the tables know ("its Texas
// unit") or a region is where the unit is, and a country or a known name
// is left alone.
func firmOfIts(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "its" && p != "their" && !firmOwnerWords[strings.ToLower(strings.Replace(p, "’", "'", 1))] {
		return false // tail13e: or a firm's possessive ([firmOwnerWords])
	}
	n, _ := nextWord(text, m.End)
	if !unitsAfterIts[strings.TrimRight(n, ",.;:")] {
		return false
	}
	t := names.Tables()
	return !t.KnownPlace(m.key) && !names.IsRegion(m.key) && !t.IsDemonym(m.key)
}

// businessHeads head an apposition that makes the name before it a firm:
// "Zorbit General, a valued business of Lemmo", "Zorbit, a wholly owned
// subsidiary of Lemmo".
var businessHeads = names.Set{"business": true, "unit": true, "subsidiary": true, "division": true,
	"affiliate": true}

// businessOf reports whether a name taken for a person or a place is
// followed by a comma, "a" or "an", one or two lower-case words and a word
// of [businessHeads] with "of": "Zorbit General, a valued business of
// Lemmo". [firmUnit] reads the apposition without the words between; a
// name after "of" or "in" is the town the unit is in ("a plant in
// Tervane, a unit of").
func businessOf(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 {
		return false
	}
	rest, ok := commaRest(text, m.End) // tail16e: or a comma at a line's end
	if !ok {
		return false
	}
	if names.Tables().KnownPlace(m.key) {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	town := unitTowns[strings.ToLower(p)]
	a, e := nextWord(rest, 0)
	if a != "a" && a != "an" {
		return false
	}
	for range 3 {
		w, we := nextWord(rest, e)
		if w == "" || !isLowerASCII(w[0]) {
			return false
		}
		if businessHeads[w] {
			// A town is no business: "an interest in Zorbit General, a
			// valued business of Lemmo".
			of, _ := nextWord(rest, we)
			return of == "of" && (!town || w == "business")
		}
		e = we
	}
	return false
}

// titledFirm reports whether a name taken for a person is a firm named
// after one by the words around it: a firm's kind ([firmKinds]) and a
// person's title before the name, and a possessive after it ("Tervane
// drugmaker Dr Vell's fell"): the firm of a person's name, "Dr Vell's".
func titledFirm(text string, m *mention) bool {
	if m.typ != Person || !possessiveAt(text, m.End) {
		return false
	}
	t, ts := prevWordFast(text, m.Start)
	if t = strings.TrimSuffix(t, "."); t != "Dr" && t != "Mr" && t != "Mrs" && t != "St" {
		return false
	}
	k, _ := prevWordFast(text, ts)
	return firmKinds[k]
}
