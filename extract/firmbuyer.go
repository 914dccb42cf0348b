package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// sellVerbs sell a business to a buyer: "sold its unit to ...".
var sellVerbs = names.Set{"sold": true, "sell": true, "sells": true, "selling": true}

// businessNouns are what a firm sells: "its Quarbin business", "its
// stake".
var businessNouns = names.Set{"business": true, "businesses": true, "unit": true, "units": true,
	"division": true, "subsidiary": true, "operations": true, "operation": true, "assets": true}

// firmBuyer reports whether a name the recognizer took for a person is the
// firm that buys a business in a money phrase: "sold its Quarbin business
// to Ann Vell Cosmetics for 60 mln dlrs" (a business sold to a name and
// "for" and a sum after it). People buy stakes and shares, seldom a
// business, and the article that names one as a person ("Mr Vell", "Vell
// said he", "Vell, who") is left alone.
func firmBuyer(text string, m *mention) bool {
	if m.typ != Person || m.End >= len(text) {
		return false
	}
	if p, _ := prevWord(text, m.Start); p != "to" {
		return false
	}
	// "for" and a sum after the name.
	f, at := nextWord(text, m.End)
	if f != "for" {
		return false
	}
	n, _ := nextWord(text, at)
	if n == "" || !unicode.IsDigit(rune(n[0])) && n != "about" && n != "an" && n != "approximately" {
		return false
	}
	// "sold its ... business to" before it, within the sentence's last
	// ten words.
	i, business := m.Start, false
	for k := 0; k < 10; k++ {
		w, ws := prevWord(text, i)
		if w == "" || strings.HasSuffix(w, ".") && k > 1 {
			return false
		}
		lw := strings.ToLower(strings.TrimRight(w, ","))
		if businessNouns[lw] {
			business = true
		}
		if sellVerbs[lw] {
			return business && !personCue(text, m)
		}
		i = ws
	}
	return false
}

// personCue reports whether the article writes a name's last word as a
// person's: after a title ("Mr Vell"), or before "said he", "who" or an
// age (", who", ", 54,").
func personCue(text string, m *mention) bool {
	surname := strings.Fields(m.Name)
	if len(surname) == 0 {
		return false
	}
	s := surname[len(surname)-1]
	if personElsewhere(text, m.Name) {
		return true // "Ann Vell Cosmetics" after "Dr"
	}
	for st, e := range wholeWords(text, s) {
		if p, _ := prevWord(text, st); personTitles[p] {
			return true // "Mr Vell"
		}
		rest := text[e:]
		if strings.HasPrefix(rest, " said he") || strings.HasPrefix(rest, ", who ") {
			return true
		}
		if w, _ := nextWord(rest, 0); strings.HasPrefix(rest, ", ") && strings.HasSuffix(w, ",") && len(w) == 3 && unicode.IsDigit(rune(w[0])) {
			return true // ", 54,"
		}
	}
	return false
}
