package extract

import (
	"slices"
	"strings"
)

// hyphenHalf returns 1 when key, one word, is the first half of the
// hyphenated word that ends f's person's name, and 0 otherwise: "Tseng"
// of "Hsu Tseng-Wen" (half a given name written after the family name)
// or "Okafor" of "Ann Okafor-Vell" (half a double surname). Such a word
// is no surname alone, and fits the name only as well as a first word
// does ([personFits] ranks it 1, not 2): in an article that also names
// "Tseng Ming-Lo", a lone "Tseng" is his family name, or is left apart,
// but never taken for Hsu Tseng-Wen's by rank (tail16n). core is the
// name's words without titles, the hyphenated word split in two; the
// names f is written with show the hyphen.
func hyphenHalf(key string, f *group, core []string) int {
	n := len(core)
	if n < 3 || core[n-2] != key {
		return 0
	}
	if writtenJoined(f, key+"-"+core[n-1]) {
		return 1
	}
	return 0
}

// familyFirst returns 1 when g, a one word name typed a person, is the
// first of the three words of f's person's name whose last two are one
// hyphenated word, and 0 otherwise: "Tseng" of "Tseng Ming-Lo", the family
// name written before a given name of two syllables, which the article
// calls him by as it calls Ann Vell "Vell" ([personFits] ranks it 2, as a
// surname, not 1 as a first word). A lone "Tseng" then goes to Tseng
// Ming-Lo rather than to Hsu Tseng-Wen ([hyphenHalf], tail16n).
func familyFirst(g, f *group, core []string) int {
	if len(core) != 3 || g.key != core[0] || g.typ != Person {
		return 0
	}
	if writtenJoined(f, core[1]+"-"+core[2]) {
		return 1
	}
	return 0
}

// writtenJoined reports whether a name f is written with holds joined,
// two folded words and a hyphen ("tseng-wen").
func writtenJoined(f *group, joined string) bool {
	return slices.ContainsFunc(f.own, func(m *mention) bool { return strings.Contains(strings.ToLower(m.Name), joined) })
}
