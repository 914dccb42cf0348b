package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12n) cuts the first word of an office's title that the
// recognizer glued to the body after it: "Deputy Tervane Bank" of "Deputy
// Tervane Bank Governor Ann Vell", "Former Quarbin Corp" of "Former
// Quarbin Corp chief Ann Vell". The words qualify an office ("deputy
// governor", "former chief"), never a body, and no body's name opens with
// one; a person's span keeps them, which [names.SplitTitle] reads as the
// title's.

// officeModifiers are the words that qualify an office before the body
// that holds it.
var officeModifiers = names.Set{"deputy": true, "assistant": true, "acting": true, "former": true}

// cutOfficeModifier drops an office's modifier that opens an organization
// or a place span of two to five words. "Former" before a demonym stays:
// "the Former Yugoslav Republic" is a name; so does a longer span, a
// headline's run of capitalized words ("Former Quarbin Energy Chief Starts
// New Firm"), where the cut would leave a longer junk name for the body's
// short form to join.
func (r *Resolver) cutOfficeModifier(ws []word, typ Type) []word {
	if typ != Org && typ != Location || len(ws) < 2 || len(ws) > 5 || !officeModifiers.Has(ws[0].text) || !upperWord(ws[0].text) {
		return ws
	}
	next := ws[1].text
	if !names.IsCapitalized(next) || names.Titles.Has(next) && !names.TitleOnly.Has(next) && !names.IsAcronym(next) {
		return ws // "Deputy Governor" and "Former President" are left to the title's rules
	}
	if strings.EqualFold(ws[0].text, "former") && r.t.IsDemonym(names.Key(next)) {
		return ws
	}
	return ws[1:]
}

// spanStartCuts runs tail12n's cuts at a span's start: a legal form that
// ended the sentence before ([cutLegalFormOpener]), an office's modifier
// ([Resolver.cutOfficeModifier]), and a town's inhabitant, which names
// nothing ([Resolver.placeInhabitant]), or a person's name cut before a
// surname written in lower case ([lowerSurnameLost], tail15e); and
// tail12s's compound adjective ([cutHyphenAdjective]). It returns no words when the span names
// nothing.
func (r *Resolver) spanStartCuts(text string, ws []word, typ Type) []word {
	if r.placeInhabitant(text, ws, typ) || typ == Person && lowerSurnameLost(text, ws) { // tail15e: lowerSurnameLost
		return nil
	}
	ws = cutHyphenAdjective(ws) // tail12s: "Off-colour Vell"
	if typ == Org || typ == Person {
		ws = cutLegalFormOpener(text, ws)
	}
	return r.cutOfficeModifier(ws, typ)
}
