package extract

import (
	"slices"

	"github.com/nergraph/nergraph/internal/names"
)

// armMarks are the words that make a firm's name followed by them, and by
// unit words only, the name of one of its arms rather than a longer name
// of the firm: "Quarbin Capital" is Quarbin's investment bank, "Quarbin
// Capital Markets" its dealers. A lone "Securities", "Bank", "Finance" or
// "International" after the name is often the firm's own longer name
// ("Quarbin International Inc" is Quarbin) and marks nothing.
var armMarks = names.Set{"capital": true, "markets": true}

// ArmOf reports whether fw, the folded words of an organization's name as
// written, is the one word key followed by the name of an arm of the firm
// key names (tail12l): every word after it a unit's word ([unitWords])
// with one of [armMarks] among them ("Quarbin Capital"), or two words or
// more ending in a country, no "of" among them ("Quarbin Computer
// Entertainment America", a regional arm), and no body's head (a country's
// ministry). A name written with a company suffix ("Quarbin Capital Corp",
// "Quarbin Holdings SA") is a company of that name, which its first word
// alone may stand for, and no arm here; nor is a firm's name and a country
// alone ("Quarbin Canada", often the firm's own name). In an
// article that names both, the firm's one-word name is the firm, not its
// arm; graphstore asks it of a one-word name in an article that gives only
// it (see graphstore's armApart).
func ArmOf(key string, fw []string) bool {
	n := len(fw)
	if n < 2 || fw[0] != key || names.CorpSuffixes[fw[n-1]] || slices.Contains(fw, "of") {
		return false
	}
	tail := fw[1:]
	if slices.ContainsFunc(tail, func(w string) bool { return names.GenericOrgHeads[w] }) {
		return false // "Quarbin Ministry (Ardelia)", a country's body
	}
	if len(tail) >= 2 && countryWord(tail[len(tail)-1]) {
		return true
	}
	marked := false
	for _, w := range tail {
		switch {
		case armMarks[w]:
			marked = true
		case unitWords[w]:
		default:
			return false
		}
	}
	return marked
}

// armOfGroup reports whether the organization f of an article is an arm of
// the firm the one-word group g names ([ArmOf]), by its words and by every
// name the article writes it with, where the article is the firm's: it
// names the firm alone before it names the arm, and more often ("Quarbin
// said profits rose ... Earnings at Quarbin Capital ... Quarbin shares").
// An article that introduces the arm first ("private equity group Quarbin
// Capital. Quarbin bought its stake") calls the arm by its first word.
func armOfGroup(g, f *group, fw []string) bool {
	if len(g.own) <= len(f.own) || len(f.own) == 0 || g.own[0].Start > f.own[0].Start || !ArmOf(g.key, fw) {
		return false
	}
	return !slices.ContainsFunc(f.own, func(m *mention) bool {
		return len(m.words) == 0 || !ArmOf(g.key, m.words)
	})
}

// partOrArm reports whether the one-word group g may not stand for the
// organization f (words fw) of its article because f is a part of the
// body g names ([partOfBody]: "Labour" is not the Parliamentary Labour
// Party) or an arm of the firm g names ([armOfGroup], tail12l).
func partOrArm(g, f *group, fw []string) bool {
	if i := slices.Index(fw, g.key); i > 0 && partOfBody(fw, i) {
		return true
	}
	return armOfGroup(g, f, fw)
}

// countryWord reports whether the folded word w is a country's name, alias
// or code alone ("canada", "america", "usa").
func countryWord(w string) bool {
	t := names.Tables()
	if _, code := t.CountryUpper[w]; code {
		return true
	}
	return !names.MinorWords[w] && t.Country(w, w) >= 0
}
