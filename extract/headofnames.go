package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15m, issue 10) leaves a lone generic head unlinked where
// the article names two bodies it may stand for: one whose name ends in it
// ("Quarbin Bank") and one whose name opens with it and "of" ("Bank of
// Tervane"). Within one article a generic head names the one organization
// it ends ("the Commission" of the European Commission, [shortNameFits]);
// a name that opens with the head is not one it ends, so "the Bank said"
// went under the only firm ending in "Bank", though the article's other
// bank, the central bank named "Bank of ...", is the one a reader takes
// it for as often. With both in the article the head says neither, and
// is left as a lone head with no full name is.

// headOfBoth reports whether g, a one-word group whose word is a generic
// head ([names.GenericOrgHeads]), has in groups both an organization
// whose name ends in that word and another whose name opens with it and
// "of": not the same words turned about ("Tervane Times", "the Times of
// Tervane", one paper).
// The cheap first question is the head.
func headOfBoth(g *group, groups []*group) bool {
	if !names.GenericOrgHeads[g.key] {
		return false
	}
	var ends, opens []string // the words before the head; the words after "of"
	for _, f := range groups {
		if f == g || f.typ != Org {
			continue
		}
		fw := strings.Fields(names.Key(f.surface))
		if len(fw) < 2 {
			continue
		}
		if fw[len(fw)-1] == g.key {
			ends = append(ends, strings.Join(fw[:len(fw)-1], " "))
		}
		if len(fw) >= 3 && fw[0] == g.key && fw[1] == "of" {
			opens = append(opens, strings.Join(fw[2:], " "))
		}
	}
	for _, e := range ends {
		for _, o := range opens {
			if e != o {
				return true // "Quarbin Bank" and "Bank of Tervane": two bodies
			}
		}
	}
	return false // "Tervane Times" and "Times of Tervane" are one paper
}
