package extract

import (
	"slices"
	"strings"
)

// This file holds a short name that the article spells out in full right
// after it: "Quarbin - full name Tervane Quarbin Dairy Industrial - said",
// "Quarbin (full name: Tervane Quarbin Dairy) said". The two are one
// entity, the full name its name; the short name alone is no first word
// of the full one, which the short names' links ([Resolver.linkShortNames])
// read.

// fullNameAppositions makes each mention that the words "full name" (in a
// bracket, between dashes or after a comma, maybe with a colon or "is")
// join to the next mention a definition of it ([linkDefinitions]): the
// two are of one type, neither a country's or an agency's, and a word of
// the short name is a word of the full one. It asks first whether the
// text holds "ull name" at all.
func fullNameAppositions(text string, ms []*mention) {
	if !strings.Contains(text, "ull name") {
		return // the usual case, decided at once
	}
	for i := 0; i+1 < len(ms); i++ {
		m, n := ms[i], ms[i+1]
		if n.Start <= m.End || n.Start-m.End > 20 || m.defines != nil || m.typ != n.typ || len(n.words) <= len(m.words) ||
			m.country >= 0 || n.country >= 0 || m.agency >= 0 || n.agency >= 0 {
			continue
		}
		gap := strings.ToLower(strings.Trim(text[m.End:n.Start], " -–—(,:"))
		if gap != "full name" && gap != "full name is" {
			continue
		}
		if slices.ContainsFunc(m.words, func(w string) bool { return slices.Contains(n.words, w) }) {
			m.defines = n
		}
	}
}
