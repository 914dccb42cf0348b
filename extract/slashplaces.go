package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// splitSlashPlaces cuts in two a mention that joins two places by a
// slash: "flights on the Tervania/Quarbin route", "Elkton/ Lunmark" in a
// price table, "the U.S./Tervania talks". Each side must be a country or
// a town the tables or the gazetteer know whole (a demonym is not enough: "Tervanian/
// Quarbin" is left), and the mention holds one slash and nothing else: a
// longer name after the pair ("Elkton/Lunmark International Airport") is
// one name and stays, and so does a mention the recognizer cut from a
// place's name: the word before it and its first side, or its last side
// and the word after it, a place the tables know ("NEW YORK/ELKTON"
// begun at "YORK"). Each half is a mention of its own, typed a place.
func (r *Resolver) splitSlashPlaces(text string, ms []*mention) []*mention {
	return splitEach(ms, func(out []*mention, m *mention) ([]*mention, bool) {
		if m.typ == Misc || strings.Count(m.Name, "/") != 1 {
			return out, false
		}
		slash := slashBetweenPlaces(text, m)
		if slash < 0 {
			return out, false
		}
		out = r.mentions(out, text, m.Start, slash, m.Sentence, Location)
		return r.mentions(out, text, slash+1, m.End, m.Sentence, Location), true
	})
}

// slashBetweenPlaces returns the offset in text of the slash of m when
// the words on both sides of it are each a place the tables know, and -1
// otherwise.
func slashBetweenPlaces(text string, m *mention) int {
	slash := strings.IndexByte(text[m.Start:m.End], '/')
	if slash < 0 {
		return -1
	}
	slash += m.Start
	left, right := text[m.Start:slash], text[slash+1:m.End]
	if !knownPlaceName(left) || !knownPlaceName(right) {
		return -1
	}
	if p, _ := prevWord(text, m.Start); upperWord(p) && !strings.EqualFold(p, "the") && knownPlaceName(p+" "+left) {
		return -1
	}
	if n, _ := nextWord(text, m.End); upperWord(n) && knownPlaceName(right+" "+n) {
		return -1
	}
	return slash
}

// knownPlaceName reports whether s, trimmed, is a country's name or a
// place's the tables or the recognizer's gazetteer know.
func knownPlaceName(s string) bool {
	s = strings.TrimSpace(s)
	k := names.Key(s)
	if k == "" || !names.IsCapitalized(s) {
		return false
	}
	t := names.Tables()
	return t.Country(s, k) >= 0 || t.KnownPlace(k) || t.CityCountry[k] != "" || placeGaz().PlaceName(strings.Fields(s))
}
