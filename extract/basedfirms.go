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
	p, ps := prevWordFast(text, m.Start)
	if len(p) < 7 || !strings.EqualFold(p[len(p)-6:], "-based") || !placeBefore(text, p[:len(p)-6], ps) {
		return false
	}
	if n, _ := nextWord(text, m.End); n == "and" || n == "&" {
		return false // "Denver-based Vell and Lunmark Inc": a firm's name cut at "and"
	}
	return !names.Tables().IsDemonym(m.key)
}

// placeBefore reports whether the word w before "-based", which starts at
// ps, names a place: a state's or a country's abbreviation with its point
// ("Ore.", "U.S."), a country's letters, or a place the tables know, alone
// or with the one or two capitalized words before it ("Santa Monica",
// "Little Rock"). "Linux-based" or "Web-based" say what a thing runs on.
func placeBefore(text, w string, ps int) bool {
	t := names.Tables()
	if strings.HasSuffix(w, ".") && len(w) >= 3 || upperLetters(w) && t.Country(w, names.Key(w)) >= 0 {
		return true
	}
	name := w
	for range 3 {
		if k := names.Key(name); k != "" && (t.KnownPlace(k) || t.CityCountry[k] != "") {
			return true
		}
		q, qs := prevWordFast(text, ps)
		if q == "" || !upperWord(q) || strings.ContainsAny(q, ".,;:()\"") {
			return false
		}
		name, ps = q+" "+name, qs
	}
	return false
}
