package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11i) types a name in a list of places after the list's
// other members: "protests in Tervane, Amlow, Quarbin and Lunmark" when
// the recognizer took Quarbin, a town it did not know, for a firm or a
// person. [listPeers] does the same for lists of firms.

// placePeers types as places the weak members of each list of two names
// or more in the article whose other members are places ([placePeerList]).
func (r *Resolver) placePeers(a *article) {
	if len(a.ms) < 2 {
		return
	}
	r.eachList(a, func(list []*mention) {
		if len(list) >= 2 {
			r.placePeerList(a, list)
		}
		r.placeRun(a, list) // tail17c
		r.seatRun(a, list)  // tail17o
		r.seatList(a, list) // tail17o
	})
}

// placePeerList types as places the weak members of a list ([weakPlace])
// when every other member is a place: one the tables or the model's
// gazetteer know ([knownPlaceMember]), two of them at least, or one when
// each weak member is itself a town of the gazetteer that it holds as no
// organization's name ("between Lyon and Nuneaton"; a town of a club's
// name, "Lemmo and Tervane", may be the club's in a match between two);
// other names typed as places may stand beside them, and the weak members
// are no more than the places. "And" or "or" must join the last name:
// names joined by commas alone are as often a sentence's opening and its
// subject ("On Tervane, Quarbin said") or a firm's seat. A member of any other kind (a firm by more than the recognizer,
// a person, a work) leaves the list alone: lists mix types ("Quarbin,
// Zorbit and Britain"), and a list that "and" or "or" goes on after its
// last name read is left.
func (r *Resolver) placePeerList(a *article, list []*mention) {
	if _, join, _ := listGap(a.text[list[len(list)-2].End:list[len(list)-1].Start]); !join {
		return // names joined by commas alone: "On Tervane, Quarbin said", "Lemmo, Ohio"
	}
	if w, _ := nextWord(a.text, list[len(list)-1].End); listJoin(w) {
		return
	}
	places, locs, weak, lone := 0, 0, 0, 0
	for _, m := range list {
		switch {
		case r.knownPlaceMember(m):
			places++
		case m.typ == Location:
			locs++
		case r.weakPlace(a, m):
			weak++
			if g := placeGaz(); g == nil || !g.PlaceName(m.words) || g.KnownName(m.words, "ORG") {
				lone++ // needs two places beside it: no town of the gazetteer, or a club's too
			}
		default:
			return
		}
	}
	if places == 1 && lone > 0 && r.placeAfterList(a, list[0], list[len(list)-1]) { // tail11n
		places++
	}
	if weak == 0 || places == 0 || places < 2 && lone > 0 || weak > places+locs {
		return
	}
	for _, m := range list {
		if m.typ != Location && m.country < 0 {
			m.typ, m.typed = Location, true
		}
	}
}

// knownPlaceMember reports whether a list's member is a country, or a
// name typed as a place that the tables or the model's gazetteer hold as
// one.
func (r *Resolver) knownPlaceMember(m *mention) bool {
	if m.country >= 0 {
		return true
	}
	if m.typ != Location || m.canon != "" && !r.t.KnownPlace(names.Key(m.canon)) {
		return false
	}
	return r.t.KnownPlace(m.key) || names.IsRegion(m.key) || ner.KnownCity(m.Name) || names.Shires[m.key] // tail11n: Shires
}

// weakPlace reports whether only the recognizer says a name of one to
// three words is a firm's or a person's: no rule typed it, no table or
// alias knows it, no title stands before it and no pronoun after it, no
// word of an organization's name is in it, nor a plural last word ("the
// Tervane Marathons") or a word in capitals ("KQRB-TV"), it is no short
// form of a longer name in the article ("Lemmo" of "Lemmo Mining Ltd",
// "Yao" of "Yao Lin"), and the model's gazetteer holds
// it as a place, or neither as a firm's nor as a person's name and, for a
// person's name of two words or more, with no first name first.
func (r *Resolver) weakPlace(a *article, m *mention) bool {
	if m.typ != Person && m.typ != Org || m.ruled() || m.Title != "" || m.personal || len(m.words) == 0 || len(m.words) > 3 || anyOrgWord(m.words) {
		return false
	}
	if n := len(m.words); n > 1 && strings.HasSuffix(m.words[n-1], "s") && !gazTown(m) || acronymWord(m.Name) || shortOfLonger(a, m) { // tail11n: gazTown
		return false
	}
	if _, ok := names.Known(m.Name); ok {
		return false
	}
	g := placeGaz()
	if g == nil {
		return false
	}
	if g.PlaceName(m.words) {
		return true // a town of the gazetteer, whatever else it holds it as ("Tervane" of its club)
	}
	return !g.KnownName(m.words, "ORG") && !g.KnownName(m.words, "PER") && (m.typ == Org || len(m.words) == 1 || !g.FirstName(m.words[0]))
}

// acronymWord reports whether a name has two capital letters or more in
// a row, as a station's call sign or an acronym has ("KQRB-TV", "Tervane
// TVX"); a name of a headline or a table in capitals is left with them.
func acronymWord(name string) bool {
	run := 0
	for _, c := range name {
		if unicode.IsUpper(c) {
			run++
			if run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// shortOfLonger reports whether the words of m begin or end another
// mention's longer name in the article: its short form.
func shortOfLonger(a *article, m *mention) bool {
	for _, o := range a.ms {
		if o != m && !o.removed && (hasPrefix(o.words, m.words) || hasSuffix(o.words, m.words)) {
			return true
		}
	}
	return false
}
