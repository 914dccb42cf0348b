package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14e) reads the middle of a three-part address, town,
// region, country: "a plant in Lemmora, Vell Ostra, Mexico". The name
// between the town's comma and the country's is the town's state or
// province, a place, whatever the recognizer made of it.

// addressRegion reports whether a name of one to three words typed a
// person or an organization stands between a town and a country in an
// address: a preposition of place ([townPrepositions]: "in", "of", "near"
// ...), one to three capitalized words and a comma before it; a comma and
// a country's name (one the tables hold as no weak name) after it, ending
// the phrase (punctuation, the text's end or a lower-case word). A name
// with an organization's word, a known name and a town that is itself a
// country ("in Brazil, Vell Ostra, Mexico", a list) are left.
func addressRegion(text string, m *mention) bool {
	n := len(m.words)
	if n == 0 || n > 3 || m.typ != Person && m.typ != Org || m.End+2 >= len(text) || text[m.End] != ',' ||
		m.Start < 4 || text[m.Start-2:m.Start] != ", " || m.canon != "" || m.forced != "" || m.country >= 0 {
		return false // the cheap first question: a comma on both sides
	}
	for _, w := range m.words {
		if orgWord(w) || w == "of" || w == "and" {
			return false
		}
	}
	t := names.Tables()
	if !countryEndsAt(t, text, m.End+1) {
		return false
	}
	// The town: one to three capitalized words back to a preposition.
	e := m.Start - 2
	var town []string
	for range 4 {
		w, s := prevWord(text, e)
		if w == "" {
			return false
		}
		if townPrepositions[w] {
			if len(town) == 0 {
				return false
			}
			name := strings.Join(town, " ")
			return t.Country(name, names.Key(name)) < 0
		}
		if !unicode.IsUpper(rune(w[0])) || strings.ContainsAny(w, ",;:()\"") {
			return false
		}
		town = append([]string{w}, town...)
		e = s
	}
	return false
}

// countryEndsAt reports whether the text at i (after spaces) is a
// country's name of one to three words the tables hold as no weak name,
// ending a phrase: punctuation, the text's end or a lower-case word after
// it. "Mexico." and "Mexico, on" end it; "Mexico City" does not.
func countryEndsAt(t *names.Index, text string, i int) bool {
	var ws []string
	for range 3 {
		w, e := nextWord(text, i)
		if w == "" {
			return false
		}
		bare := strings.TrimRight(w, ",.;:)'\"")
		if bare == "" || !unicode.IsUpper(rune(bare[0])) {
			return false
		}
		ws = append(ws, bare)
		name := strings.Join(ws, " ")
		if c := t.Country(name, names.Key(name)); c >= 0 && !t.Countries[c].Weak {
			if len(bare) < len(w) || e >= len(text) {
				return true
			}
			next, _ := nextWord(text, e)
			if next == "" || unicode.IsLower(rune(next[0])) {
				return true
			}
		}
		if len(bare) < len(w) {
			return false
		}
		i = e
	}
	return false
}
