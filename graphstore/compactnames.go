package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// One organization's full name is written with its words run together or
// apart, with or without a hyphen, in one article and another: "Japan Air
// Lines" and "Japan Airlines", "Du Pont" and "DuPont", "Co-operation" and
// "Cooperation", "U S West" and "US West"; with "Bros" for "Brothers", a
// number in words or in figures ("Channel Four", "Channel 4"), a British
// or an American "-isation", a middle word in the singular or the plural
// ("Cocoa Producer Alliance", "Cocoa Producers Alliance"). Each article's resolver gives each spelling
// an id of its own; two names that read the same once their spaces and
// hyphens go, their legal forms are cut and those spellings are made one,
// are one body (tail13q, issue 10).

// compactWords are the words that compactKey writes another way: "Bros",
// and the abbreviations of words that firms' and bodies' names write in
// full in other articles ("Dept Stores", "Department Stores"; "Mfg Co",
// "Manufacturing Co"; tail14j; "Cos Inc", "Companies Inc", tail14s), a
// legal form inside the name, before "of" or another word, written in full
// or short ("Aluminum Company of America", "Aluminum Co of America"), a
// laboratory short or in the singular or the plural ("Vardel Labs",
// "Vardel Laboratories"; "Kestrel National Laboratory", "… Laboratories";
// tail17y), and numbers in words.
var compactWords = map[string]string{"bros": "brothers", "dept": "department",
	"mfg": "manufacturing", "intl": "international", "natl": "national",
	"assn": "association", "cos": "companies",
	"company": "co", "corporation": "corp",
	"lab": "laboratories", "labs": "laboratories", "laboratory": "laboratories", "one": "1", "two": "2", "three": "3", "four": "4",
	"five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10"}

// compactKey is the key k of an organization's name without its legal
// form, its spaces and its hyphens, "Bros" written "brothers", a number
// in figures and "-isation" as "-ization": "japan air lines co" and "japan
// airlines" are both "japanairlines". plural is the same key with a plural
// "s" off its middle words: "cocoa producers alliance" and "cocoa
// producer alliance" both "cocoaproduceralliance". The first word keeps
// its "s" (a surname's: "Williams Pipeline" is no William's) and so does
// the last (a name's head: "Systems", "Partners").
func compactKey(k string) (key, plural string) {
	ws := strings.FieldsFunc(names.OrgKey(k), func(r rune) bool { return r == ' ' || r == '-' })
	var b, p strings.Builder
	b.Grow(len(k))
	p.Grow(len(k))
	for i, w := range ws {
		if to, ok := compactWords[w]; ok {
			w = to
		} else if s, ok := strings.CutSuffix(w, "isation"); ok {
			w = s + "ization"
		} else if s, ok := strings.CutSuffix(w, "isations"); ok {
			w = s + "izations"
		} else if airlineHead(ws, i) {
			w = "airlines"
		}
		b.WriteString(w)
		if i > 0 && i < len(ws)-1 {
			w = singular(w)
		}
		p.WriteString(w)
	}
	return b.String(), p.String()
}

// singular is w without a plural "s": a word of five letters or more
// ending in one "s" ("producers", "tariffs"; not "business").
func singular(w string) string {
	if len(w) >= 5 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}

// tradeWord reports whether w, one word, is a word of organizations'
// names that says what they do or are ("telecommunications", "airlines",
// "bank"): a firm named by it alone, "Telecommunications Inc", is no
// other firm's name run together ("Tele-Communications Inc").
func tradeWord(w string) bool {
	return names.OrgHeads[w] || names.CompanyWords[w] || names.GenericOrgWords[w] || names.PortfolioWords[w]
}

// named is a name in one of linkCompactNames' groups: its entity and
// names.OrgKey of the name; order is 1 for a name met by ofOrderKeys, 2
// when its words are generic ones only.
type named struct {
	id, key string
	order   int8
}

// plainOf is, of a and b (resolved to x and y) met in a group, the
// entity of the one written without "of" (see ofOrderKeys).
func plainOf(a, b named, x, y string) string {
	if a.order > 0 {
		return y
	}
	return x
}

// linkCompactNames links the full names of organizations that compactKey
// writes alike, and that are written differently, into the one in most
// articles. Names qualified by a country ("@") are left to their rules, a
// name of one word that is a word of the trade to its own node, and two
// names of a body any country may have (their head a generic one: "Bank",
// "Council", "Association") whose articles each name countries, none the
// same, apart: "Ex-Im Bank" of a Japanese story is no "Exim Bank" of an
// American one.
func (c *corpus) linkCompactNames(l *linking) {
	byCompact := map[string][]named{}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, k := range f.keys {
			ck, pk := compactKey(k)
			if len(ck) < 4 || tradeWord(ck) {
				continue
			}
			// Each name in the group of its key and, "~" before it, in
			// that of its plural key: "Banc Texas Group" is
			// "BancTexas Group" by its key, and no "Banc Texa Group".
			n := named{id, names.OrgKey(k), 0}
			byCompact[ck] = append(byCompact[ck], n)
			byCompact["~"+pk] = append(byCompact["~"+pk], n)
			for _, g := range connectiveKeys(k, n.key, f) {
				byCompact[g] = append(byCompact[g], n)
			}
			for _, g := range ofOrderKeys(n.key) {
				o := named{id, n.key, 1}
				if genericWords(n.key) {
					o.order = 2
				}
				byCompact[g] = append(byCompact[g], o)
			}
		}
	}
	for _, ck := range sortedIDs(byCompact) {
		group := byCompact[ck]
		for i, a := range group {
			for _, b := range group[i+1:] {
				x, y := l.resolve(a.id), l.resolve(b.id)
				if a.key == b.key || x == y || c.full[x] == nil || c.full[y] == nil || names.GenericOrgHeads[lastWord(a.key)] && c.countriesApart(x, y) {
					continue
				}
				from, to := c.keeper(x, y, RuleSpelling)
				if c.connectiveApart(ck, from, to) || a.order+b.order > 0 && c.ofOrderApart(from, to, plainOf(a, b, x, y), max(a.order, b.order) == 2) {
					continue
				}
				l.link(RuleSpelling, from, to, 0)
			}
		}
	}
}

// countriesApart reports whether the articles of the full entities a and b
// each name a country and no country is named by both.
func (c *corpus) countriesApart(a, b string) bool {
	shared, both := c.countryOverlap(a, b)
	return both && !shared
}

// countryOverlap reports whether the articles of the full entities a and b
// name a country in common, and whether both name a country at all.
func (c *corpus) countryOverlap(a, b string) (shared, both bool) {
	var in []int32
	for _, x := range c.profile(b) {
		if x.n > 0 && c.country[x.k] {
			in = append(in, x.k)
		}
	}
	if len(in) == 0 {
		return false, false
	}
	for _, x := range c.profile(a) {
		if x.n > 0 && c.country[x.k] {
			if slices.Contains(in, x.k) {
				return true, true
			}
			both = true
		}
	}
	return false, both
}
