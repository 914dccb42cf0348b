package extract

import (
	"slices"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// unitOwnerHeads are the last words of a body's name that may begin the
// name of one of its units: "Tervane University" of "Tervane University
// Library Services", "Tervane Parliament" of "Tervane Parliament Rules Committee".
// A firm's ("Bank", "Group") is left: its longer names are often its own.
var unitOwnerHeads = names.Set{"university": true, "college": true, "house": true, "chamber": true,
	"council": true, "parliament": true, "assembly": true, "senate": true, "congress": true,
	"ministry": true, "institute": true, "academy": true, "party": true}

// unitTails are the last words of a unit's, a committee's or an office's
// name: a body's name followed by words that end in one of them names a
// part of the body ("Library Services", "Steering Committee").
var unitTails = names.Set{"committee": true, "subcommittee": true, "commission": true, "board": true,
	"services": true, "library": true, "office": true, "press": true, "hospital": true,
	"secretariat": true, "directorate": true, "caucus": true}

// bodyUnitApart reports whether gw, the words of a body's name ending in
// one of [unitOwnerHeads], begins fw, a longer name whose last word is one
// of [unitTails], so that fw names a unit of the body, not its longer
// name (tail18d): "Tervane University" and "Tervane University Library
// Services" are two. The body's name holds a word that is no common word
// ("Tervane"): a generic body's ("Lower Chamber")
// is one of many across the corpus, and apart from its article's unit
// it would be linked to another article's longer name of it (graphstore
// links a name no article writes alone to the one longer name it begins),
// no better. A longer name that adds a company suffix or a place is
// [longerFits]'s.
//
// Cost: two set lookups, only for an organization's name that begins
// another's; the case table only when both hold.
func bodyUnitApart(gw, fw []string) bool {
	return len(fw) > len(gw) && len(gw) >= 2 && unitOwnerHeads[gw[len(gw)-1]] && unitTails[fw[len(fw)-1]] &&
		!slices.ContainsFunc(gw, func(w string) bool { return ner.CommonWord(w) || names.MinorWords[w] })
}
