package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file widens [firmOfIts] to an owner named before the unit: a firm's
// noun or a firm's legal form with its possessive ("the company's Quarbin
// division", "Zorbit Corp's Quarbin unit"), where "its" would stand.

// firmOwnerWords name a firm as the owner of a unit, with a possessive.
var firmOwnerWords = names.Set{"company's": true, "firm's": true, "group's": true, "concern's": true,
	"corporation's": true, "corp's": true, "inc's": true, "co's": true, "ltd's": true, "plc's": true}

// firmOfOwner reports whether a name taken for a person or a place stands
// between a firm's possessive ([firmOwnerWords]) and a word of
// [unitsAfterIts]: "the company's Quarbin division". The same places and
// peoples as for "its" are left.
func firmOfOwner(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 || m.End >= len(text) || text[m.End] != ' ' {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	if !firmOwnerWords[strings.ToLower(strings.Replace(p, "’", "'", 1))] {
		return false
	}
	n, _ := nextWord(text, m.End)
	if !unitsAfterIts[strings.TrimRight(n, ",.;:")] {
		return false
	}
	t := names.Tables()
	return !t.KnownPlace(m.key) && !names.IsRegion(m.key) && !t.IsDemonym(m.key)
}
