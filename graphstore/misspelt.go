package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A wire story misspells a firm now and then: "Vardelle Tavin Inc" three
// lines after "Vardel Tavin Inc", or in a story of its own beside the
// firm's usual company. No rule of names joins the two: their keys differ
// (tail15q, issue 10: PainWebber, Volkswagon U.S., Sourthern Pacific).

// linkMisspelt links two organizations' full names that are one name
// spelled two ways: the same words but one, which differs by one letter
// left out, put in or changed, or two letters swapped, keeps its first
// letter and is five letters long at least, with no digit (misspelt). A
// reader takes the two for one firm when they stand in one article, or,
// for a name of two words or more, when their articles share rare context
// (another firm, a person, a ticker's company): a misspelling in a story of
// its own. Left apart: names written with two different legal forms (a
// firm and its unit abroad, "Alcan Aluminium Ltd" and "Alcan Aluminum
// Corp"), a name of generic words alone, a one-word name in different
// articles ("Nicor", "Nucor") or with a plural "s" (pluralOnly), and a
// name one letter from two others. The
// name in fewer articles goes into the other; of two in as many, the one
// whose word fewer names hold (the misspelling is rare).
func (c *corpus) linkMisspelt(l *linking) {
	buckets, wordNames := c.misspeltBuckets()
	var pairs []misspeltPair
	partners := map[string][]string{}
	for _, key := range sortedIDs(buckets) {
		b := buckets[key]
		for x, a := range b {
			for _, y := range b[x+1:] {
				p, ok := c.misspeltLink(a, y, wordNames)
				if ok && !slices.Contains(partners[p.from], p.to) {
					partners[p.from] = append(partners[p.from], p.to)
					partners[p.to] = append(partners[p.to], p.from)
					pairs = append(pairs, p)
				}
			}
		}
	}
	for _, p := range pairs {
		if len(partners[p.from]) != 1 {
			continue
		}
		if l.resolve(p.from) == l.resolve(p.to) {
			continue
		}
		l.link(RuleSpelling, p.from, p.to, p.score)
	}
}

// misspeltEntry is one word of an organization's name in linkMisspelt's
// buckets.
type misspeltEntry struct {
	i     int32  // in c.fullIDs
	word  string // the word left out of the bucket's key
	form  string // the legal form after the name, "" when none
	words int
}

// misspeltPair is a name that goes into another, and the evidence.
type misspeltPair struct {
	from, to string
	score    float64
}

// misspeltBuckets puts each word of five letters or more, no digit, of each
// organization's name (no "@", not of generic words alone) in the bucket of
// the name's other words, the word's place and its first letter, which a
// misspelling keeps; wordNames counts the names holding each word.
func (c *corpus) misspeltBuckets() (buckets map[string][]misspeltEntry, wordNames map[string]int) {
	buckets, wordNames = map[string][]misspeltEntry{}, map[string]int{}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for j, k := range f.orgKeysOf() {
			ws := strings.Fields(k)
			if !slices.ContainsFunc(ws, func(w string) bool { return !names.GenericOrgWords[w] }) {
				continue
			}
			form, cut := strings.CutPrefix(f.keys[j], k)
			if !cut {
				form = "" // OrgKey wrote "bros" as "brothers"
			}
			form = strings.TrimSpace(form)
			for p, w := range ws {
				wordNames[w]++
				if len(w) < 5 || strings.ContainsAny(w, "0123456789") {
					continue
				}
				key := strings.Join(ws[:p], " ") + "\x00" + w[:1] + "\x00" + strings.Join(ws[p+1:], " ")
				buckets[key] = append(buckets[key], misspeltEntry{int32(i), w, form, len(ws)})
			}
		}
	}
	return buckets, wordNames
}

// misspeltLink returns which of the names of a and y, of one bucket, goes
// into the other when they are one name misspelt (see linkMisspelt); ok is
// false when they are not.
func (c *corpus) misspeltLink(a, y misspeltEntry, wordNames map[string]int) (misspeltPair, bool) {
	if a.i == y.i || !misspelt(a.word, y.word) || a.form != "" && y.form != "" && a.form != y.form ||
		a.words == 1 && pluralOnly(a.word, y.word) {
		return misspeltPair{}, false
	}
	ia, iy := c.fullIDs[a.i], c.fullIDs[y.i]
	score, ok := c.misspeltEvidence(ia, iy, a.words)
	if !ok {
		return c.commonWordTypo(a, y, wordNames)
	}
	from, to := ia, iy
	fromWord := a.word
	if c.misspeltKeeps(ia, iy, wordNames[a.word], wordNames[y.word]) {
		from, to, fromWord = iy, ia, y.word
	}
	// A plural is things of the name ("Alfa Romeos", the cars) or another
	// name (a band beside a magazine): one article must give both, and
	// without a firm's legal form the name without the "s" goes into the
	// plural ("Vardel Hotel" into "Vardel Hotels"), not the other way.
	if pluralOnly(a.word, y.word) && (countCommon(c.full[ia].articles, c.full[iy].articles) == 0 ||
		a.form == "" && y.form == "" && strings.HasSuffix(fromWord, "s")) {
		return misspeltPair{}, false
	}
	return misspeltPair{from, to, score}, true
}

// misspeltEvidence reports whether the full names a and b, of n words each,
// may be one firm's: they share an article, or, two words or more, rare
// context; score is the articles shared or the context's score.
func (c *corpus) misspeltEvidence(a, b string, n int) (float64, bool) {
	fa, fb := c.full[a], c.full[b]
	if shared := countCommon(fa.articles, fb.articles); shared > 0 {
		return float64(shared), true
	}
	if n < 2 {
		return 0, false
	}
	if e := c.shared(a, b); e.enough() {
		return e.score, true
	}
	return 0, false
}

// misspeltKeeps reports whether a stays and b goes into it: a is in more
// articles, or in as many and its word is in more names (na, nb), or in as
// many and its id is the smaller.
func (c *corpus) misspeltKeeps(a, b string, na, nb int) bool {
	la, lb := len(c.full[a].articles), len(c.full[b].articles)
	switch {
	case la != lb:
		return la > lb
	case na != nb:
		return na > nb
	}
	return a < b
}

// misspelt reports whether two words are one spelled two ways: one letter
// left out, put in or changed (oneEdit), or two letters next to each other
// swapped.
func misspelt(x, y string) bool {
	if oneEdit(x, y) {
		return true
	}
	if len(x) != len(y) {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && x[i+2:] == y[i+2:]
}

// pluralOnly reports whether two words differ only by an "s" at the end of
// one: a one-word firm's name with and without it is often two firms'
// ("Vardel Inc", "Vardels").
func pluralOnly(x, y string) bool {
	return x+"s" == y || y+"s" == x
}
