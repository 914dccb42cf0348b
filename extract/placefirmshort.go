package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// firmShortPlace reports whether a one-word name typed as a place, that
// no table knows as one (the recognizer's or GeoNames' place alone), is
// the short name of a firm the article writes whole: the name followed by
// one to three capitalized words that end in a company's word or a
// company suffix ("Quarnby Air Lines", [firmAfterName]), and no mention of
// the name alone in a place's position ([Resolver.placeCue]: "in
// Quarnby", "Quarnby, Ohio", "the Quarnby river"; [placeCompoundAfter]:
// "the Quarnby province-based venture"). "Quarnby Air Lines ... Quarnby is
// restructuring" is the airline; a table's place is left ("Texas
// Instruments ... in Texas": [firstWordFits] would not link it either),
// and so is a name written with a place's cue anywhere in the article.
func (r *Resolver) firmShortPlace(text string, m *mention) bool {
	if m.typ != Location || len(m.words) != 1 || m.canon != "" || m.country >= 0 || m.agency >= 0 ||
		!upperWord(m.Name) || names.GenericOrgWords[m.key] || r.tableknownPlace(m.key) {
		return false
	}
	whole := false
	for s, e := range wholeWords(text, m.Name) {
		if firmAfterName(text, e) && s != m.Start {
			// The whole name, written apart from the mention: the
			// mention itself before a firm's words ("the plant in
			// Tervane International Ltd bought") is read for a place's
			// cue like any other.
			whole = true
			continue
		}
		if r.placeCue(text, &mention{Mention: Mention{Start: s, End: e}}) || placeCompoundAfter(text, e) {
			return false
		}
	}
	return whole
}

// placeCompoundAfter reports whether the word after end is a compound that
// a kind of place begins: "the Quarnby province-based venture".
func placeCompoundAfter(text string, end int) bool {
	w, _ := nextWord(text, end)
	head, _, ok := strings.Cut(w, "-")
	return ok && placeNouns[head]
}

// tableknownPlace reports whether the tables know a folded one-word name
// as a place ([Resolver.knownPlaceKey] less GeoNames' towns).
func (r *Resolver) tableknownPlace(k string) bool {
	_, abbr := names.StateAbbrevs[k]
	_, dem := r.t.DemonymByKey[k]
	return r.t.KnownPlace(k) || r.t.CityCountry[k] != "" || names.IsRegion(k) || names.Shires[k] || homeNations[k] || abbr || dem
}

// firmAfterName reports whether one to three capitalized words after end,
// on the same line, end in a company's word or a company suffix: " Air
// Lines", " Holdings", " Steel Corp". A small word or a body's head on the
// way makes it a title or another body's name: "Quarnby And The Wheelies",
// "Quarnby University Library Services" (the university's, whose short
// name is no firm's).
func firmAfterName(text string, end int) bool {
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	i := end
	for n := 0; n < 3; n++ {
		w, we := nextWord(text, i)
		if strings.ContainsAny(text[i:max(i, we-len(w))], "\n\r") {
			return false
		}
		t := strings.TrimRight(w, ",.;:)'")
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		if t == "" || !upperWord(t) {
			return false
		}
		k := names.Key(t)
		if names.MinorWords[k] || names.OrgHeads[k] {
			return false // "Quarnby And The Wheelies", "Quarnby University Press"
		}
		if names.CompanyWords[k] || names.CorpSuffixes[k] {
			return true
		}
		if t != w {
			return false
		}
		i = we
	}
	return false
}
