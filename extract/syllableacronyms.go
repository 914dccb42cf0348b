package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// syllableName is [definedName] for an acronym built of its name's word
// beginnings, some of one letter and some of more: "Gulf Stream Metals
// (GUSM)" is Gu-S-M, "Tervane Rubber Organisation (TERO)" Te-R-O. Every capitalized word of the name gives one letter
// at least, in order; a small word ("of", "and") gives one or none; a
// company suffix that ends the name ("Ltd", "Inc") may give none. One
// word at least gives two letters (initials are [definedName]'s) and two
// words take part, so an acronym is never defined by a word of its own.
// A word written with stops ("U.N.") gives no letters but as the company
// suffix that ends the name ("S.A.").
// Only an acronym in capitals: a short form written as a word ("Gusm") is
// [blendedName]'s, whose words give two letters each, as a word in title
// case in brackets may be a name of its own.
// It returns the index of the first of the shortest such name's tokens at
// the end of toks, or -1.
func syllableName(toks []text.Token, letters string) int {
	if len(letters) < 3 || len(letters) > 8 {
		return -1 // the cheap question first
	}
	for j, k := range nameWordsBack(toks) {
		if k[0] != letters[0] {
			continue
		}
		ws := make([]string, 0, len(toks)-j)
		for _, t := range toks[j:] {
			ws = append(ws, acronymLetters(t.Text))
		}
		if slices.ContainsFunc(toks[j:len(toks)-1], func(t text.Token) bool { return strings.Contains(t.Text, ".") }) {
			continue // "U.N. Conference on Trade ...": initials written with stops are definedName's
		}
		if syllablesSpell(letters, ws, false, 0) {
			return j
		}
	}
	return -1
}

// syllablesSpell reports whether the words ws, each by a beginning of its
// letters, spell letters as [syllableName] says; long tells whether a word
// already gave two letters or more, used how many words gave any.
func syllablesSpell(letters string, ws []string, long bool, used int) bool {
	if len(ws) == 0 {
		return letters == "" && long && used >= 2
	}
	w := ws[0]
	optional := w == "" || names.MinorWords[w] || w == "and" || w == "to" ||
		len(ws) == 1 && names.CorpSuffixes[w] && used > 0
	if optional && syllablesSpell(letters, ws[1:], long, used) {
		return true
	}
	most := len(w)
	if names.MinorWords[w] || w == "and" || w == "to" {
		most = min(most, 1) // a small word gives its initial or nothing
	}
	for n := 1; n <= most && n <= len(letters) && w[n-1] == letters[n-1]; n++ {
		if syllablesSpell(letters[n:], ws[1:], long || n >= 2, used+1) {
			return true
		}
	}
	return false
}

// bracketRepeat reports whether span b is the one word that span a ends
// with in brackets, written again right after them: "the Quarbin Payment
// Services (QPS) QPS chose", a sentence that runs on without its full
// stop. The name closed by the acronym it defines ends there; a word that
// the acronym's name goes on with ("(QPS) Index") still joins it (tail13z).
func bracketRepeat(toks []text.Token, a, b Span) bool {
	return a.End-a.Start >= 3 && b.End-b.Start == 1 && toks[a.End-1].Text == ")" && toks[a.End-3].Text == "(" &&
		toks[b.Start].Text == toks[a.End-2].Text
}
