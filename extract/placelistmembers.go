package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// placeListMember (tail15h) reports whether a name of one or two words the
// recognizer took for a person stands in a list between two places the
// tables know, each a whole item of it: a known place and a comma before
// the name, and a comma or "and" and a known place that ends its item
// after it ("to link Amlow City, Tervane, Dallas and Houston"): one more
// place of the list. [stateListMember] reads a list of states; this reads
// towns and countries too. A place that runs on into a longer name
// ("Dallas Tervane Bank") is no item of the list, and a name beside one
// place only ("Ann Vell, Texas") is left.
func placeListMember(text string, m *mention) bool {
	if m.typ != Person || len(m.words) > 2 || m.canon != "" || m.forced != "" || m.Title != "" || m.Start < 4 ||
		text[m.Start-2] != ',' || !asciiSpace(text[m.Start-1]) {
		return false // the cheap first question: no comma before the name
	}
	rest := text[m.End:]
	after := 0
	switch {
	case strings.HasPrefix(rest, ", "), strings.HasPrefix(rest, ",\n"):
		after = m.End + 2
	case strings.HasPrefix(rest, " and "), strings.HasPrefix(rest, "\nand "):
		after = m.End + 5
	default:
		return false
	}
	t := names.Tables()
	return knownPlaceItemAt(t, text, after) && knownPlaceItemBefore(t, text, m.Start-2)
}

// knownPlaceItemAt reports whether a list's item that begins at i is a
// place the tables or the gazetteer know, of one to three capitalized words, with a comma,
// a full stop, a semicolon or "and" after it.
func knownPlaceItemAt(t *names.Index, text string, i int) bool {
	var ws []string
	for n := 0; n < 3; n++ {
		w, e := nextWord(text, i)
		k := strings.TrimRight(w, ",.;")
		if k == "" || !upperWord(k) {
			return false
		}
		ws = append(ws, strings.ToLower(k))
		if listPlaceWords(t, ws) {
			if k != w {
				return true
			}
			if nx, _ := nextWord(text, e); nx == "and" {
				return true
			}
		}
		if k != w {
			return false
		}
		i = e
	}
	return false
}

// knownPlaceItemBefore reports whether a list's item that ends at i (its
// comma) is a place the tables know, of one to three capitalized words,
// with a lower-case word, a comma or "and" before it.
func knownPlaceItemBefore(t *names.Index, text string, i int) bool {
	var ws []string
	for n := 0; n < 3; n++ {
		w, s := prevWordFast(text, i)
		if w == "" || !upperWord(w) || strings.ContainsAny(w, ",.;") {
			return false
		}
		ws = append([]string{strings.ToLower(w)}, ws...)
		if listPlaceWords(t, ws) {
			p, _ := prevWordFast(text, s)
			if p == "" || p == "and" || strings.HasSuffix(p, ",") || isLowerASCII(p[0]) {
				return true
			}
		}
		i = s
	}
	return false
}

// listPlaceWords reports whether the folded words ws name a place the
// tables or the gazetteer know.
func listPlaceWords(t *names.Index, ws []string) bool {
	return t.KnownPlace(strings.Join(ws, " ")) || placeGaz().PlaceName(ws)
}
