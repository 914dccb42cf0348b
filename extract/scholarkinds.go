package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12q) reads a learned or skilled trade before a name as a
// person's kind noun by the trade's ending, where [personKinds] lists the
// trades of arts and sport one by one: "agronomist Ann Vell said", "the
// late seismologist Quarbin Tervane". The endings name a person who
// practises a science or a craft; no firm or place is called so.

// scholarEndings end the lower-case nouns of a person's learned or skilled
// trade: "-ologist" (geologist, seismologist), "-onomist" (economist,
// agronomist), "-ician" (statistician, physician), "-ographer"
// (photographer), "-ysicist", "-ientist".
var scholarEndings = [...]string{"ologist", "onomist", "ician", "ographer", "ysicist", "ientist"}

// scholarKind reports whether a lower-case word is a person's trade by
// its ending ([scholarEndings]), the ending not the whole word.
func scholarKind(k string) bool {
	for _, e := range scholarEndings {
		if len(k) > len(e)+1 && strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

// lateKindType returns Person for a name the recognizer took for a firm
// or a place after "the late" and a person's kind noun ([personKinds],
// [scholarKind]): "the late seismologist Quarbin Tervane states". A dead
// person is named so, whatever verb follows; [kindNounType] and
// [kindSubjectType] need the noun phrase to end or a clause's verb.
// Otherwise "".
func lateKindType(text string, m *mention) Type {
	if m.typ != Org && m.typ != Location || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 ||
		len(m.words) == 0 || len(m.words) > 3 {
		return ""
	}
	k, ks := prevWordFast(text, m.Start)
	if k == "" || !isLowerASCII(k[0]) || !personKinds[k] && !scholarKind(k) {
		return "" // the usual case, decided at once
	}
	l, ls := prevWordFast(text, ks)
	if l != "late" {
		return ""
	}
	if d, _ := prevWordFast(text, ls); d != "the" && d != "The" {
		return ""
	}
	if t := names.Tables(); t.KnownPlace(m.key) || t.IsDemonym(m.key) || looksLikeOrg(m) {
		return ""
	}
	return Person
}
