package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10zy) types as places the names the recognizer took for
// firms or people where the words around them leave only a place: a
// point of the compass "of" a place after them ("Lemmo in the east of the
// country"), a county after a comma and a preposition of place before
// them ("from Quarbin Green, West Sussex;"), or "from" before them and
// "to" and a known place after them ("From Tervane to Rome").

// compassPoints are the points of the compass that stand between "in the"
// and "of" after a place: "in the north-east of the country".
var compassPoints = names.Set{"north": true, "south": true, "east": true, "west": true, "centre": true,
	"center": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}

// countyPrepositions come before a town that a comma and its county
// follow: "from Quarbin Green, West Sussex", "at Lemmo, Hertfordshire".
var countyPrepositions = names.Set{"from": true, "in": true, "at": true, "near": true}

// placePosition reports whether a name of one to three words that the
// recognizer typed an organization or a person stands where the words
// around it leave only a place ([compassOfAfter], [countyAfter],
// [fromToPlace]). A name with an organization's word ("Acme Bank, West
// Sussex"), a well-known name, a title, an acronym or an alias is left,
// and so is a person's name that begins with a given name ("Ann Vell in
// the north of England").
func (r *Resolver) placePosition(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.End >= len(text) || !lineGap(text, m.End) && text[m.End] != ',' ||
		m.canon != "" || m.forced != "" || m.Title != "" || m.agency >= 0 || m.country >= 0 || m.acronym ||
		len(m.words) == 0 || len(m.words) > 3 {
		return false
	}
	var ok bool
	if text[m.End] == ',' {
		ok = r.countyAfter(text, m) || compassOfAfter(text, m.End)
	} else {
		ok = compassOfAfter(text, m.End) || r.fromToPlace(text, m)
	}
	if !ok {
		return false
	}
	if !unmarkedName(m) {
		return false
	}
	return m.typ != Person || len(m.words) == 1 || !placeGaz().FirstName(m.words[0])
}

// compassOfAfter reports whether "in the", maybe "far", a point of the
// compass and "of" follow the end of a name, maybe after a comma: "Lemmo
// in the east of the country", "in Lemmo, in the far east of Quarbinia".
func compassOfAfter(text string, end int) bool {
	rest, ok := strings.CutPrefix(strings.TrimPrefix(text[end:], ","), " in the ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "far ")
	w, _, _ := strings.Cut(rest, " ")
	return compassPoints[w] && strings.HasPrefix(rest[len(w):], " of ")
}

// countyAfter reports whether a name after a preposition of place
// ([countyPrepositions]) has a comma after it and a known place or county
// of one or two words ([Resolver.placeAt]) that ends a clause: a comma, a
// semicolon, a full stop or a bracket follows ("from Quarbin Green, West
// Sussex;"). A possessive or a list after the place ("in Acme, Tervania's
// biggest bank"; "at Lemmo, Oxford and Yale") is left, and so is a town
// the article also writes as a firm's ([townOnly]: "at Tervane, Quebec,
// ... Tervane Mines Ltd").
func (r *Resolver) countyAfter(text string, m *mention) bool {
	if !strings.HasPrefix(text[m.End:], ", ") {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); !countyPrepositions[p] {
		return false
	}
	e := r.placeAt(text, m.End+2)
	return e > 0 && (e == len(text) || strings.IndexByte(",;.)", text[e]) >= 0) && townOnly(text, m.Name)
}

// fromToPlace reports whether a name follows "from" and "to" and a known
// place ([Resolver.placeAt]) follow it: "From Tervane to Rome", "moving
// from Lemmo to London".
func (r *Resolver) fromToPlace(text string, m *mention) bool {
	if !strings.HasPrefix(text[m.End:], " to ") {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "from" && p != "From" {
		return false
	}
	return r.placeAt(text, m.End+4) > 0
}

// placeAt returns the end of the name of a place of one or two
// capitalized words that begins at i, a place the tables or the
// recognizer's gazetteer know or a county ([names.Shires], a point of the
// compass and [countyNames]: "West Sussex"), the longer read first; 0 when
// no such place begins there.
func (r *Resolver) placeAt(text string, i int) int {
	raw, e := nextWord(text, i)
	w1 := strings.TrimRight(raw, ",;.)")
	if !upperWord(w1) {
		return 0
	}
	e1 := e - len(raw) + len(w1)
	k1 := names.Key(w1)
	if e1 < len(text) && text[e1] == ' ' {
		if w2, e2 := nextWord(text, e1); upperWord(w2) {
			t2 := strings.TrimRight(w2, ",;.)")
			k2 := names.Key(t2)
			if compassPoints[k1] && (names.Shires[k2] || countyNames[k2]) || r.t.KnownPlace(k1+" "+k2) ||
				placeGaz().PlaceName([]string{w1, t2}) {
				return e2 - (len(w2) - len(t2))
			}
		}
	}
	if names.Shires[k1] || r.t.KnownPlace(k1) || placeGaz().PlaceName([]string{w1}) {
		return e1
	}
	return 0
}
