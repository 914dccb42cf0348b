package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cue of a list of bodies or of people right after
// their kind: "celebrity tabloids Quelby Weekly, Vane Today and Lamp",
// "broadcasters, like Tarrow, claim", "reggae stars such as Ann Quell and
// Zorbo". The kind names every item's type.

// listBodyKinds are plural nouns of a kind of body whose members a list
// names: firms, papers, broadcasters, bands. "Makers" and "rivals" are
// left: "film makers" are people, "rivals" clubs or countries as often.
var listBodyKinds = names.Set{"companies": true, "firms": true, "tabloids": true, "newspapers": true, "magazines": true,
	"broadcasters": true, "networks": true, "studios": true, "labels": true, "publishers": true, "retailers": true,
	"airlines": true, "insurers": true, "banks": true, "charities": true, "bands": true, "carmakers": true,
	"chipmakers": true, "manufacturers": true, "giants": true}

// listPeopleKinds are plural nouns of a kind of person whose names a list
// gives: "stars such as", "rappers". "Artists" and "acts" are left: bands
// are as often among them.
var listPeopleKinds = names.Set{"stars": true, "singers": true, "rappers": true, "actors": true, "actresses": true,
	"musicians": true, "comedians": true, "presenters": true, "footballers": true}

// listKindWord returns the plural noun of a kind that the list a name at
// start (ending at end) is one of opens right after: after "such as",
// "like" or "including" (a comma maybe before the cue; one item is
// enough), or right after the kind with a lower-case word before it
// ("start-up companies Quelby and Vane", two items at least). It returns
// "" when no such word stands there.
func listKindWord(text string, start, end int) string {
	s, before := listStart(text, start)
	p, ps := prevWordFast(text, s)
	if paragraphBreak(text[ps:s]) {
		return ""
	}
	if examplesCue(p) {
		if p == "as" {
			q, qs := prevWordFast(text, ps)
			if q != "such" {
				return ""
			}
			ps = qs
		}
		k, _ := prevWordFast(text, ps)
		return strings.TrimSuffix(k, ",")
	}
	if _, after := listEnd(text, end); before+after == 0 {
		return ""
	}
	if q, _ := prevWordFast(text, ps); !lowerWord(q) {
		return ""
	}
	return p
}

// listMemberCheap is the cheap first question of the list rules: a cue
// word, a join or a comma right beside the name.
func listMemberCheap(text string, m *mention) bool {
	if m.canon != "" || m.forced != "" || m.Title != "" || m.country >= 0 || m.agency >= 0 || len(m.words) == 0 || len(m.words) > 5 {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	w, _ := nextWord(text, m.End)
	return examplesCue(p) || listJoin(p) || listJoin(w) || strings.HasSuffix(p, ",") || m.End < len(text) && text[m.End] == ',' ||
		listBodyKinds[p] || listPeopleKinds[p]
}

// bodyKindList reports whether a name typed a person or a place is one of
// a list of bodies that their kind opens ([listBodyKinds], [listKindWord]):
// "celebrity tabloids Quelby Weekly and Lamp", "broadcasters, like Tarrow,".
// The caller leaves the places the tables know.
func bodyKindList(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || !listMemberCheap(text, m) {
		return false
	}
	return listBodyKinds[listKindWord(text, m.Start, m.End)] || listBodyKinds[countedKindList(text, m)] // tail16w: countedKindList
}

// peopleKindList reports whether a name typed a place that the tables do
// not know is one of a list of people that their kind opens
// ([listPeopleKinds], [listKindWord]): "stars such as Ann Quell and Zorbo".
func peopleKindList(text string, m *mention) bool {
	if m.typ != Location || !listMemberCheap(text, m) || names.Tables().KnownPlace(m.key) {
		return false
	}
	return listPeopleKinds[listKindWord(text, m.Start, m.End)]
}
