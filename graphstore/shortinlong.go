package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A firm is named in full once, with its legal form, and by the first
// words of its name after: "Vardel Tavin International Inc said ...
// Vardel Tavin's shares". The in-article linking leaves the two apart when
// the words cut are a unit's ("International", "Bank", "Insurance": Ford
// Motor Credit is no Ford Motor), and linkOrgPrefixes wants the long name
// three times as common; so the short form, in the long one's articles
// only, stayed a node of its own (tail15i, issue 10: Jiffy Lube, Krung
// Thai, Toho Mutual Life).

// linkShortsInLong links the full name of an organization of two words or
// more, one name, never written with a legal form and not linked by an
// earlier rule, into the one longer organization's name that begins with
// its words and is in every article of it, written with a legal form
// there, when no other organization of its articles begins with those
// words, and the words the short form lacks complete a firm's name
// (shortFormRest): no place, no "of", no arm of a firm (Capital Markets,
// Securities). A reader takes "Vardel Tavin" after "Vardel Tavin
// International Inc" for the firm; the firm beside its arm is written
// with its own legal form ("a unit of Vardel Tavin Corp").
func (c *corpus) linkShortsInLong(l *linking) {
	byFirst := map[string][]int32{}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, fw := range f.words {
			if ids := byFirst[fw[0]]; len(ids) == 0 || ids[len(ids)-1] != int32(i) {
				byFirst[fw[0]] = append(ids, int32(i))
			}
		}
	}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") || len(f.keys) != 1 || len(f.words[0]) < 2 {
			continue
		}
		if _, done := l.remap[id]; done {
			continue
		}
		// A short form written with a legal form ("Vardel Tavin Corp")
		// begins no longer name: its words hold the form.
		sw := f.words[0]
		if !slices.ContainsFunc(sw, func(w string) bool { return !names.GenericOrgWords[w] }) {
			continue
		}
		gi, ok := c.oneLongerIn(i, sw, byFirst[sw[0]])
		if !ok {
			continue
		}
		y := l.resolve(c.fullIDs[gi])
		if y == id || c.full[y] == nil {
			continue
		}
		l.link(RuleLongerOrg, id, y, float64(len(c.fulls[gi].articles)))
	}
}

// oneLongerIn returns the index of the one organization among cands
// (indexes in c.fullIDs) other than i whose name begins with the words sw,
// is longer and shares an article with i, when it is in every article of
// i and has a name with a legal form whose rest after sw completes a
// firm's name (shortFormRest); ok is false otherwise.
func (c *corpus) oneLongerIn(i int, sw []string, cands []int32) (int32, bool) {
	arts := c.fulls[i].articles
	found, n := int32(-1), 0
	for _, gi := range cands {
		if int(gi) == i {
			continue
		}
		g := c.fulls[gi]
		if !slices.ContainsFunc(g.words, func(lw []string) bool { return len(lw) > len(sw) && slices.Equal(lw[:len(sw)], sw) }) ||
			!sharesArticle(arts, g.articles) {
			continue
		}
		found, n = gi, n+1
	}
	if n != 1 || !subsetSorted(arts, c.fulls[found].articles) {
		return 0, false
	}
	g := c.fulls[found]
	for j, k := range g.keys {
		lw := g.words[j]
		if names.OrgKey(k) != k && len(lw) > len(sw) && slices.Equal(lw[:len(sw)], sw) &&
			shortFormRest(strings.Fields(names.OrgKey(k))[len(sw):]) {
			return found, true
		}
	}
	return 0, false
}

// shortFormRest reports whether the words a short form cuts from a
// firm's name complete the name of the firm itself: words of a company
// ("International", "Bank", "Life Insurance"), none of an arm of a firm;
// so no place ("Canada"), no "of", no "Capital Markets".
func shortFormRest(rest []string) bool {
	if len(rest) == 0 {
		return false
	}
	for _, w := range rest {
		if armWords[w] || !names.CompanyWords[w] && !firmRestWords[w] {
			return false
		}
	}
	return true
}

// armWords are the words of names.CompanyWords that name an arm of a firm
// bearing its name: "Vardel Securities", "Vardel Investments".
var armWords = names.Set{"securities": true, "investment": true, "investments": true}

// firmRestWords complete a firm's name beside names.CompanyWords: "Toho
// Mutual Life Insurance".
var firmRestWords = names.Set{"insurance": true, "life": true}

// sharesArticle reports whether two sorted lists of articles share one.
func sharesArticle(a, b []int) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// subsetSorted reports whether every article of the sorted list a is in the
// sorted list b.
func subsetSorted(a, b []int) bool {
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			return false
		}
	}
	return true
}
