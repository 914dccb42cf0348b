package extract

import (
	"slices"
	"strings"
)

// seriesNumeral reports whether a folded word is a Roman numeral of two
// letters or more that numbers one of a series of bodies: "Quarbin
// Partners II". One letter ("i", "v", "x") is too often a word or an
// initial.
func seriesNumeral(k string) bool {
	return len(k) >= 2 && len(k) <= 5 && strings.Trim(k, "ivx") == ""
}

// seriesApart reports whether f's name is g's with a Roman numeral after
// it ([seriesNumeral]) and the article names the two in one sentence:
// "Quarbin Partners, Quarbin Partners II and their partners" lists two
// partnerships of a series, and the longer is no fuller name of the
// shorter. Apart, the short form is the numbered body's ("Quarbin
// Partners offer" in a headline over "Quarbin Partners II").
func seriesApart(g, f *group) bool {
	if len(f.words) <= len(g.words) || !seriesNumeral(f.words[len(g.words)]) {
		return false
	}
	return slices.ContainsFunc(g.own, func(m *mention) bool {
		return slices.ContainsFunc(f.own, func(n *mention) bool { return n.Sentence == m.Sentence })
	})
}
