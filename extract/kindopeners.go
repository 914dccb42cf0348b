package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// kindOpeners are the nouns of a firm's or a person's kind or role that
// stand before a name as its apposition ("the U.S. firm Quelbane", "its
// partner Tervane Corp", "hostage Ann Vell") and that a wire's capitals
// after a country's abbreviation, or a lead's capitals, glue to the name:
// "U.S. Firm Quelbane", "SOFTWARE FIRM Quelbane".
var kindOpeners = names.Set{"company": true, "firm": true, "partner": true, "packer": true, "spy": true,
	"hostage": true, "subsidiary": true, "affiliate": true, "insurer": true, "rival": true,
	"broker": true, "distributor": true}

// firmKindOpeners are the nouns of [kindOpeners] that say a firm. A name after
// one that the recognizer typed a person is left whole: cut, it would be
// a firm's name typed a person ("U.S. Packer Quelby Vane and Co": "Quelby
// Vane" alone then joins the article's other firm's node as a person).
var firmKindOpeners = names.Set{"company": true, "firm": true, "packer": true, "subsidiary": true, "affiliate": true,
	"insurer": true, "broker": true, "distributor": true}

// kindOpener reports whether ws open with a noun of [kindOpeners] that is
// no part of the name after it (see [roleOpener]): the noun follows a
// dotted country abbreviation ("U.S. Company Quelbane Run", "U.S. Hostage
// Ann Vell"), or it is written in capitals after another word in capitals
// and before a name that is not ("SOFTWARE FIRM Tervanix"). The name is a
// capitalized word that is no company suffix, no joining word and no
// common word of the case table: "U.S. Company Home Stores" is left whole.
// Inside a sentence the noun is kept ("the Partner Quelby Fund": a name's
// own first word as often).
func kindOpener(text string, ws []word, typ Type) bool {
	if len(ws) < 2 || !kindOpeners.Has(ws[0].text) || typ == Person && firmKindOpeners.Has(ws[0].text) {
		return false // the usual case, decided at once
	}
	next := ws[1].text
	if !upperWord(next) || names.CorpSuffixes.Has(next) || listJoiners.Has(strings.ToLower(next)) ||
		ner.CommonWord(next) || ner.MostlyLower(strings.ToLower(next)) {
		return false
	}
	if afterCountryAbbreviation(text, ws[0].start) {
		return true
	}
	p, _ := prevWord(text, ws[0].start)
	return allCaps(ws[0].text) && len(p) > 1 && allCaps(p) && !allCaps(next)
}
