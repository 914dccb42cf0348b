package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// One organization's full name is written with its words run together or
// apart, with or without a hyphen, in one article and another: "Japan Air
// Lines" and "Japan Airlines", "Du Pont" and "DuPont", "Co-operation" and
// "Cooperation", "U S West" and "US West"; with "Bros" for "Brothers", a
// number in words or in figures ("Channel Four", "Channel 4"), a British
// or an American "-isation". Each article's resolver gives each spelling
// an id of its own; two names that read the same once their spaces and
// hyphens go, their legal forms are cut and those spellings are made one,
// are one body (tail13q, issue 10).

// compactWords are the words that compactKey writes another way.
var compactWords = map[string]string{"bros": "brothers", "one": "1", "two": "2",
	"three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
	"nine": "9", "ten": "10"}

// compactKey is the key k of an organization's name without its legal
// form, its spaces and its hyphens, "Bros" written "brothers", a number
// in figures and "-isation" as "-ization": "japan air lines co" and
// "japan airlines" are both "japanairlines".
func compactKey(k string) string {
	var b strings.Builder
	b.Grow(len(k))
	for w := range strings.FieldsFuncSeq(names.OrgKey(k), func(r rune) bool { return r == ' ' || r == '-' }) {
		if to, ok := compactWords[w]; ok {
			w = to
		} else if s, ok := strings.CutSuffix(w, "isation"); ok {
			w = s + "ization"
		} else if s, ok := strings.CutSuffix(w, "isations"); ok {
			w = s + "izations"
		}
		b.WriteString(w)
	}
	return b.String()
}

// tradeWord reports whether w, one word, is a word of organizations'
// names that says what they do or are ("telecommunications", "airlines",
// "bank"): a firm named by it alone, "Telecommunications Inc", is no
// other firm's name run together ("Tele-Communications Inc").
func tradeWord(w string) bool {
	return names.OrgHeads[w] || names.CompanyWords[w] || names.GenericOrgWords[w] || names.PortfolioWords[w]
}

// linkCompactNames links the full names of organizations that compactKey
// writes alike, and that are written differently, into the one in most
// articles. Names qualified by a country ("@") are left to their rules, and
// a name of one word that is a word of the trade to its own node.
func (c *corpus) linkCompactNames(l *linking) {
	type named struct{ id, key string }
	byCompact := map[string][]named{}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, k := range f.keys {
			ck := compactKey(k)
			if len(ck) < 4 || tradeWord(ck) {
				continue
			}
			byCompact[ck] = append(byCompact[ck], named{id, names.OrgKey(k)})
		}
	}
	for _, ck := range sortedIDs(byCompact) {
		group := byCompact[ck]
		for i, a := range group {
			for _, b := range group[i+1:] {
				x, y := l.resolve(a.id), l.resolve(b.id)
				if a.key == b.key || x == y || c.full[x] == nil || c.full[y] == nil {
					continue
				}
				from, to := c.keeper(x, y, RuleSpelling)
				l.link(RuleSpelling, from, to, 0)
			}
		}
	}
}
