package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// gradeRegions are the regions of the oil trade that the tables do not
// hold and that qualify a grade: "Mideast Lunmark". "North Sea" is left
// out: "North Sea Quarbin" stays the node its short "Quarbin" links to in
// the article, rather than a firm's of that name elsewhere.
var gradeRegions = names.Set{"mideast": true, "middle east": true, "far east": true,
	"gulf": true, "persian gulf": true, "arab gulf": true, "west africa": true, "mediterranean": true}

// qualifiedGrade reports whether a mention typed as a firm or a place is
// a crude oil grade named by its field's place after a word that says
// which cargo of it is meant: a delivery month ("April Quarbin traded at
// 19 dlrs, above May Quarbin"), a country or a region the tables know
// ("19.00 dlrs for U.K. Quarbin", "Mideast Lunmark cargoes"), with
// "crude" or "barrel" within [crudeContext] bytes. The field's place is
// one word, a town or place the tables know and no common word, country,
// region or place's kind ("Gulf Canada" is a firm, "Nevada Basin" a
// place). A name in capitals (a headline's), a known name, an agency's,
// an alias rule's, a person ("Gary Lunmark") and the short form of a
// longer name ([longerName]: "Texas Commerce", a bank) keep their node.
// The grade is a price's commodity, as [Resolver.crudeGrade]'s "West
// Tervane Sour" is.
func (r *Resolver) qualifiedGrade(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 3 || m.typ != Org && m.typ != Location || m.acronym || m.forced != "" || m.canon != "" || m.country >= 0 {
		return false
	}
	field := m.words[n-1]
	if allCaps(text[m.Start:m.End]) || names.PlaceTails[field] || placeNouns[field] || featureTails[field] || names.IsRegion(field) || ner.CommonWord(field) || !r.knownPlaceName(field) || r.t.Country(field, field) >= 0 {
		return false // most names stop here, on a table look-up
	}
	head, sp := strings.Join(m.words[:n-1], " "), strings.LastIndexByte(m.Name, ' ')
	if sp < 0 || !tradeMonths[head] && !gradeRegions[head] && !names.IsRegion(head) && r.t.Country(m.Name[:sp], head) < 0 {
		return false
	}
	return wordNear(text, m.Start, m.End, crudeContext, barrelWords) && r.t.Agency(m.Name, m.key) < 0 && !names.IsKnownName(m.key) &&
		!longerName(text, m.Name)
}

// longerName reports whether text writes name, as written, before a
// capitalized word somewhere: the short form of a longer name ("Texas
// Tervane" of "Texas Tervane Bancshares Inc").
func longerName(text, name string) bool {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		i += j + len(name)
		if w, _ := nextWord(text, i); i < len(text) && lineGap(text, i) && upperWord(w) {
			return true
		}
	}
	return false
}
