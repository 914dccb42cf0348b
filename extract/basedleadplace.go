package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file widens tail13e's basedFirm to a town of two words the tables do
// not hold, told by its first word: "Santa Orvel-based Zandix", "Little
// Marrow-based Quelt". A town's name often starts with a saint's or a
// settler's word (San, Santa, Saint, Fort, Port, Little, Salt ...); a
// product's name before "-based" ("Zorbit Linux-based") has no such word.

// placeLeads are the first words of many towns' two-word names.
var placeLeads = map[string]bool{
	"San": true, "Santa": true, "Saint": true, "St.": true, "Fort": true, "Port": true,
	"Little": true, "Salt": true, "Los": true, "Las": true, "Baton": true, "Palm": true,
}

// leadPlaceBasedFirm reports whether a name typed PERSON or LOCATION stands
// right after "<lead> <Town>-based", where lead is one of placeLeads and
// Town a capitalized word: the firm based in that town. As in basedFirm, a
// known name, a people's adjective and a name with "and" after it are left.
func leadPlaceBasedFirm(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if len(p) < 8 || !strings.EqualFold(p[len(p)-6:], "-based") || !upperWord(p) || strings.ContainsAny(p[:len(p)-6], ".-") {
		return false
	}
	if q, _ := prevWordFast(text, ps); !placeLeads[q] {
		return false
	}
	if cutFirmName(text, m.End) {
		return false
	}
	return !names.Tables().IsDemonym(m.key)
}

// cutFirmName reports whether the words from end carry on a firm's name
// the recognizer cut: "and" or "&" ("Vell and Lunmark"), or a small word
// and a capitalized word, with "the" between or not ("Jug in the Attic",
// "House of Brom").
func cutFirmName(text string, end int) bool {
	n, ns := nextWord(text, end)
	switch n {
	case "and", "&":
		return true
	case "in", "of", "on", "at":
	default:
		return false
	}
	w, ws := nextWord(text, ns)
	if w == "the" {
		w, _ = nextWord(text, ws)
	}
	return upperWord(w)
}
