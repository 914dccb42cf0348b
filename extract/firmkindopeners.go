package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail16t) cuts a firm's trade that opens a sentence and that
// the recognizer glued to the firm's name after it: "Jeweller Quarbin
// also felt little cheer", "Retailer Tervane Holdings Corp. said". The
// sentence's capital hides the noun; the trade says the name after it is
// a firm's, so a name the recognizer typed a person or a place becomes an
// organization. [Resolver.gluedOpener] cuts a person's kind the same way
// and keeps the type.

// firmOpeners are one-word trades that name a firm, not a person, when
// written before a name: makers, sellers, insurers. Nouns that name a
// person's job too ("publisher", "broadcaster", "miner") and the trades
// that begin names of their own ("Airline Pilots Association",
// "Supermarket Sweep") are not here.
var firmOpeners = names.Set{"jeweller": true, "jeweler": true, "retailer": true, "carmaker": true,
	"automaker": true, "chipmaker": true, "drugmaker": true, "steelmaker": true, "planemaker": true,
	"insurer": true, "reinsurer": true, "conglomerate": true, "brewer": true, "distiller": true,
	"bookseller": true, "housebuilder": true, "homebuilder": true, "grocer": true, "shipbuilder": true}

// firmKindOpener returns the words and type of a name whose first word is
// a trade of [firmOpeners] that opens a sentence, followed by capitalized
// words: the words after the trade, typed an organization. A given name
// right after the trade ("Brewer Ann Vell", a person's surname first)
// leaves the span as it is.
func (r *Resolver) firmKindOpener(text string, ws []word, typ Type) ([]word, Type) {
	if len(ws) < 2 || !firmOpeners.Has(ws[0].text) || !names.IsCapitalized(ws[0].text) {
		return ws, typ // the usual case, decided at once
	}
	if !allUpperWords(ws[1:]) || !sentenceStart(text, ws[0].start) {
		return ws, typ
	}
	if g := placeGaz(); g != nil && g.FirstName(ws[1].text) {
		return ws, typ
	}
	if typ == Person || typ == Location || typ == Misc {
		typ = Org
	}
	return ws[1:], typ
}
