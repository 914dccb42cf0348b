package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/extract"
)

// A wire story misspells a short name now and then, a few lines after the
// full name it stands for: "Trevan Kolmar, the analyst" then "Kolmer
// said"; "Vardel Corp" then "Vardell, under the agreement". The article's
// resolver cannot join the two (their words differ), and corpus linking
// finds no full name of the misspelt word elsewhere: the short name stays a
// node of its own (tail16i, issue 10: Lichtbalu, Sloan, Ogelbay, Conteol).

// RuleMisspeltShort links a one-word name left alone in its article to the
// article's one other name of its type whose head word it misspells (see
// linkMisspeltShorts).
const RuleMisspeltShort LinkRule = "misspelt-short"

// linkMisspeltShorts links each one-word person's or organization's name
// that no rule linked in its article (a partial left alone) to the one
// other name of the same type in that article whose head word, a person's
// surname (the last word) or a firm's first word, is the short name's word
// spelled one letter apart (misspelt: a letter left out, put in, changed,
// two swapped), both five letters long at least, letters alone, the first
// letter the same, and not one word with and the other without a final
// "s" ("Vardel", "Vardels" may be two firms). A short name one letter from
// two of its article's names is left: the reader cannot tell which.
func (c *corpus) linkMisspeltShorts(l *linking) {
	var heads map[string]bool
	var artHeads map[int][]string // each article's head words, cut once (articleHeads)
	for _, pid := range sortedIDs(c.partial) {
		for _, art := range c.partial[pid] {
			if l.to(art, pid) != pid {
				continue
			}
			e := c.entryOf(art, pid)
			w, ok := misspeltShortWord(e)
			if !ok {
				break // the same id is the same name in every article
			}
			if heads == nil {
				heads, artHeads = c.fullHeads(), map[int][]string{}
			}
			if heads[w] {
				break // a name's own word elsewhere ("Dawes", "Lindell"): no misspelling
			}
			if to := c.misspeltShortTarget(l, art, e, w, c.articleHeads(artHeads, art)); to != "" {
				l.linkIn(RuleMisspeltShort, art, c.articles[art].id, pid, to, 0)
			}
		}
	}
}

// misspeltShortWord returns the word of a short name that linkMisspeltShorts
// may take: a person's or organization's one word of five letters or more,
// letters alone, in lower case.
func misspeltShortWord(e entry) (string, bool) {
	if e.typ != extract.Person && e.typ != extract.Org {
		return "", false
	}
	w := strings.TrimSpace(e.name)
	if len(w) < 5 || !lettersOnly(w) {
		return "", false
	}
	return strings.ToLower(w), true
}

// misspeltShortTarget returns the node of the one other name of the short
// name e's type in article art whose head word e's word w misspells, or "".
// Of two short names left alone, the one of fewer mentions goes into the
// other (of as many, the smaller id): a misspelling is written less often.
// A word one letter from a name of another type in the article is left
// (a firm named after its founder, "Vardell" beside "Hugo Vardel" and
// "Vardel Corp"; a people's name, "Ostrans" beside "Ostras"), and so is a
// team sheet's surname: a line-up names many players, and two of them may
// be one letter apart. heads are the head words of the article's entries,
// in their order (articleHeads).
func (c *corpus) misspeltShortTarget(l *linking, art int, e entry, w string, heads []string) string {
	if c.lu != nil && c.lu.inList[art][e.id] {
		return ""
	}
	to := ""
	for i, o := range c.articles[art].entries {
		if o.id == e.id {
			continue
		}
		h := heads[i]
		if len(h) < 5 || h[0] != w[0] || !misspelt(w, h) || pluralOnly(w, h) || !lettersOnly(h) {
			continue
		}
		if o.typ != e.typ {
			return ""
		}
		if o.partial && (o.mentions < e.mentions || o.mentions == e.mentions && o.id < e.id) {
			continue
		}
		n := l.to(art, o.id)
		if n == e.id {
			continue
		}
		if to != "" && n != to {
			return ""
		}
		to = n
	}
	return to
}

// articleHeads returns the head words (headWord) of article art's entries,
// in their order, cut at the first ask and kept in memo: an article of
// several short names left alone is asked once for each (tail16o: BBC's
// callgrind gave the cutting 37 M instructions when done per short name).
// memo is linkMisspeltShorts' own, on the linker's goroutine.
func (c *corpus) articleHeads(memo map[int][]string, art int) []string {
	if hs, ok := memo[art]; ok {
		return hs
	}
	es := c.articles[art].entries
	hs := make([]string, len(es))
	for i, o := range es {
		hs[i] = headWord(o.name, o.typ)
	}
	memo[art] = hs
	return hs
}

// fullHeads returns the head words (headWord) of the corpus's full names of
// people and organizations: a short name's word among them is a name's.
func (c *corpus) fullHeads() map[string]bool {
	heads := map[string]bool{}
	for _, f := range c.fulls {
		if f.typ != extract.Person && f.typ != extract.Org {
			continue
		}
		for _, k := range f.keys {
			heads[headWord(k, f.typ)] = true
		}
	}
	return heads
}

// headWord returns, in lower case, the word of a name a short name stands
// for: a person's last, an organization's or a place's first.
func headWord(name string, typ extract.Type) string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	if typ == extract.Person {
		return strings.ToLower(ws[len(ws)-1])
	}
	return strings.ToLower(ws[0])
}
