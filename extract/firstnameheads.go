package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the person's name whose surname is a head word of
// places or organizations ("Lemmo Bridge", "Ann Lane", "Tara Press",
// "Glen Quarbin"): the recognizer typed it a person, its first word is a
// given name the gazetteer knows, and only the head word in it says
// otherwise. A left-back called Bridge and a singer called Church are no
// bridge and no church.

// headOnlyRetyped reports whether a name of two words that the
// recognizer typed a person, whose first word is a given name, was
// retyped a place or an organization only by a head word of its own:
// a street's or a building's last word ([names.PlaceTails]), an
// organization's ([names.OrgByWords]) or a place word that begins it
// ([names.PlaceFirst]: "Glen"). was is the recognizer's type. A name the
// tables know, a country, an agency, a name given by an alias rule and a
// company suffix ("Ann Lane Ltd") are left, and so is a first word that
// is a title ("General").
func headOnlyRetyped(text string, was Type, m *mention) bool {
	if was != Person || m.typ == Person || m.typ == Misc || len(m.words) != 2 || m.canon != "" || m.forced != "" ||
		m.country >= 0 || m.agency >= 0 {
		return false
	}
	first, last := m.words[0], m.words[1]
	if !names.PlaceTails[last] && !names.OrgByWords(m.words) && !names.PlaceFirst[first] || names.CorpSuffixes[last] {
		return false
	}
	if names.Titles[first] || !upperWord(m.Name) {
		return false
	}
	if g := placeGaz(); g == nil || !g.FirstName(first) || !names.PlaceFirst[first] && !g.Surname(last) {
		return false
	}
	if _, known := names.Known(m.Name); known || names.Tables().KnownPlace(m.key) {
		return false
	}
	return !placeReading(text, m)
}

// placeReading reports whether the words around a name read it as a place
// or a building: a preposition or an article before it ("on Ann Street",
// "a Tom Square institution"), a number ("45, Ann Lane"), or a lower-case
// noun after it ("the Sandy Lane resort": a word none of [clauseWords]).
// A name in capitals is a headline's, which says nothing: it is left too.
func placeReading(text string, m *mention) bool {
	if s := text[m.Start:m.End]; strings.ToUpper(s) == s {
		return true
	}
	p, _ := prevWordFast(text, m.Start)
	p = strings.TrimSuffix(p, ",")
	switch strings.ToLower(p) {
	case "the", "a", "an", "on", "in", "at", "near", "along", "off", "into", "outside", "opposite", "via", "to":
		return true
	}
	if p != "" && p[len(p)-1] >= '0' && p[len(p)-1] <= '9' {
		return true
	}
	if m.End < len(text) && lineGap(text, m.End) {
		w, _ := nextWord(text, m.End)
		w = strings.TrimRight(w, ",.;:")
		return w != "" && isLowerASCII(w[0]) && !clauseWords[w] && !firmVerbs[w]
	}
	return false
}
