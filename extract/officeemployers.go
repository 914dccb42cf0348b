package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12p) types as a firm the employer that an officer's
// title names after "at": "development director at Lemmingsoft",
// "director of community relations at Zorbitsoft", and after a comma and
// "president of": "Ann Vell, president of Lemmo Home Video".

// employerOffices are a firm's offices that "at" and the firm follow:
// "development director at Lemmingsoft", "a vice-president at Quarbin".
var employerOffices = names.Set{"director": true, "president": true, "vice-president": true, "manager": true,
	"executive": true, "officer": true, "chairman": true, "chairwoman": true, "spokesman": true,
	"spokeswoman": true, "head": true, "coordinator": true, "co-ordinator": true, "researcher": true}

// appositionOffices head a firm and are written after a comma and before
// "of" and the firm's name: "Ann Vell, president of Lemmo Home Video".
// A director or head "of" names a department as often.
var appositionOffices = names.Set{"president": true, "vice-president": true, "chairman": true, "chairwoman": true}

// officeEmployer reports whether a name the recognizer took for a place
// or a person is a firm by an officer's title before it: an office of
// [employerOffices] and "at" ("development director at Lemmingsoft"),
// maybe with "of" and one to three lower-case words of the department
// between ("director of community relations at Zorbitsoft", "president of
// distribution at Quarbin Bros."); or, for a name taken for a place,
// a comma, an office of [appositionOffices] and "of" ("Ann Vell,
// president of Lemmo Home Video"). A place the tables or the gazetteer
// know, a region, a country and a people are left: "director at Leeds"
// names a club by its town, "president of Tervania" a country.
func (r *Resolver) officeEmployer(text string, m *mention) bool {
	if m.typ != Location && m.typ != Person || m.Title != "" || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 || len(m.words) == 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	switch p {
	case "at":
	case "for":
		return r.officeFor(text, m, ps) // tail14y
	case "of":
		if m.typ != Location {
			return false
		}
		o, os := prevWordFast(text, ps)
		if !appositionOffices[o] || os < 2 || text[os-2] != ',' {
			return false
		}
	default:
		return false // the usual case, decided at once
	}
	if p == "at" && !officeBeforeAt(text, ps) || possessiveAt(text, m.End) {
		// "president of Tervane's savings bank" holds an office of
		// what the place's possessive owns.
		return false
	}
	if r.t.KnownPlace(m.key) || r.t.Places[m.key] || names.IsRegion(m.key) || r.t.IsDemonym(m.key) {
		return false
	}
	// A province the tables leave to the gazetteer: "president of
	// Tervane Province" is its head.
	g := placeGaz()
	return g == nil || !g.PlaceName(m.words)
}

// officeBeforeAt reports whether an office of [employerOffices] ends
// right before i, or "of" and one to three lower-case words of a
// department after such an office: "director at", "director of community
// relations at". An office after its employer's name is left
// ([employerBefore]).
func officeBeforeAt(text string, i int) bool {
	w, ws := prevWordFast(text, i)
	if employerOffices[strings.ToLower(w)] {
		return !employerBefore(text, ws)
	}
	for range 3 {
		if w == "" || !isLowerASCII(w[0]) || strings.ContainsAny(w, ",.;:()\"") {
			return false
		}
		w, ws = prevWordFast(text, ws)
		if w == "of" {
			o, os := prevWordFast(text, ws)
			return employerOffices[strings.ToLower(o)] && !employerBefore(text, os)
		}
	}
	return false
}

// employerBefore reports whether a firm's name, a capitalized word with
// no punctuation after it or a possessive, stands before the office that
// starts at i and its lower-case modifiers (two at most): "Quarbin
// general manager at Tervane Works", "Quarbin's manager at Tervane Works"
// name the employer first, and the place after "at" is where the office
// is held. "Ann Vell, development director at" has her name's comma; "he
// is the director at" an article.
func employerBefore(text string, i int) bool {
	for range 3 {
		w, ws := prevWordFast(text, i)
		switch {
		case possessiveAt(w, max(0, len(w)-2)) || strings.HasSuffix(w, "s'"):
			return true
		case w == "" || strings.ContainsAny(w, ",.;:()\"'") || officeStops[strings.ToLower(w)]:
			return false
		case upperWord(w):
			return true
		case !isLowerASCII(w[0]):
			return false
		}
		i = ws
	}
	return false
}

// officeStops end the reading of an office's modifiers backwards: an
// article, a possessive pronoun, a verb of being.
var officeStops = names.Set{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "is": true, "was": true, "as": true, "and": true}
