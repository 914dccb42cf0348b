package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11d) types a one-word name in a list of people after the
// list's other members, as [Resolver.listPeers] does for firms:
// "photographers Ann Vell, Quarbin and Tom Lemmo", when the recognizer
// took Quarbin, a name it did not know, for a place.

// personLists types as people the weak members of each list of three
// names or more in the article whose other members are people
// ([personList]).
func (r *Resolver) personLists(a *article) {
	if len(a.ms) < 3 || !r.mayListPeople(a.ms) {
		return
	}
	r.eachList(a, func(list []*mention) {
		if len(list) >= 3 {
			r.personList(a, list)
		}
	})
}

// mayListPeople is personLists' cheap first question: a list it types
// needs a weak member (a one-word name typed a place, no organization's
// word and no place the tables know, as [Resolver.weakPersonPeer] asks
// first) and two people of two or three words ([strongPerson]'s first
// test). Most articles have no such weak name, and their lists are not
// walked.
func (r *Resolver) mayListPeople(ms []*mention) bool {
	weak, strong := false, 0
	for _, m := range ms {
		switch {
		case m.typ == Location && len(m.words) == 1 && !m.typed && !m.acronym && m.canon == "" && m.forced == "" &&
			m.country < 0 && m.agency < 0 && !weak && !orgWord(m.words[0]) && !r.t.KnownPlace(m.key):
			weak = true
		case m.typ == Person && len(m.words) >= 2 && len(m.words) <= 3 && m.canon == "" && m.forced == "":
			strong++
		}
	}
	return weak && strong >= 2
}

// personList types as people the weak members of a list
// ([weakPersonPeer]: a one-word name only the recognizer calls a place) when every other member is a person by a first name of the
// gazetteer and a surname ([strongPerson]), two of them at least and
// more than the weak ones, a comma joins two of the items and "and" or
// "or" comes before the last ("Ann Vell, Quarbin and Tom Lemmo"). A
// member of any other kind (a firm, a country, a known place, a person's
// one name) leaves the list alone: lists mix types ("Ann Vell, Tom Lemmo
// and Labour"), and a bare name among bare names is no evidence. A list
// that "and" or "or" goes on after its last name read is left.
func (r *Resolver) personList(a *article, list []*mention) {
	strong, weak, comma := 0, 0, false
	for i, m := range list {
		if i > 0 {
			c, _, _ := listGap(a.text[list[i-1].End:m.Start])
			comma = comma || c
		}
		switch {
		case strongPerson(m):
			strong++
		case r.weakPersonPeer(a.text, m):
			weak++
		default:
			return
		}
	}
	if _, join, _ := listGap(a.text[list[len(list)-2].End:list[len(list)-1].Start]); !join || !comma ||
		weak == 0 || strong < 2 || weak >= strong {
		return
	}
	if w, _ := nextWord(a.text, list[len(list)-1].End); listJoin(w) {
		return // the list goes on with a name the recognizer missed
	}
	for _, m := range list {
		if m.typ != Person {
			m.typ, m.typed = Person, true
		}
	}
}

// strongPerson reports whether m is a person's name by its words: typed
// a person, two or three words, the first a first name of the gazetteer
// and no word an organization's.
func strongPerson(m *mention) bool {
	if m.typ != Person || len(m.words) < 2 || len(m.words) > 3 || m.canon != "" || m.forced != "" {
		return false
	}
	if anyOrgWord(m.words) {
		return false
	}
	g := placeGaz()
	return g != nil && g.FirstName(m.words[0])
}

// weakPersonPeer reports whether m is a one-word name that only the
// recognizer calls a place: no word or table says so, the gazetteer
// knows it as no place nor firm, and it is no acronym. A name the
// recognizer took for a firm is left: bands stand in lists of singers
// ("Ann Vell, Quarbin, Tom Lemmo and Bob Zorbit are among the stars").
// So is a name after "the" (a work's, "from The Quarbin, Ann Vell and
// Tom Lemmo") and a name that a lower-case word and a capitalized one
// follow, a modifier of the next name ("Ann Vell and Quarbin star Tom
// Lemmo", "Quarbin managers Ann Vell").
func (r *Resolver) weakPersonPeer(text string, m *mention) bool {
	if m.typ != Location || m.ruled() || m.acronym || len(m.words) != 1 || orgWord(m.words[0]) || r.t.KnownPlace(m.key) {
		return false
	}
	if names.IsAcronym(m.Name) || strings.ContainsAny(m.Name, "&'’.") {
		return false
	}
	if _, ok := names.Known(m.Name); ok {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); strings.EqualFold(p, "the") {
		return false
	}
	if w, we := nextWord(text, m.End); w != "" && isLowerASCII(w[0]) && !listJoin(w) {
		if n, _ := nextWord(text, we); upperWord(n) {
			return false
		}
	}
	g := placeGaz()
	return g != nil && !g.KnownName(m.words, "ORG") && !g.KnownName(m.words, "LOC")
}
