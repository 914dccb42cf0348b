package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// firstWordPlaceFirms (tail12q) makes a firm of a one-word name the
// recognizer took for a place when the article names a company whose name
// begins with that word and the word is no place the tables or the
// gazetteer know: "Quarbin Oil Ltd said ... a stake in Quarbin". It is
// [firstWordFirms] for places: the word alone joins that firm. A firm
// whose first word is an acronym ("QBX Group Inc") is left: the grouping
// joins its short form already, under any type. So is a venue named after
// its town ([townVenueHeads]). Left alone:
// a known place ("Tervane" beside "Tervane Gas Co" is often the town), a
// word that begins two firms, a word the article also writes as a
// person's or inside another name ([placeWordOtherUse]), and a word the
// article once writes as a place's by the words around it ([placeUse]:
// "at Quarbix", "the Quarbix oil field").
func firstWordPlaceFirms(a *article, firms []*mention) {
	for _, m := range a.ms {
		if m.typ != Location || len(m.words) != 1 || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
			continue
		}
		f := firstFirm(firms, m.words[0])
		if f == nil || acronymFirst(f.Name) || townVenueHeads[last(f.words)] || placeWordOtherUse(a, m.words[0], f) {
			continue
		}
		if t := names.Tables(); t.KnownPlace(m.key) || t.IsDemonym(m.key) || t.CityCountry[m.key] != "" ||
			names.IsRegion(m.key) || names.Shires[m.key] || placeGaz().PlaceName(m.words) {
			continue
		}
		if slices.ContainsFunc(a.ms, func(o *mention) bool { return o.key == m.key && placeUse(a.text, o) }) {
			continue
		}
		m.typ, m.typed, m.canon = Org, true, f.Name
	}
}

// townVenueHeads end the names of venues and institutions named after their
// town: "Quarbix International Speedway", "Quarbix Care Center". The town's
// name alone is the town's.
var townVenueHeads = names.Set{"speedway": true, "raceway": true, "center": true, "centre": true, "stadium": true,
	"park": true, "arena": true, "hospital": true, "airport": true, "hotel": true, "college": true,
	"university": true}

// fieldNounsAfter are lower-case words after a name that make it a place's: a
// field, a basin or a mine named after it ("the Quarbix oil field", "the
// Quarbix field"), not the firm named after the place.
var fieldNounsAfter = names.Set{"field": true, "fields": true, "oil": true, "gas": true, "oilfield": true,
	"gasfield": true, "pipeline": true, "basin": true, "area": true, "region": true, "mine": true,
	"deposit": true, "deposits": true, "prospect": true, "well": true, "wells": true, "block": true,
	"concession": true}

// placeUse reports whether the words around a mention make it a place:
// "near" or "at" before it ("killed at Quarbix"), a state's abbreviation
// after a comma ("in Quarbix, S.C."), a word of [fieldNounsAfter] after it, or
// "to" and a capitalized word ("the Quarbix to Tervane pipeline").
func placeUse(text string, m *mention) bool {
	if p, _ := prevWordFast(text, m.Start); p == "near" || p == "at" || p == "outside" {
		return true
	}
	if stateAfterComma(text, m.End) || placeCompoundAfter(text, m.End) {
		return true // "in Quarbix, S.C.", "the Quarbix province-based venture"
	}
	if p, _ := prevWordFast(text, m.Start); p == "in" && m.End < len(text) && (text[m.End] == '.' || text[m.End] == ',') {
		return true // "its hub is in Quarbix."
	}
	if m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	w, we := nextWord(text, m.End)
	if fieldNounsAfter[w] {
		return true
	}
	n, _ := nextWord(text, we)
	return w == "to" && upperWord(n)
}

// placeWordOtherUse reports whether the article writes the word w
// otherwise than as the first word of the firm f or alone as a place or a
// firm: alone as a person, or inside another name of two words or more
// or glued by a hyphen.
func placeWordOtherUse(a *article, w string, f *mention) bool {
	return usedBeside(a, w, f, func(m *mention) bool { return m.typ == Person || m.typ == Misc })
}

// acronymFirst reports whether a name's first word is written in capitals
// of two letters or more: "QBX Group Inc".
func acronymFirst(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}
