package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cut of a noun for a person that the recognizer glued
// to the name after it (tail10yv): a kind of person that a sentence's
// capital hides ("Singer Ann Vell", "Winger Okafor took the ball",
// "Businessman Lemmo Vell"), a demonym's noun ("Welshmen Ann Vell and Tom
// Okafor", "Frenchwoman Ann Vell") and a firm's owner or maker named by a
// hyphen ("Quarbin-owner Tervane Holdings"). The name begins after the
// noun, and keeps the recognizer's type: typed a person here, a name the
// corpus types an organization elsewhere ("JP Quarbin", an investor) would
// draw the person's short forms ("Mr Quarbin") into the organization's
// node.

// openerKinds are kinds of person beside [personKinds] that open a
// sentence before a player's, a performer's or a dealer's name: "Winger
// Okafor", "Newcomer Vell", "Businessman Lemmo Vell".
var openerKinds = names.Set{"winger": true, "newcomer": true, "debutant": true, "batsman": true,
	"bowler": true, "paceman": true, "spinner": true, "jockey": true, "trainer": true,
	"businessman": true, "businesswoman": true, "tycoon": true, "entrepreneur": true}

// compoundRoleTails end the nouns made with a hyphen that name a firm by
// what it owns or makes, written before the firm's name: "Quarbin-owner
// Tervane Holdings", "Car-maker Lemmox".
var compoundRoleTails = names.Set{"owner": true, "owners": true, "maker": true, "makers": true}

// demonymNounEnds end a demonym's noun for a person: "Tervanian" +
// "man" is no word, but "Irish" + "men" and "Welsh" + "woman" are.
var demonymNounEnds = []string{"women", "woman", "men", "man"}

// gluedOpener reports whether the first of a name's words is a noun glued
// to the name after it. The rest must begin with a capital. A kind of
// person ([personKinds], [openerKinds]) counts where it opens a sentence,
// before a name the recognizer typed a person, or one of two words or more
// that no company suffix ends ("Singer Co said", "Author Quarbin Systems
// Inc" are firms); a demonym's noun and a compound of
// [compoundRoleTails] wherever they stand.
func (r *Resolver) gluedOpener(text string, ws []word, typ Type) bool {
	if len(ws) < 2 || !upperWord(ws[1].text) {
		return false
	}
	w := ws[0].text
	if i := strings.LastIndexByte(w, '-'); i > 0 && compoundRoleTails.Has(w[i+1:]) {
		return upperWord(w)
	}
	if r.demonymNoun(w) {
		return true
	}
	if !names.IsCapitalized(w) || !sentenceStart(text, ws[0].start) {
		return false
	}
	if !personKinds.Has(w) && !openerKinds.Has(w) {
		return false
	}
	return typ == Person || len(ws) > 2 && !names.CorpSuffixes.Has(ws[len(ws)-1].text)
}

// demonymNoun reports whether w is a demonym the tables know followed by
// one of [demonymNounEnds], written as one capitalized word: "Irishmen",
// "Welshman", "Frenchwoman". Names that end so ("Norman", "Herman",
// "Goldman") begin with no demonym.
func (r *Resolver) demonymNoun(w string) bool {
	if len(w) < 6 || !names.IsCapitalized(w) || w[len(w)-1] != 'n' {
		return false
	}
	for _, end := range demonymNounEnds {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) >= 3 {
			return r.t.IsDemonym(names.Key(stem))
		}
	}
	return false
}
