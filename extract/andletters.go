package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// definedNameAnd is [definedName] for an acronym that keeps the "A" of the
// name's "and": "Quarbin and Feld Trade Association (QAFTA)". Each "and"
// of the name gives its letter, the other small words none; it returns
// the index of the capitalized word that begins the name, or -1. A name
// whose "and" gives nothing is definedName's, asked first.
func definedNameAnd(toks []text.Token, letters string) int {
	if !strings.Contains(letters, "a") {
		return -1 // the cheap question first: most acronyms have no "a"
	}
	ini := make([]byte, 0, len(letters))
	for j := len(toks) - 1; j >= 0 && len(toks)-j <= 12; j-- {
		w := toks[j].Text
		k := names.Key(w)
		switch {
		case k == "and":
			if j == len(toks)-1 {
				return -1
			}
			ini = append(ini, 'a')
		case names.MinorWords[k] || w == "&" || k == "a" || k == "to":
			if j == len(toks)-1 {
				return -1
			}
			continue
		case !names.IsCapitalized(w) || k == "":
			return -1
		default:
			ini = append(ini, k[0])
		}
		// ini holds the letters backwards: it must stay the end of letters.
		n := len(ini)
		if n > len(letters) || letters[len(letters)-n] != ini[n-1] {
			return -1
		}
		if n == len(letters) && k != "and" {
			return j
		}
	}
	return -1
}
