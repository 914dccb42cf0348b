package extract

import "strings"

// This file (tail17o) reads three more ways a parliamentary seat is
// written, each a place whatever the recognizer said: the second name of
// a seat of two after a member's office ("the MP for Tervane and Lemmo
// Vale"), a seat a person's name was taken for after a verb of elections
// ("contesting the Lemmoford Hill seat"), and a run of seats that open
// with their town's name ("Leeds Quarbin, Tervane North, York Lemmo").

// seatPairMaxWords is the most words [seatPairBefore] walks back over
// for the first name of a seat of two.
const seatPairMaxWords = 4

// seatPairBefore reports whether the text before i, where a name after
// "and" or "&" begins, is a member's office, "for" and the first name of a
// seat of two: "MP for Tervane and [Lemmo Vale]". The first name is one
// to [seatPairMaxWords] capitalized words with no comma; "at 10 AM for"
// is a time of day. Cost: called only after "and" or "&"; a few words
// read back.
func seatPairBefore(text string, i int) bool {
	for n := 0; n <= seatPairMaxWords; n++ {
		w, ws := prevWordFast(text, i)
		if w == "for" {
			if n == 0 {
				return false
			}
			q, qs := prevWordFast(text, ws)
			if q == "AM" {
				r, _ := prevWordFast(text, qs)
				return r == "" || !isDigit(r[len(r)-1])
			}
			return memberOffices[q]
		}
		if w == "" || !upperWord(w) || strings.ContainsAny(w, ",;:.()\"") {
			return false
		}
		i = ws
	}
	return false
}

// personSeat reports whether a name the recognizer took for a person is
// a seat by the words around it: "the", a verb of elections before it
// ([electionVerbs]), "seat" after it ("contesting the Lemmoford Hill
// seat"), and a town first ([townOpened]). A pronoun after it or a rule's
// type leaves it; a title between "the" and the name ("won the Mr Lemmo
// seat" of a panel) is no seat. [seatName] asks it of a person's name.
func personSeat(text string, m *mention) bool {
	if m.End >= len(text) || !lineGap(text, m.End) || !strings.HasPrefix(text[m.End+1:], "seat") {
		return false // the cheap first question
	}
	if w, _ := nextWord(text, m.End); strings.TrimRight(w, ",.;:") != "seat" {
		return false
	}
	if m.personal || m.ruled() || len(m.words) < 2 || len(m.words) > 3 || seatParties[m.key] {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	v, _ := prevWordFast(text, ps)
	return p == "the" && electionVerbs[v] && townOpened(m)
}

// townOpened reports whether a name of two or three words opens with a
// word the gazetteer holds as a place ("Lemmoford" of "Lemmoford Hill")
// and the gazetteer holds the whole name as no person's. A first word the
// gazetteer holds as a first name too ("Washington", "Austin") is a town's
// only when a compass word ends the name ([compassWords]: "Austin
// Central", "Washington North West").
func townOpened(m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 3 {
		return false
	}
	g := placeGaz()
	if g == nil || !g.PlaceName(m.words[:1]) || g.FirstName(m.words[0]) && !compassWords[m.words[n-1]] {
		return false
	}
	return !g.KnownName(m.words, "PER")
}

// seatRun types as places the names typed a person in a run of names
// (eachList's) of [placeRunMin] or more, [placeRunKnown] of them at least
// places the tables know ([knownPlaceMember]), when every name typed a
// person there opens with a town's name ([townOpened]): a list of seats,
// "Leeds Quarbin, Tervane North, York Lemmo, Hull, Bath". [placeRun] takes
// two bare names at most; a list of seats holds more, and each one's own
// first word says it is a place. A name with a title, a pronoun after it,
// a rule's type or a longer name of the article it is the short form of
// leaves the run alone. Cost: a length test per run; then a type test of
// each member, and gazetteer look-ups for the names typed a person.
func (r *Resolver) seatRun(a *article, list []*mention) {
	if len(list) < placeRunMin {
		return
	}
	known, persons := 0, 0
	for _, m := range list {
		switch {
		case r.knownPlaceMember(m):
			known++
		case m.typ == Person:
			persons++
		}
	}
	if known < placeRunKnown || persons == 0 {
		return
	}
	for _, m := range list {
		if m.typ == Person && (m.ruled() || m.Title != "" || m.personal || !townOpened(m) || shortOfLonger(a, m)) {
			return
		}
	}
	for _, m := range list {
		if m.typ == Person {
			m.typ, m.typed = Location, true
		}
	}
}

// firstNamed reports whether the gazetteer holds the first word of a
// name of two words or more as a first name: "Ann Vell" after "MP for
// Tervane and" is a person's name.
func firstNamed(m *mention) bool {
	g := placeGaz()
	return len(m.words) >= 2 && (g == nil || g.FirstName(m.words[0]))
}

// seatListNouns name the seats a list after a colon is of: "The seats the
// party targets are: Tervane North, Lemmo Vale, Quarbin".
var seatListNouns = [...]string{" seats ", " constituencies ", " marginals "}

// seatListLookBack is the most bytes [seatList] reads back from a list's
// colon for a word of [seatListNouns].
const seatListLookBack = 200

// seatList types as places the names of a list of [placeRunMin] or more
// that a colon opens and a word for seats ([seatListNouns]) comes before
// in the same sentence: "The seats it must hold are: Tervane North,
// Lemmo Vale, Quarbin, Amlow and Leeds". Each name the recognizer took for
// a firm or a person is one more seat, unless a rule or a table typed it,
// a title stands before it or a pronoun after it, it is a party's name
// ([seatParties]) or written in capitals, or a first name opens it and no
// town does ([townOpened]: "The seats on the board are: Ann Vell, ...");
// two members at least are places the tables know. Cost: one byte test
// per list for the colon before it; the look back and map tests only then.
func (r *Resolver) seatList(a *article, list []*mention) {
	if len(list) < placeRunMin || !colonBefore(a.text, list[0].Start) {
		return
	}
	before := a.text[max(0, list[0].Start-seatListLookBack):list[0].Start]
	if i := strings.LastIndexAny(before, ".\n!?"); i >= 0 {
		before = before[i+1:]
	}
	cue := false
	for _, n := range seatListNouns {
		cue = cue || strings.Contains(before, n)
	}
	if !cue {
		return
	}
	known := 0
	for _, m := range list {
		if r.knownPlaceMember(m) {
			known++
		}
	}
	if known < 2 {
		return
	}
	for _, m := range list {
		if (m.typ == Person || m.typ == Org) && !m.ruled() && m.Title == "" && !m.personal && !seatParties[m.key] &&
			len(m.words) > 0 && len(m.words) <= 4 && !acronymWord(m.Name) && (m.typ == Org || !firstNamed(m) || townOpened(m)) {
			m.typ, m.typed = Location, true
		}
	}
}

// colonBefore reports whether a colon and spaces stand right before i.
func colonBefore(text string, i int) bool {
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	return i > 0 && text[i-1] == ':'
}
