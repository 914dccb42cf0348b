package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// gadgetMakers make consumer electronics, computers, software or robots:
// their possessive before a name makes it a product of theirs, "Sony's
// PlayStation Portable", "Apple's Safari", "Honda's Asimo". Makers whose
// name is also a newspaper's or a common word ("Sun", "Palm", "Sharp")
// and makers that own named firms as often as products ("Kodak", "BT")
// are left out.
var gadgetMakers = names.Set{"sony": true, "microsoft": true, "apple": true, "nintendo": true,
	"samsung": true, "sega": true, "nokia": true, "motorola": true, "toshiba": true, "panasonic": true,
	"philips": true, "canon": true, "nikon": true, "ibm": true, "hp": true, "dell": true, "intel": true,
	"google": true, "honda": true, "hitachi": true}

// makerUnitWords name a maker's unit, not a product: "Sony's Quarbin
// Laboratories", "Lunmark's Tervane Research Centre".
var makerUnitWords = names.Set{"laboratory": true, "laboratories": true, "lab": true, "labs": true,
	"research": true, "studios": true, "studio": true, "centre": true, "center": true, "entertainment": true}

// makerProduct reports whether a name typed as an organization or a place
// is a maker's product by the maker's possessive right before it: "Sony's
// Quarbin Portable", "Lunmark's Tervane 2" with Lunmark a maker of
// [gadgetMakers]. A name with a word of an organization ("Sony's Quarbin
// Laboratories") or a maker's name in it ("Sony's Sony Pictures"), and a
// name a unit's noun follows within two words ("Microsoft's Quarbin
// internet division"), or a firm's act ("Microsoft's Quarbin has
// introduced"), are the maker's units, left alone.
func makerProduct(text string, m *mention) bool {
	if m.typ != Org && m.typ != Location || m.Title != "" {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	if !possessiveEnd(p) || !gadgetMakers[names.Key(strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "’s"))] {
		return false
	}
	for _, w := range m.words {
		if orgWord(w) || gadgetMakers[w] || makerUnitWords[w] {
			return false
		}
	}
	w, i := nextWord(text, m.End)
	if unitNouns[strings.TrimRight(w, ",.;:")] || firmActs[w] {
		return false
	}
	w2, _ := nextWord(text, i)
	return !unitNouns[strings.TrimRight(w2, ",.;:")] && !(auxiliaries[w] && firmActs[w2])
}

// firmActs are a firm's acts, after the name or after an auxiliary:
// "Microsoft's Quarbin has introduced a blog", "Sony's Lunmark said". A
// product is launched, it launches nothing.
var firmActs = names.Set{"said": true, "says": true, "announced": true, "introduced": true,
	"launched": true, "reported": true, "posted": true, "agreed": true, "bought": true, "sold": true,
	"told": true, "hired": true, "signed": true}

// auxiliaries come between a subject and its verb: "has introduced",
// "will launch".
var auxiliaries = names.Set{"has": true, "have": true, "had": true, "is": true, "was": true,
	"will": true, "would": true}
