package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// definedNameAnd is [definedName] for an acronym that keeps the "A" of the
// name's "and", "Quarbin and Feld Trade Association (QAFTA)", or that
// spells a firm of partners whose names commas part, "Vell, Okarro, Lemm
// and Zorbex (VOLZ)". Each "and" of the name may give its letter or none,
// the other small words none, a comma none; it returns the index of the
// capitalized word that begins the shortest such name, or -1. A name
// without a comma whose "and" gives nothing is definedName's, asked first.
// The commas must part a list that ends in "and": a comma before a
// name's last word alone sets off its town ("Vellbank Lemm, Ostrava
// (VLO)"). A word in lower case before a comma ends the name, as anywhere.
func definedNameAnd(toks []text.Token, letters string) int {
	if len(letters) < 3 {
		return -1 // the cheap question first: two letters spell too much
	}
	// ws holds the name's words from its end back: a capitalized word's
	// initial, 'a' for "and" (which may give it or not), 0 for a word or a
	// comma that gives nothing.
	var ws []byte
	comma := false
	for j := len(toks) - 1; j >= 0 && len(toks)-j <= 12; j-- {
		w := toks[j].Text
		k := names.Key(w)
		switch {
		case j == len(toks)-1 && !names.IsCapitalized(w):
			return -1 // the name must end the tokens before the parenthesis
		case k == "and":
			ws = append(ws, '&')
			continue
		case w == ",":
			if !strings.Contains(string(ws), "&") {
				return -1 // a comma parts a list that ends in "and", not a town
			}
			ws, comma = append(ws, 0), true
			continue
		case names.MinorWords[k] || w == "&" || k == "a" || k == "to":
			ws = append(ws, 0)
			continue
		case !names.IsCapitalized(w) || k == "":
			return -1
		}
		ws = append(ws, k[0])
		if (comma || strings.Contains(string(ws), "&")) && spellsBack(ws, letters) {
			return j
		}
	}
	return -1
}

// spellsBack reports whether ws, a name's words from its end back (an
// initial, '&' for an "and" that may give "a" or nothing, 0 for nothing),
// spell letters read from their end back, every initial taken.
func spellsBack(ws []byte, letters string) bool {
	if len(ws) == 0 {
		return letters == ""
	}
	switch c := ws[0]; c {
	case 0:
		return spellsBack(ws[1:], letters)
	case '&':
		if letters != "" && letters[len(letters)-1] == 'a' && spellsBack(ws[1:], letters[:len(letters)-1]) {
			return true
		}
		return spellsBack(ws[1:], letters)
	default:
		return letters != "" && letters[len(letters)-1] == c && spellsBack(ws[1:], letters[:len(letters)-1])
	}
}
