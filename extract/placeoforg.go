package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// Place names inside an organization's name (tail10yu). The resolver takes
// a name that begins or ends an organization's longer name for its short
// name: "Quarnby" for the Quarnby Water Board, "Dunmore Valley" for Dunmore
// Valley Telephone Co, "Ohio" for the Farmers Bank of Ohio. When that name
// is a place, named by a kind of place in the article ("the city of
// Quarnby", "the Quarnby area, 90 miles north", "the provinces of Dunmore
// Valley and ...") or known to the tables ("Ohio", a state, after the "of"
// that ends a company's "Bank of Ohio"; a city of several words before a
// body's words, "St Louis" of the St Louis Merchants' Exchange), it is the
// place, not the organization: [unlinkPlaces] takes it back out as a
// place.

// markPlaced sets placed on each mention that may be a place inside an
// organization's name (its words begin or end, after "of", the words of
// an organization's mention of more words) and that a kind of place names
// in the article ([placeNamed]). Only such mentions are read, so the cost
// is nothing in most articles.
func (r *Resolver) markPlaced(text string, ms []*mention) {
	var orgs []*mention
	for _, m := range ms {
		if m.typ == Org && len(m.words) > 1 {
			orgs = append(orgs, m)
		}
	}
	if len(orgs) == 0 {
		return
	}
	for _, m := range ms {
		if m.typ == Person || m.acronym || len(m.words) == 0 || len(m.words) > 3 || m.country >= 0 || m.agency >= 0 || m.forced != "" {
			continue
		}
		if slices.ContainsFunc(orgs, func(o *mention) bool { return o != m && placeEnds(o.words, m.words) }) {
			m.placed = placeNamed(text, m.Start, m.End) || placeByBearing(text, m.Start) ||
				placeByState(text, m.Start, m.End) // tail17r
		}
	}
}

// placeNamed reports whether a kind of place names the name at
// text[start:end]: "the city of Quarnby", "the provinces of Dunmore Valley
// and ...", "the Quarnby area, 90 miles north". Prepositions
// ("in Quarnby") are no such word: a stake is "in" a company too.
func placeNamed(text string, start, end int) bool {
	if p, ps := prevWord(text, start); p == "of" {
		pp, _ := prevWord(text, ps)
		pp = strings.ToLower(pp)
		if kindOfPlace[pp] || kindOfPlace[strings.TrimSuffix(pp, "s")] {
			return true
		}
	}
	// The kind must end the phrase: "the Quarnby area, 90 miles north"
	// is a place, "the Quarnby area manager" a company's man.
	n, ne := nextWord(text, end)
	if t := strings.TrimRight(n, ",.;:"); !kindOfPlace[t] || t == n && upperWordAfter(text, ne) == lowerNext {
		return false
	}
	return true
}

// lowerNext is what upperWordAfter says of a lower-case word.
const lowerNext = -1

// upperWordAfter reports whether the word after end is capitalized (1),
// lower case (lowerNext) or missing on its line (0).
func upperWordAfter(text string, end int) int {
	w, we := nextWord(text, end)
	if w == "" || strings.ContainsAny(text[end:max(end, we-len(w))], "\n\r") {
		return 0
	}
	if upperWord(w) {
		return 1
	}
	return lowerNext
}

// kindOfPlace are lower-case nouns of a kind of place that name the place
// beside them, not a thing in it ("the Quarnby mine" is no place).
var kindOfPlace = names.Set{"city": true, "town": true, "village": true, "province": true, "region": true,
	"county": true, "district": true, "area": true, "prefecture": true, "municipality": true, "state": true}

// placeEnds reports whether pw, a place's words, begin fw, an
// organization's longer words, or end them after "of".
func placeEnds(fw, pw []string) bool {
	if len(fw) <= len(pw) {
		return false
	}
	return hasPrefix(fw, pw) || hasSuffix(fw, pw) && fw[len(fw)-len(pw)-1] == "of"
}

// unlinkPlaces takes out of an organization a group linked under it that
// names a place inside the organization's name ([placeEnds]): a mention of
// it written as a place ([Resolver.markPlaced]), or a place the tables
// know ending the name after "of" ("Ohio" of the Farmers Bank of Ohio) or,
// of several words, beginning a company's or a body's name that is no
// club's ([cityOfBody]).
// The group becomes a place, joined to the article's place of the same
// words if there is one.
func unlinkPlaces(groups []*group) {
	for _, g := range groups {
		if g.parent == nil || g.isFixed || g.typ == Person || len(g.words) == 0 {
			continue
		}
		f := g.root()
		if f.typ != Org || f.isFixed || !placeEnds(f.words, g.words) || !placeOfOrg(g, f) {
			continue
		}
		g.parent = nil
		g.typ = Location
		for _, o := range groups {
			if o != g && o.parent == nil && o.typ == Location && slices.Equal(o.words, g.words) {
				g.parent = o
				break
			}
		}
	}
}

// placeOfOrg reports whether g, whose words begin or end f's, is a place
// rather than f's short name.
func placeOfOrg(g, f *group) bool {
	if slices.ContainsFunc(g.own, func(m *mention) bool { return m.placed }) {
		return true
	}
	k := strings.Join(g.words, " ")
	known := isPlaceWords(g.words) || names.IsRegion(k)
	if !known {
		return false
	}
	if !hasPrefix(f.words, g.words) {
		// "Ohio" of the Farmers Bank of Ohio; not "Texas" of the
		// University of Texas, whose teams it names.
		return slices.ContainsFunc(f.words[:len(f.words)-len(g.words)-1], func(w string) bool { return names.CompanyWords[w] })
	}
	// A town of one word begins many a company's name that is called by
	// it ("Quarnby" of Quarnby Pictures Inc): only a place of several
	// words the tables know is taken out without the article's word.
	return len(g.words) > 1 && cityOfBody(f.words[len(g.words):])
}

// cityOfBody reports whether rest, the words of an organization's name
// after a place's, make a body ("Merchants Exchange", "Water Board")
// rather than a company or a club called by its town ("Kansas City" of
// Kansas City Southern Industries Inc, "Leeds" of Leeds United), whose
// town is its short name.
func cityOfBody(rest []string) bool {
	if slices.ContainsFunc(rest, func(w string) bool { return names.CorpSuffixes[w] || names.CompanyWords[w] || clubWords[w] }) {
		return false
	}
	return slices.ContainsFunc(rest, func(w string) bool { return names.OrgHeads[w] })
}
