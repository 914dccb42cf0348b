package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// modelNumerals are the Roman numerals that number a model, a sequel or a
// version after a name: "the Quarbin III", "Zorbit II". One letter ("I",
// "V", "X") is too often a word or an initial; "XI" is a surname too.
var modelNumerals = names.Set{"ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true, "ix": true}

// seriesBodyWords name bodies that come in numbered series but are no
// organization's words ([orgWord]): "Quarbin Associates II", "Tervane
// Ventures III".
var seriesBodyWords = names.Set{"associates": true, "ventures": true, "partnership": true, "equities": true,
	"income": true}

// numberedModel reports whether a name the recognizer typed as an
// organization is a numbered model, sequel or version, a thing (no
// entity): one or two words and a Roman numeral written in capitals
// ([modelNumerals]): "the Zorbit III supercomputer", "Lemmox IV", "a Grade
// II site". A series of bodies has a body's word before its numeral
// ("Quarbin Partners II", "Quarbin Associates II") and is left alone, as are names joined by "and"
// or "of", a person's name with a suffix (a given name the gazetteer
// knows first, "Ann Vell III", or a capitalized word before it, "J. Kell
// Vell III"), and a name an apposition describes (", a special purpose
// company").
func numberedModel(text string, m *mention) bool {
	n := len(m.words)
	if m.typ != Org || n < 2 || n > 3 || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		!modelNumerals[m.words[n-1]] {
		return false
	}
	if m.End > len(text) || m.Start >= m.End {
		return false
	}
	// The text as written: a name in capitals is title-cased in m.Name.
	s := text[m.Start:m.End]
	if num := s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]; strings.ToUpper(num) != num || strings.ToUpper(s) == s && capsAfter(text, m.End) {
		return false
	}
	for _, w := range m.words[:n-1] {
		if w == "and" || w == "&" || w == "of" || orgWord(w) || seriesBodyWords[w] {
			return false
		}
	}
	if p, _ := prevWordFast(text, m.Start); upperWord(p) && !possessiveEnd(p) && p != "The" {
		return false
	}
	if g := placeGaz(); g == nil || g.FirstName(m.words[0]) {
		return false
	}
	return !articleApposition(text[m.End:])
}

// articleApposition reports whether rest, the text after a name, opens an
// apposition with a comma and "a" or "an", line breaks allowed: ", a
// special purpose company".
func articleApposition(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return false
	}
	w, _ := nextWord(rest, 0)
	return w == "a" || w == "an"
}

// capsAfter reports whether the word after i is written in capitals with a
// letter in it: a headline in capitals ("QUARBIN II ISSUES BONDS") says
// nothing by a numeral's case.
func capsAfter(text string, i int) bool {
	w, _ := nextWord(text, i)
	w = strings.Trim(w, ",.;:")
	return w != "" && strings.ToUpper(w) == w && strings.ToLower(w) != w
}
