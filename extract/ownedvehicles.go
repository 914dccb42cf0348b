package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15t) reads a model's name between its owner's
// possessive and a vehicle: "its Tarvo sport/utility vehicle", "its
// Skarvo launch vehicle". [ownedNouns] leaves "vehicle" out: with no
// kind of machine before it, "their Quarbin vehicle" and "their Quarbin
// investment vehicle" name the firm through which they hold a stake.

// vehicleKinds are the lower-case words that make "vehicle" a machine's
// noun when they stand before it: "sport/utility vehicle", "launch
// vehicle", "four-wheel-drive vehicles".
var vehicleKinds = names.Set{"sport": true, "sports": true, "utility": true, "sport/utility": true,
	"sport-utility": true, "sports-utility": true, "launch": true, "four-wheel-drive": true, "off-road": true,
	"all-terrain": true, "recreational": true, "passenger": true, "armored": true, "armoured": true,
	"combat": true, "electric": true, "multi-purpose": true, "re-entry": true, "reentry": true}

// ownedVehicle reports whether a name typed as an organization or a
// person stands after an owner's possessive ([ownerBefore]) and before
// one or two words of [vehicleKinds] and "vehicle" or "vehicles", with
// no works or firm's word after them ([placeAfter]: "its Tarvo utility
// vehicle plant"), and may name a thing ([thingName]: no firm's word,
// place or car maker).
func ownedVehicle(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	w, we := nextWord(text, m.End)
	if !vehicleKinds[w] {
		return false // the usual case, decided at once
	}
	for n := 0; n < 2; n++ {
		w, we = nextWord(text, we)
		k := strings.TrimRight(w, ",.;:)")
		if k == "vehicle" || k == "vehicles" {
			return (k != w || !placeAfter(text, we)) && m.canon == "" && m.forced == "" && m.agency < 0 &&
				m.country < 0 && len(m.words) <= 4 && ownerBefore(text, m.Start) && thingName(m, m.words)
		}
		if k != w || !vehicleKinds[k] {
			return false
		}
	}
	return false
}
