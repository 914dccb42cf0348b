package extract

import (
	"slices"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail12u's rule for a company the article calls by the
// acronym that begins its name (issue 10; measured and left by tail12u,
// taken up by tail13a with graphstore's guard, acronymfirm.go): "QVT
// Video Corp said ... QVT also said". [Resolver.linkShortNames] links an acronym by its letters
// ("IBM" → International Business Machines) and a word by the firm it
// begins ("Drexel" → Drexel Burnham Lambert); an acronym that begins a
// firm's name it left apart.

// linkAcronymFirstWords links each organization written as an acronym that
// [Resolver.linkShortNames] left unlinked and unambiguous under the one
// company of its article whose name it begins ([acronymFirstWord]). It runs
// after the letters' links, so that "BP" stays British Petroleum's where
// the article names BP America Inc too.
func linkAcronymFirstWords(groups []*group) {
	for _, g := range groups {
		if g.isFixed || g.parent != nil || g.ambiguous || g.typ != Org || len(g.words) != 1 || !names.IsAcronym(g.surface) {
			continue
		}
		var cands []*group
		for _, f := range groups {
			if f != g && !f.isFixed && acronymFirstWord(g, f, f.words) {
				cands = appendRoot(cands, f)
			}
		}
		if len(cands) == 1 && cands[0] != g {
			g.parent = cands[0]
		}
	}
}

// acronymFirstWord reports whether g, an organization written as an
// acronym, is the first word of the company f (words fw) of its article:
// "QVT" of "QVT Video Corp". The company is written with its suffix after
// two words or more, the first word stands for it as a word would
// ([firstWordFits]: no generic word, no place), and the rest of its name
// holds no place: "QVT America Inc" and "QVT Canada Ltd" are a firm's arms
// in a country, not the firm QVT ([partOrArm] for the others: "QVT
// Capital").
func acronymFirstWord(g, f *group, fw []string) bool {
	if g.typ != Org || f.typ != Org || len(fw) < 2 || fw[0] != g.key {
		return false
	}
	if !slices.ContainsFunc(f.own, func(m *mention) bool { return len(m.words) > 2 && names.CorpSuffixes[m.words[len(m.words)-1]] }) {
		return false
	}
	if slices.ContainsFunc(fw[1:], func(w string) bool { return isPlaceWords([]string{w}) }) {
		return false
	}
	return firstWordFits(g.key, f, fw) && !partOrArm(g, f, fw)
}
