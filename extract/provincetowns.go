package extract

import (
	"strings"
	"unicode"
)

// This file (tail10yc) types as a town a name that a comma and a Canadian
// province's name follow, as Reuters writes a mine's, a plant's or a
// firm's town: "the smelter at Tervane, Quebec", "letter carriers in Amlow
// and Quarbin, Ontario". The tables of American states ([stateNameAt])
// do not hold the provinces, and the recognizer takes many such towns for
// firms or people.

// provinceNames are Canada's provinces, the longest first where one
// begins another.
var provinceNames = []string{"Prince Edward Island", "British Columbia", "Newfoundland", "Saskatchewan",
	"New Brunswick", "Nova Scotia", "Manitoba", "Ontario", "Alberta", "Quebec"}

// provinceAt reports whether the text at i (after spaces) is a province's
// name that ends a town's place: punctuation, the text's end or a
// lower-case word after it ("Quebec, said", "Ontario plant"); a
// capitalized word after it makes a longer name ("Quebec Cartier Mining").
func provinceAt(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\n') {
		i++
	}
	for _, n := range provinceNames {
		if !strings.HasPrefix(text[i:], n) {
			continue
		}
		rest := text[i+len(n):]
		switch {
		case rest == "", strings.HasPrefix(rest, "-based"), strings.IndexByte(",.;)", rest[0]) >= 0:
			return true
		case rest[0] == ' ' || rest[0] == '\n':
			w, _ := nextWord(rest, 0)
			return w != "" && unicode.IsLower(rune(w[0]))
		}
		return false
	}
	return false
}

// provinceTown reports whether a name of one to three words that the
// recognizer took for a firm or a person stands before a comma and a
// province ("Tervane, Quebec"), holds no organization's word, and the
// article never writes it as a firm's: with a possessive or a
// capitalized word after it ("Tervane's", "Tervane Mines").
func provinceTown(text string, m *mention) bool {
	if m.End >= len(text) || text[m.End] != ',' || !provinceAt(text, m.End+1) {
		return false // the usual case, decided at once
	}
	if m.typ != Org && m.typ != Person || m.canon != "" || m.Title != "" || len(m.words) == 0 || len(m.words) > 3 {
		return false
	}
	return townShaped(text, m) && provinceTownOnly(text, m.Name)
}

// townShaped reports whether a name before a state or a province may be a
// town's: it holds no organization's word and no "of", no apostrophe but
// an "O'", and no capitalized word inside the sentence stands right before
// it but an owner's possessive ("Prince Edward Island" is a longer name's
// end).
func townShaped(text string, m *mention) bool {
	for _, w := range m.words {
		if orgWord(w) || w == "of" {
			return false
		}
	}
	if strings.ContainsAny(m.Name, "'’") && !strings.Contains(m.Name, "O'") {
		return false
	}
	p, ps := prevWord(text, m.Start)
	return !upperWord(p) || sentenceStart(text, ps) || lineStart(text, m.Start) || ownerPossessive(p)
}

// provinceTownOnly reports whether the article never writes name as a
// firm's: a possessive or a capitalized word right after it.
func provinceTownOnly(text, name string) bool {
	for _, e := range wholeWords(text, name) {
		if strings.HasPrefix(text[e:], "'s") || strings.HasPrefix(text[e:], "’s") {
			return false
		}
		if w, _ := nextWord(text, e); e < len(text) && (text[e] == ' ' || text[e] == '\n') && upperWord(w) {
			return false
		}
	}
	return true
}
