package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14o) holds two cues of a person's full name that the
// recognizer typed an organization or a place: a noun of a person's role
// or standing right before it that [personKinds] leaves out ("the 100m
// champion Ivo Quarnsen is", "her nanny, Ana Lemvell,"), and a relative
// clause of one person after it (", who was banned"). Both want a name of
// two or three words, none an organization's: a one-word name after
// "champion" is a club or a team as often ("defending champion Tervane").

// roleKinds are nouns of a person's role, sport or trade, beside
// [personKinds], written right before a person's full name: "champion",
// "nanny", "hurdler". Plurals are left: "league champions Tervane" is a
// club.
var roleKinds = names.Set{"champion": true, "nanny": true, "housekeeper": true, "chauffeur": true,
	"bodyguard": true, "athlete": true, "hurdler": true, "swimmer": true, "boxer": true, "golfer": true,
	"cyclist": true, "dancer": true, "designer": true, "bassist": true, "frontman": true, "frontwoman": true}

// roleKind reports whether k, the lower-case noun right before a name,
// is one of [roleKinds] and the name one of two or three words with no
// organization's word, the shape of a given name and a surname, that the
// gazetteer knows as no firm nor place: "former European champion
// Quarbin Dortvell has warned" may be a club.
func roleKind(k string, m *mention) bool {
	if !roleKinds[k] || len(m.words) < 2 || len(m.words) > 3 || anyOrgWord(m.words) {
		return false
	}
	g := placeGaz()
	return g != nil && !g.KnownName(m.words, "ORG") && !g.KnownName(m.words, "LOC")
}

// whoPersonVerbs are the verbs of one person that open a relative clause
// after a name: ", who was", ", who has". A club, a band or a firm takes
// "who" with the plural in British English (", who are", ", who have"),
// and those are left.
var whoPersonVerbs = names.Set{"was": true, "is": true, "has": true, "had": true}

// whoPerson reports whether a name the recognizer typed an organization
// or a place is a person's by the relative clause after it: ", who" and a
// verb of [whoPersonVerbs] ("Ivo Quarnsen, who was handed a ban"). The
// name must be of two or three capitalized words, the first a given name
// of the gazetteer that is no common word ("the studio Focal Features,
// who had" is a firm), no organization's word ([unmarkedName]), no place
// or firm the tables or the gazetteer know, and not ruled by another cue.
func (r *Resolver) whoPerson(text string, m *mention) bool {
	if m.End+6 > len(text) || text[m.End] != ',' || !strings.HasPrefix(text[m.End:], ", who ") {
		return false
	}
	if m.typ != Org && m.typ != Location || m.ruled() || m.acronym || len(m.words) < 2 || len(m.words) > 3 {
		return false
	}
	if w, _ := nextWord(text, m.End+6); !whoPersonVerbs[w] {
		return false
	}
	if !unmarkedName(m) || r.t.KnownPlace(m.key) || strings.ContainsAny(m.Name, "&.") {
		return false
	}
	for _, w := range strings.Fields(m.Name) {
		if !upperWord(w) {
			return false
		}
	}
	g := placeGaz()
	return g != nil && g.FirstName(m.words[0]) && !ner.CommonWord(m.words[0]) &&
		!g.KnownName(m.words, "ORG") && !g.KnownName(m.words, "LOC")
}
