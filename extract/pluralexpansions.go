package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15n) drops the capitalized words that spell out an
// acronym written in the plural beside them in parentheses: "Regional
// Grain Tokens (RGTs)", "RGTs (Regional Grain Tokens)". The plural
// acronym names many things of one kind (a reserve asset, a device, a
// rank of officers), and its long form is that kind written with
// capitals, not one entity's name; [pluralAcronym] drops the acronym
// itself already.

// pluralExpansions drops the mentions of two words or more whose
// initials (less small words) spell the letters of a plural acronym
// ([isAcronymPlural]) in parentheses right after them, or that stand in
// parentheses right after such an acronym, and then the acronym's
// singular written alone in the article ("RGT holders"). A mention an
// alias rule or the tables name (a country, an agency) stays, and so do
// bodies in the plural: a word that is a body's head in the singular
// ([names.OrgHeads]) names a system of bodies ("Committees for the
// Settlement of Grain Claims (CSGCs)"). The words of firms' names do not
// keep a mention ("Wardens of the Grain Stores (WGSs)"): many stores of a
// kind are no firm.
func pluralExpansions(text string, ms []*mention) []*mention {
	if !pluralParen(text) {
		return ms // the usual case, decided at once
	}
	var kinds []string // the plural acronyms' singulars: "RGT"
	ms = slices.DeleteFunc(ms, func(m *mention) bool {
		if len(m.words) < 2 || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
			return false
		}
		acr := parenAcronymAfter(text, m.End)
		if acr == "" {
			acr = parenAcronymBefore(text, m.Start, m.End)
		}
		if acr == "" || !initialsSpell(m.words, acr[:len(acr)-1]) || slices.ContainsFunc(m.words, pluralBodyHead) {
			return false
		}
		kinds = append(kinds, acr[:len(acr)-1])
		return true
	})
	if len(kinds) == 0 {
		return ms
	}
	// The acronym in the singular elsewhere names one of the kind: "RGT
	// holders" is no firm either.
	return slices.DeleteFunc(ms, func(m *mention) bool {
		return len(m.words) == 1 && slices.Contains(kinds, m.Name) && m.canon == "" && m.forced == "" && m.country < 0 && m.agency < 0
	})
}

// pluralParen reports whether text holds "s)" or "s (": it asks for
// the rare byte, a parenthesis, first, where searching for "s)" stops at
// every "s" of the article.
func pluralParen(text string) bool {
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			break
		}
		if i += j; i > 0 && text[i-1] == 's' {
			return true
		}
	}
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], '(')
		if j < 0 {
			return false
		}
		if i += j; i > 1 && text[i-1] == ' ' && text[i-2] == 's' {
			return true
		}
	}
}

// parenAcronymAfter returns the word in parentheses right after end, " (X)",
// when it is an acronym in the plural, or "".
func parenAcronymAfter(text string, end int) string {
	if end+2 >= len(text) || text[end] != ' ' || text[end+1] != '(' {
		return ""
	}
	rest := text[end+2:]
	i := strings.IndexByte(rest, ')')
	if i < 0 || i > 12 || !isAcronymPlural(rest[:i]) {
		return ""
	}
	return rest[:i]
}

// parenAcronymBefore returns the acronym in the plural right before the
// parenthesis that opens right before start, "X (", when the
// parenthesis closes right at end, or "".
func parenAcronymBefore(text string, start, end int) string {
	if start < 3 || end >= len(text) || text[start-1] != '(' || text[start-2] != ' ' || text[end] != ')' {
		return ""
	}
	before := text[max(0, start-14) : start-2]
	w := before[strings.LastIndexAny(before, " \n\t(\"")+1:]
	if !isAcronymPlural(w) {
		return ""
	}
	return w
}

// initialsSpell reports whether the first letters of words, less the
// small words ([names.MinorWords]), spell letters (capitals).
func initialsSpell(words []string, letters string) bool {
	k := 0
	for _, w := range words {
		if w == "" || names.MinorWords[w] {
			continue
		}
		if k == len(letters) || w[0] != letters[k]+('a'-'A') {
			return false
		}
		k++
	}
	return k == len(letters)
}

// pluralBodyHead reports whether w, a word of a key, is a body's head in
// the plural: "committees", "councils", "banks".
func pluralBodyHead(w string) bool {
	s, ok := strings.CutSuffix(w, "s")
	return ok && (names.OrgHeads[s] || names.OrgHeads[strings.TrimSuffix(s, "e")])
}
