package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11y) cuts a word that the writer keeps in lower case from
// the name after it when only a capital that is not the word's own glued
// them: the sentence's ("All Quarbin Club agreements contain", "An Tervane
// official said") or the one after a dotted country abbreviation ("its U.S.
// Partner Lemmox Inc", "U.S. Firm Vell Run has kept"). [roleOpener] cuts
// a list of role nouns so; this takes any such word, and asks the article
// for the proof: it names the rest alone elsewhere ("the Quarbin Club",
// "Tervane said").

// openerParticles are the particles of names beside [nameParticles] that
// open a name at a sentence's start: "Van Vell said", of "van Vell".
var openerParticles = names.Set{"van": true, "von": true, "der": true, "den": true, "ter": true,
	"la": true, "le": true, "al": true, "el": true, "bin": true, "ibn": true}

// lowerOpener reports whether the first of ws, two words or more, is a word
// the case table finds nearly always in lower case ([ner.MostlyLower]),
// capitalized only by its place (it opens a sentence or follows "U.S."),
// and the article names the rest alone at another place: after no
// capitalized word, as "the Quarbin Club" or "Tervane said" do. The rest
// must hold a word that is no common word, company suffix or firm's word
// ("Time Inc", "Bankers Trust" are firms named by the word). A
// person's rest of one word must be written elsewhere beside another
// capitalized word ("Healthy Okafor" of "Tim Okafor"): a surname alone
// does not tell the kept word from a first name the gazetteer does not
// hold ("Will", "Rich", "Miles").
//
// Left whole as well: "The", which [Resolver.build] keeps before a body's
// name on purpose; a name's particle ("De Vell now has", of "de Vell"); a
// word that opens firms' names ([names.GenericOrgWords]: "First",
// "National", "Royal"); a word the article writes capitalized inside a
// sentence too (a name's own word); a first name the gazetteer holds; a
// rest that is a place ("Central Tervane said ... in Tervane"); words in
// capitals (a headline's); and the rest of a body's or a place's name
// that the article writes as a piece of a longer name ([inLongerName]).
func (r *Resolver) lowerOpener(text string, ws []word, typ Type) bool {
	if len(ws) < 2 || !upperWord(ws[1].text) {
		return false
	}
	w := ws[0]
	if !names.IsCapitalized(w.text) || w.text == "The" || allCaps(w.text) || !ner.MostlyLower(w.text) ||
		nameParticles.Has(w.text) || openerParticles.Has(w.text) || names.GenericOrgWords.Has(w.text) {
		return false // the usual case, decided at once
	}
	if !sentenceOpen(text, w.start) && !afterCountryAbbreviation(text, w.start) {
		return false
	}
	if g := placeGaz(); g != nil && g.FirstName(w.text) {
		return false
	}
	if !properWord(ws[1:]) {
		return false
	}
	last := ws[len(ws)-1]
	rest := text[ws[1].start:last.end]
	if strings.ContainsAny(rest, "\n\t") || r.t.KnownPlace(names.Key(rest)) {
		return false
	}
	rest = names.StripPossessive(rest)
	if !writtenAlone(text, rest, ws[1].start) {
		return false
	}
	if typ == Person && len(ws) == 2 && !writtenBeside(text, rest, w.text) || typ != Person && inLongerName(text, rest, ws[1].start) {
		return false
	}
	return !capitalizedElsewhere(text, w.text, w.start) && !writtenInside(text, w.text, w.start)
}

// properWord reports whether ws hold a word that is no common word of the
// case table ([ner.CommonWord]), no company suffix and no word of firms'
// or bodies' names ("Radio", "Bank", "Systems"): a name's word.
func properWord(ws []word) bool {
	for _, w := range ws {
		t := strings.TrimRight(names.StripPossessive(w.text), ".")
		if !ner.CommonWord(t) && !names.CorpSuffixes.Has(t) && !names.CompanyWords.Has(t) && !names.GenericOrgWords.Has(t) && !names.OrgHeads.Has(t) {
			return true
		}
	}
	return false
}

// writtenAlone reports whether text holds name, as written and bounded by
// no word's letters, at another place than at and after no capitalized
// word, before no capitalized word or number: a name standing on its own.
func writtenAlone(text, name string, at int) bool {
	for j, i := range wholeWords(text, name) {
		if j == at {
			continue
		}
		if p, _ := prevWord(text, j); upperWord(p) {
			continue
		}
		if i < len(text) && lineGap(text, i) {
			if n, _ := nextWord(text, i); upperWord(n) || n != "" && n[0] >= '0' && n[0] <= '9' {
				continue // "Radio 4", "Tervane Club": a longer name
			}
		}
		return true
	}
	return false
}

// writtenInside reports whether text holds the word w, as written, at
// another place than at after a word in lower case, a digit or a comma,
// maybe across a quotation mark: a name's use inside a sentence ("saw
// \"Dirty\" Den"), which [capitalizedElsewhere] reads as a quotation's start.
func writtenInside(text, w string, at int) bool {
	for j := range wholeWords(text, w) {
		if j == at {
			continue
		}
		k := j
		for k > 0 && strings.IndexByte(" \"'", text[k-1]) >= 0 {
			k--
		}
		if k > 0 && (text[k-1] >= 'a' && text[k-1] <= 'z' || text[k-1] >= '0' && text[k-1] <= '9' || text[k-1] == ',') {
			return true
		}
	}
	return false
}

// inLongerName reports whether text holds name, as written, at another
// place than at right after a capitalized word inside its sentence (not
// one that opens it: "The Quarbin Club accord") or
// right before a capitalized word that is no company suffix: the rest is
// a piece of other names too ("Tervane Cross" beside "Tervane Cross Vell
// Association"), and the word before it may be a name's own.
func inLongerName(text, name string, at int) bool {
	for j, i := range wholeWords(text, name) {
		if j == at {
			continue
		}
		if p, ps := prevWord(text, j); upperWord(p) && !strings.ContainsAny(p, ".,;:\"") && !sentenceOpen(text, ps) {
			return true
		}
		if i < len(text) && lineGap(text, i) {
			if n, _ := nextWord(text, i); upperWord(n) && !names.CorpSuffixes.Has(names.StripPossessive(strings.Trim(n, ".,;:'\""))) {
				return true
			}
		}
	}
	return false
}

// writtenBeside reports whether text holds the word name right after or
// right before a capitalized word other than opener: a person's full name
// ("Tim Okafor", "Okafor Vell") beside the surname alone.
func writtenBeside(text, name, opener string) bool {
	for j, i := range wholeWords(text, name) {
		if p, _ := prevWord(text, j); p != opener && upperWord(p) && !strings.ContainsAny(p, ".,;:") {
			return true
		}
		if i < len(text) && lineGap(text, i) {
			if n, _ := nextWord(text, i); upperWord(n) {
				return true
			}
		}
	}
	return false
}
