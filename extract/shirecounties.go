package extract

import "strings"

// This file holds the cue of a county named after its town, as British
// writers place a town: "Quarbin, Tervaneshire, to the west". A county
// whose name ends in "-shire" and that [names.Shires] leaves out (its
// name alone is a firm's as often) is a place there.

// shireAfterTown reports whether a one-word name typed a person or an
// organization ends in "shire", follows a capitalized word and a comma
// and ends its phrase (a comma, a full stop, a semicolon or a bracket
// after it): a county (LOCATION). "Quarbin's Tervaneshire unit" and
// "Tervaneshire said" are left.
func shireAfterTown(text string, m *mention) bool {
	if len(m.words) != 1 || !strings.HasSuffix(m.key, "shire") || m.typ != Org && m.typ != Person || m.canon != "" ||
		m.Start < 3 || text[m.Start-2:m.Start] != ", " || m.End >= len(text) || !strings.ContainsRune(",.;)", rune(text[m.End])) {
		return false
	}
	p, _ := prevWordFast(text, m.Start-2)
	return upperWord(p)
}
