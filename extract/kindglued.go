package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cut of a person's kind glued before a person's name
// inside a sentence (tail11a): "late DJ Ann Vell's show", "future Quarbin
// Boy Tom Okafor", "Texan Lemmo Vell", "Minister for Work Ann Vell". The
// recognizer takes the capitalized kind for the name's first word; the
// gazetteer's first names show where the name begins. The cut at a
// sentence's start is [Resolver.gluedOpener]'s.

// kindAbbrevs are the short capitals of a person's job or seat written
// before a name: "DJ Ann Vell", "deputy PM Tom Okafor".
var kindAbbrevs = names.Set{"dj": true, "vj": true, "mc": true, "pm": true, "mp": true, "mep": true, "msp": true}

// kindBeforeGiven returns how many of a person's words are a kind glued
// before the name (0 when none): one or two words, each a capitalized
// common word of the case table ([ner.CommonWord]: "Producer", "Beach
// Boy"), a demonym ("Texan") or one of [kindAbbrevs], then a first name
// the gazetteer holds and one or two capitalized words. The kind's words
// are no first names themselves ("Sonny Bill Vell", "Grace Ann Vell" are
// names of three words) and no titles, which the resolver strips on its
// own.
func (r *Resolver) kindBeforeGiven(text string, ws []word, typ Type) int {
	if typ != Person || len(ws) < 3 || len(ws) > 4 {
		return 0
	}
	g := placeGaz()
	if g == nil {
		return 0
	}
	kinds := 0 // the words from the first that may be a kind's
	for kinds < 2 && r.kindWord(g, ws[kinds].text) {
		kinds++
	}
	for k := 1; k <= 2 && len(ws)-k >= 2; k++ {
		if k > kinds && (g.FirstName(ws[0].text) || !memberNoun(text, ws[:k])) {
			continue
		}
		rest := ws[k:]
		if len(rest) <= 3 && g.FirstName(rest[0].text) && !ner.CommonWord(rest[0].text) && allUpperWords(rest) && !bodyTail(rest[len(rest)-1].text) {
			return k
		}
	}
	return 0
}

// kindWord reports whether w may be a word of a person's kind glued
// before a name (see [Resolver.kindBeforeGiven]).
func (r *Resolver) kindWord(g *ner.Model, w string) bool {
	if kindAbbrevs.Has(w) {
		return true
	}
	if !names.IsCapitalized(w) || allCaps(w) || g.FirstName(w) || names.Offices.Has(w) || names.Honorifics.Has(w) || names.RoyalTitles.Has(w) {
		return false
	}
	return ner.CommonWord(w) || r.t.IsDemonym(names.Key(w))
}

// allUpperWords reports whether every word begins with a capital letter.
func allUpperWords(ws []word) bool {
	for _, w := range ws {
		if !upperWord(w.text) {
			return false
		}
	}
	return true
}

// memberNoun reports whether the words, with an "s" added, are written
// elsewhere in the text: a band's or a team's member named by its name in
// the singular ("Quarbin Boy Ann Vell" beside "the Quarbin Boys").
func memberNoun(text string, ws []word) bool {
	if len(ws) == 0 || !upperWord(ws[0].text) {
		return false
	}
	kind := text[ws[0].start:ws[len(ws)-1].end]
	for i := 0; i+len(kind) < len(text); {
		j := strings.Index(text[i:], kind)
		if j < 0 {
			return false
		}
		at := i + j + len(kind)
		if at < len(text) && text[at] == 's' && (at+1 == len(text) || !isWordByte(text[at+1])) {
			return true
		}
		i = at
	}
	return false
}

// bodyTail reports whether a name's last word makes it a place's or a
// body's rather than a person's: "White Quarbin Lane" is a street.
func bodyTail(w string) bool {
	return names.PlaceTails.Has(w) || names.OrgHeads.Has(w) || names.CorpSuffixes.Has(w) || names.GenericOrgHeads.Has(w)
}

// innerHonorifics are the honorifics that begin a person's name and stand
// inside no one's name: a span that holds one after its first word has
// run a place's or a body's words into the person ("in Quarbin Mr Vell
// said"), or the person's honorific onto a body ("told the BBC Mr Vell
// had").
var innerHonorifics = names.Set{"mr": true, "mrs": true, "ms": true, "dr": true}

// cutInnerHonorific returns a span's words from an honorific of
// [innerHonorifics] after its first word, typed a person's, or the words
// before it when it ends the span. "Dr" counts only in a span typed a
// person ("Quarbin Dr Zorbit" may be a firm's drink). Other spans are
// returned as they came.
func cutInnerHonorific(ws []word, typ Type) ([]word, Type) {
	for i := 1; i < len(ws); i++ {
		w := strings.TrimSuffix(ws[i].text, ".")
		if !innerHonorifics.Has(w) || !upperWord(w) || allCaps(w) || typ != Person && strings.EqualFold(w, "dr") {
			continue
		}
		if i == len(ws)-1 {
			return ws[:i], typ
		}
		if !upperWord(ws[i+1].text) {
			return ws, typ
		}
		return ws[i:], Person
	}
	return ws, typ
}
