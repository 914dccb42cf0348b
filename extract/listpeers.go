package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file types a name in a list of firms after the list's other
// members: "licensed by Quarbin, Zorbit Electronics, Tervane and Qovix"
// when the recognizer took Qovix, a name it did not know, for a person or
// a place. [firmList] reads a list that a plural noun for firms opens;
// here the members themselves are the evidence.

// listPeers types as organizations the weak members of each list of
// three names or more in the article whose other members are
// organizations ([peerList]).
func (r *Resolver) listPeers(a *article) {
	if len(a.ms) < 3 {
		return
	}
	r.eachList(a, func(list []*mention) { // tail10ya: the runs shared with underwriterLists
		if len(list) >= 3 {
			r.peerList(a, list)
		}
	})
}

// byStart orders mentions by where they begin.
func byStart(x, y *mention) int { return x.Start - y.Start }

// nextInList reports whether n follows m as the next item of a list: both
// standing, in the same part of the article (headline or body), with only
// a list's joint between them ([listGap]).
func (r *Resolver) nextInList(a *article, m, n *mention) bool {
	if m.removed || n.removed || n.Start < m.End || (m.Start < a.titleEnd) != (n.Start < a.titleEnd) {
		return false
	}
	_, _, ok := listGap(a.text[m.End:n.Start])
	return ok
}

// listGap reads the text between two items of a list: a comma, "and" or
// "or", or a comma and one of them, perhaps with "the" after ("A, the B
// and C"), within one paragraph. comma and join say which it holds.
func listGap(s string) (comma, join, ok bool) {
	if len(s) > 12 || paragraphBreak(s) {
		return false, false, false
	}
	t := strings.TrimLeft(s, " \n")
	if t, comma = strings.CutPrefix(t, ","); comma && t != "" && t[0] != ' ' && t[0] != '\n' {
		return false, false, false // "1,2": no list
	}
	f := strings.Fields(t)
	if len(f) > 0 && (f[0] == "and" || f[0] == "or") {
		join, f = true, f[1:]
	}
	if len(f) > 0 && (f[0] == "the" || f[0] == "The") {
		f = f[1:]
	}
	return comma, join, len(f) == 0 && (comma || join)
}

// peerList types the weak members of a list as organizations
// ([weakName]: a name only the recognizer calls a person or a place) when
// every other member is an organization, two of them at least, and one
// known so apart from the recognizer ([strongOrg]), the organizations
// outnumber the weak names, a comma joins two of the items and "and" or
// "or" comes before the last ("Quarbin, Zorbit Electronics and Qovix").
// A member of any other kind (a country, a known place or person, a
// work) leaves the list alone: lists mix types ("Quarbin, Zorbit and
// Britain", "Ann Lemmo, Bob Vell and Labour"). A run of names joined by
// commas alone is more often an apposition ("the Quarbin Institute, QI,
// Ann Lemmo said") or one firm's name ("Tervane, Amlow, Zorbit Ltd"). A
// list that "and" or "or" goes on after its last name read ("Quarbin and
// Assocs") is left, and so is a weak name before a firm's name with a
// company's suffix ([firmPiece]). A person's surname the article writes
// in full elsewhere ("Lemmo" of "Ann Lemmo") goes with the full name's
// group all the same.
func (r *Resolver) peerList(a *article, list []*mention) {
	orgs, strong, weak, comma := 0, 0, 0, false
	for i, m := range list {
		if i > 0 {
			c, _, _ := listGap(a.text[list[i-1].End:m.Start])
			comma = comma || c
		}
		switch {
		case m.typ == Org:
			orgs++
			if strongOrg(m) {
				strong++
			}
		case r.weakName(m):
			weak++
		default:
			return
		}
	}
	if _, join, _ := listGap(a.text[list[len(list)-2].End:list[len(list)-1].Start]); !join || !comma ||
		weak == 0 || orgs < 2 || strong == 0 || weak >= orgs {
		return
	}
	if w, _ := nextWord(a.text, list[len(list)-1].End); listJoin(w) {
		return // the list goes on with a name the recognizer missed ("Quarbin and Associates")
	}
	for i, m := range list {
		if m.typ != Org && !firmPiece(list[i+1:]) {
			m.typ, m.typed = Org, true
		}
	}
}

// firmPiece reports whether the weak names after a weak name of a list
// end in a firm's name with a company's suffix: the names may all be
// pieces of one firm's name with a comma or "and" inside ("Tervane,
// Amlow, Quarbin Inc", "Amlow Fire and Casualty Co").
func firmPiece(rest []*mention) bool {
	for _, m := range rest {
		if m.typ == Org {
			return len(m.words) > 0 && names.CorpSuffixes[m.words[len(m.words)-1]]
		}
	}
	return false
}

// strongOrg reports whether more than the recognizer says a name is an
// organization's: its words or the words around it (typed), the tables of
// agencies and of well-known names, an alias rule or the model's
// gazetteer.
func strongOrg(m *mention) bool {
	if m.typed || m.agency >= 0 || m.canon != "" || m.forced != "" {
		return true
	}
	if k, ok := names.Known(m.Name); ok && k.Type == names.Org {
		return true
	}
	g := placeGaz()
	return g != nil && g.KnownName(m.words, "ORG")
}

// weakName reports whether only the recognizer says a name of one to
// three words is a person's or a place's: no rule typed it, no table or
// alias knows it, no title stands before it, no pronoun after it, the
// model's gazetteer does not hold it as of its type and, for a person's
// name of two words or more, its first word is no first name.
func (r *Resolver) weakName(m *mention) bool {
	if m.typ != Person && m.typ != Location || m.ruled() || m.Title != "" || m.personal || len(m.words) == 0 || len(m.words) > 3 || r.t.KnownPlace(m.key) {
		return false
	}
	if _, ok := names.Known(m.Name); ok {
		return false
	}
	g := placeGaz()
	if g == nil {
		return false
	}
	if m.typ == Location {
		return !g.KnownName(m.words, "LOC")
	}
	return !g.KnownName(m.words, "PER") && (len(m.words) == 1 || !g.FirstName(m.words[0]))
}
