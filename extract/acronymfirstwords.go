package extract

import (
	"slices"

	"github.com/nergraph/nergraph/internal/names"
)

// acronymFirstWord reports whether g, an organization written as an
// acronym, is the first word of the company f (words fw) of its article,
// which the article shortens to it (tail12u): "QVT" for "QVT Video Corp"
// named once in full. The company is written with its suffix, and the
// first word stands for it as a word would ([firstWordFits]: no generic
// word, no place); an arm of a firm the acronym names ("QVT Capital",
// [partOrArm]) is not it.
func acronymFirstWord(g, f *group, fw []string) bool {
	if g.typ != Org || f.typ != Org || len(fw) < 2 || fw[0] != g.key {
		return false
	}
	if !slices.ContainsFunc(f.own, func(m *mention) bool { return len(m.words) > 2 && names.CorpSuffixes[m.words[len(m.words)-1]] }) {
		return false
	}
	return firstWordFits(g.key, f, fw) && !partOrArm(g, f, fw)
}
