package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// One body's name is written with its head before "of" in one article and
// after the words that follow it in another: "Court of Chancery" and
// "Chancery Court", "Ministry of Foreign Trade" and "Foreign Trade
// Ministry", "Federal Reserve Bank of New York" and "New York Federal
// Reserve Bank". Each article's resolver gives each an id of its own
// (tail17y, issue 10).

// ofOrderKeys returns the compact keys under which an organization's name
// of key orgKey (names.OrgKey of it) meets the same body's name written
// without its "of": for a name "p h of q" (one "of", words before and
// after it), the key of "q p h" ("New York Federal Reserve Bank") and,
// when words come before the head h, of "p q h" ("Delaware Chancery
// Court"). None for a university's or a college's name ("University of
// Vardel" and "Vardel University" are two schools as often as one), nor
// for a firm's whose legal form comes before "of" ("Vardel Co of
// Dalmor": its "of" is the firm's seat).
func ofOrderKeys(orgKey string) []string {
	before, after, ok := strings.Cut(orgKey, " of ")
	if !ok || strings.Contains(after, " of ") || strings.HasPrefix(after, "the ") || after == "" {
		return nil
	}
	ws := strings.Fields(before)
	if len(ws) == 0 || ofOrderSchools[ws[len(ws)-1]] || names.CorpSuffixes[ws[len(ws)-1]] || ws[0] == "the" {
		return nil
	}
	whole, _ := compactKey(after + " " + before)
	out := []string{whole}
	if len(ws) > 1 {
		head := ws[len(ws)-1]
		inner, _ := compactKey(strings.Join(ws[:len(ws)-1], " ") + " " + after + " " + head)
		if inner != whole {
			out = append(out, inner)
		}
	}
	return out
}

// ofOrderSchools are the heads whose names with and without "of" are
// often two bodies: "University of Vardel", a state's, and "Vardel
// University", a private one.
var ofOrderSchools = map[string]bool{"university": true, "college": true}

// ofOrderApart reports whether two names met by ofOrderKeys stay apart,
// from going into to, plain the one written without "of": when the name
// that would go is also a person's or a place's (the type vote joins
// those); when one article gives both (it names two: "Vardel Bank of
// Dalmor took over Vardel Dalmor Bank"); when plain was ever given a legal
// form ("Dalmor Bank Corp" is a holding of its own, no "Bank of Dalmor")
// or written with a slash (a headline's "DALMOR/BANK" is two subjects);
// when the articles of each name countries, none the same; and, for a name
// of generic words only ("Council of State", "Association of Banks", a
// body every country has), unless the articles of the two name a country
// in common.
func (c *corpus) ofOrderApart(from, to, plain string, generic bool) bool {
	if _, slug, ok := strings.Cut(from, ":"); ok {
		for _, p := range [...]string{"person:", "location:"} {
			if c.full[p+slug] != nil || c.partial[p+slug] != nil {
				return true
			}
		}
	}
	f, g, p := c.full[from], c.full[to], c.full[plain]
	if sharesArticle(f.articles, g.articles) || legalFormGiven(p) || strings.IndexByte(p.first, '/') >= 0 {
		return true
	}
	if generic {
		return !c.countriesShared(from, to)
	}
	return c.countriesApart(from, to)
}

// genericWords reports whether the words of key k are all plainWords', a
// plural read as its singular ("Association of Banks").
func genericWords(k string) bool {
	ws := strings.Fields(k)
	for i, w := range ws {
		ws[i] = singular(w)
	}
	return plainWords(ws) || plainWords(strings.Fields(k))
}

// countriesShared reports whether the articles of the full entities a and
// b name a country in common.
func (c *corpus) countriesShared(a, b string) bool {
	shared, _ := c.countryOverlap(a, b)
	return shared
}
