package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/nergraph/nergraph/internal/names"
)

// This file widens crudeGrade (crudegrades.go) to the crude grades that
// name no place and quality of the tables: a grade named by the word of
// oil after it ("Quarbin crude", "the Lunmark blend", "Tervane crudes") and
// one named by a people or a place and its weight ("Ostrian Heavy",
// "Lunmark Light" in a story of barrels). The recognizer takes both for
// firms or people; they are the commodity of a price, no entity.

// crudeNouns follow a grade's name in lower case: "Quarbin crude".
var crudeNouns = map[string]bool{"crude": true, "crudes": true, "blend": true}

// crudeSites follow "crude" when the name before is the place or the
// owner of a plant or a trade, no grade: "the Quarbin crude terminal",
// "its Tervane crude refining units", "Zentor crude output".
var crudeSites = map[string]bool{"terminal": true, "terminals": true, "refining": true, "refinery": true,
	"refineries": true, "pipeline": true, "production": true, "output": true, "reserves": true, "field": true,
	"fields": true, "operations": true, "unit": true, "units": true, "exports": true, "imports": true,
	"supplies": true, "supply": true, "purchases": true, "sales": true, "liftings": true}

// barrelWords stand near a crude grade named by its weight.
var barrelWords = []string{"crude", "barrel"}

// crudeContext is how far around a grade, in bytes, "crude" or "barrel"
// is looked for.
const crudeContext = 200

// crudeByCue reports whether a mention typed as a firm, a person or an
// unknown place is a crude oil grade: one of the nouns of [crudeNouns]
// follows it in lower case ("Quarbin crude oil", "a cargo of Tervane
// blend"), or it is joined to "-grade crude"; or its last word is a weight
// of [gradeWeights] after a demonym or a place the tables know ("Ostrian
// Heavy", "Lunmark Light"), with "crude" or "barrel" near it. A place the
// tables know ("West Texas crudes", the region), any other place but by
// its weight, a country, an agency or a known name of the tables ("Opec crudes") and an
// acronym keep their node; so does a possessive ("Quarbin's crude", the firm's oil), and a
// name of a weight word followed by "and" ("China Light and Power"), and
// a place or a firm whose plant or trade follows "crude" ("the Quarbin
// crude terminal", [crudeSites]).
func (r *Resolver) crudeByCue(text string, m *mention) bool {
	if m.forced != "" || m.canon != "" || m.country >= 0 || m.End >= len(text) || m.acronym {
		return false
	}
	if m.typ != Org && m.typ != Person {
		// A region's crude ("North Sea crude") is the region's; an unknown
		// place is a grade only by its weight ("Lunmark Light").
		return m.typ == Location && r.weightGrade(text, m)
	}
	if !crudeCueAt(text, m) {
		return false // the cheap first question, asked before the tables
	}
	if r.t.Agency(m.Name, m.key) >= 0 || names.IsKnownName(m.key) {
		return false // "Opec crudes": the cartel's oil
	}
	if n := len(m.words); n >= 2 && crudeNouns[m.words[n-1]] {
		// "Quarbin Blend": the noun written in capitals, in the name.
		return true
	}
	switch text[m.End] {
	case ' ', '\n':
		w, e := nextWord(text, m.End)
		if !crudeNouns[strings.TrimRight(w, ",.;:)")] || r.knownPlaceName(m.Name) && !loneTownGrade(m) {
			return r.weightGrade(text, m)
		}
		after, _ := nextWord(text, e)
		return !crudeSites[strings.TrimRight(after, ",.;:)")]
	case '-':
		return strings.HasPrefix(text[m.End:], "-grade crude") && !r.knownPlaceName(m.Name)
	}
	return false
}

// crudeCueAt reports whether a cue of [Resolver.crudeByCue] may stand in
// a mention or right after it, by its words and the bytes after it alone:
// a noun of [crudeNouns] or a weight of [gradeWeights] last in the name, a
// word after a space that begins as a noun of [crudeNouns] does (or with
// a byte outside ASCII, a space [nextWord] may skip), or "-grade crude".
// Most names have none, and are let go before the agencies and the
// well-known names are looked up and the next word is read.
func crudeCueAt(text string, m *mention) bool {
	if n := len(m.words); n >= 2 && (crudeNouns[m.words[n-1]] || gradeWeights[m.words[n-1]]) {
		return true
	}
	switch text[m.End] {
	case ' ', '\n':
		j := m.End
		for j < len(text) && asciiSpace(text[j]) {
			j++
		}
		rest := text[j:]
		return strings.HasPrefix(rest, "crude") || strings.HasPrefix(rest, "blend") || rest != "" && rest[0] >= utf8.RuneSelf
	case '-':
		return strings.HasPrefix(text[m.End:], "-grade crude")
	}
	return false
}

// weightGrade reports whether a name of two words or three is a people's
// or a place's and a weight of [gradeWeights] ("Ostrian Heavy"), with
// "crude" or "barrel" within [crudeContext] bytes and no "and" after it.
func (r *Resolver) weightGrade(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 3 || !gradeWeights[m.words[n-1]] {
		return false
	}
	if w, _ := nextWord(text, m.End); w == "and" || w == "&" {
		return false
	}
	head := strings.Join(m.words[:n-1], " ")
	if _, dem := r.t.DemonymByKey[head]; !dem && !r.knownPlaceName(head) {
		return false
	}
	return wordNear(text, m.Start, m.End, crudeContext, barrelWords)
}
