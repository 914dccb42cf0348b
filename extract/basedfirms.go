package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds a firm's cue before its name: a place and "-based"
// ("Tervane-based Quarbin Point", "Ore.-based Zorbit"). A firm is said to
// be based somewhere; a person is said to live there, and "-based" before
// a person's name has a kind noun between ("a Tervane-based analyst").

// basedFirm reports whether a name the recognizer took for a person or a
// place stands right after a word ending in "-based": the firm based
// there. A people's adjective ("London-based Swedish financier"), a
// country and a known name are left; the caller leaves a place the tables
// know.
func basedFirm(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	if len(p) < 7 || !strings.EqualFold(p[len(p)-6:], "-based") {
		return false
	}
	return !names.Tables().IsDemonym(m.key)
}
