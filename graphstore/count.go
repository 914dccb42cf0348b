package graphstore

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unique"

	"github.com/nergraph/nergraph/extract"
)

// EntityCount is what one article says about one entity, summed over the
// article's mentions of it: all that the graph and a store need of them.
type EntityCount struct {
	ID      string
	Name    string // the name the article gave it: the node's label by vote
	Type    extract.Type
	ISO     string // ISO 3166-1 alpha-2, for countries; for a town, the ISO 3166-2 code of the state its article writes after it (see stateAfter)
	Partial bool   // a lone short name, which the graph may link to a full name
	// Unsure: the recognizer was unsure of it in the article
	// (extract.Entity.Unsure). A node all of whose entities are unsure is
	// no node (see Graph.UnsureNodes).
	Unsure    bool
	Mentions  int // mentions in the article
	Sources   int // of those, mentions in the role of a news source (credits)
	Aliases   map[string]int
	Sentences []int // indexes of the sentences that mention it, sorted and distinct
}

// ArticleCounts is one article as [Graph.AddArticle] and a [Store] take it:
// what the graph keeps of the article, its size, and its entities.
type ArticleCounts struct {
	Info      ArticleInfo
	Tokens    int           // number of tokens
	Sentences int           // number of sentences
	Entities  []EntityCount // sorted by ID, each ID once
	Relations []Relation    // as NormalizeRelations returns them
}

// Count sums the mentions of each entity of doc. The result is what
// [Graph.Add] adds and what a store keeps of doc; it shares nothing with doc,
// not even the bytes of its strings: names and aliases are pieces of the
// article's text, and the title, id, source and URL often pieces of the
// record it was read from, so that keeping them as they are kept the whole
// text of every article alive in a graph (about 200 bytes an AG News
// article, kilobytes a Reuters or BBC one).
func Count(doc *extract.Doc) ArticleCounts { return countWith(doc, intern, intern) }

// A Counter is [Count] with the copies of the ids, names, ISO codes and
// aliases it keeps shared through a table of its own rather than interned
// (package unique): [unique.Make] costs about 9,500 instructions for each
// string it meets first (a weak handle and a cleanup registered with the
// runtime), about 0.15 G instructions of an ingest of AG News's 7,600
// articles, where a table costs a map lookup and a copy. A store's ingest
// counts a batch of articles with one Counter and starts another for the
// next batch ([Counter.Reset]): the table keeps alive what the batch
// holds, and nothing past it, so that memory stays bounded by the batch
// whatever the number of distinct names in a corpus.
type Counter struct{ names nameTable }

// NewCounter returns a Counter with an empty table.
func NewCounter() *Counter { return &Counter{names: nameTable{}} }

// Count is [Count] of doc, its strings copied once for the Counter.
func (c *Counter) Count(doc *extract.Doc) ArticleCounts {
	return countWith(doc, c.names.get, c.names.get)
}

// Reset empties the table: the strings counted before are no longer
// shared with those counted after.
func (c *Counter) Reset() { c.names = nameTable{} }

// countWith is [Count] with the copies of the strings it keeps made by name
// (ids, names, ISO codes) and alias (the names of the Aliases maps).
// [Graph.Add] passes a table of its own for names and keeps no alias
// string (see there).
func countWith(doc *extract.Doc, name, alias func(string) string) ArticleCounts {
	a := ArticleCounts{
		Info:      cloneInfo(doc),
		Tokens:    doc.Tokens,
		Sentences: doc.Sentences,
		Entities:  make([]EntityCount, 0, len(doc.Entities)),
	}
	for _, e := range doc.Entities {
		ec := EntityCount{ID: name(e.ID), Name: name(e.Name), Type: e.Type, ISO: name(e.ISO), Partial: e.Partial,
			Unsure: e.Unsure, Mentions: len(e.Mentions), Aliases: map[string]int{}, Sentences: make([]int, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			if m.Role == extract.RoleSource {
				ec.Sources++
			}
			if _, ok := ec.Aliases[m.Name]; ok {
				ec.Aliases[m.Name]++
			} else if m.Name == ec.Name {
				ec.Aliases[ec.Name] = 1 // interned already: most mentions give the entity's name
			} else {
				ec.Aliases[alias(m.Name)] = 1
			}
			ec.Sentences = append(ec.Sentences, m.Sentence)
		}
		slices.Sort(ec.Sentences)
		ec.Sentences = slices.Compact(ec.Sentences)
		if e.Type == extract.Location && e.ISO == "" {
			ec.ISO = name(stateAfter(doc.Text, &e))
		}
		a.Entities = append(a.Entities, ec)
	}
	a.Entities = NormalizeEntities(a.Entities)
	a.Relations = countRelations(doc)
	return a
}

// cloneInfo returns what the graph keeps of doc's article, its strings
// copied into one allocation: an allocation each cost their rounding up to
// a size class and a header's worth more (issue 15: bounded memory).
func cloneInfo(doc *extract.Doc) ArticleInfo {
	d := &doc.Article
	var b strings.Builder
	b.Grow(len(d.ID) + len(d.Title) + len(d.Source) + len(d.URL))
	for _, s := range []string{d.ID, d.Title, d.Source, d.URL} {
		b.WriteString(s)
	}
	all := b.String()
	cut := func(n int) string {
		s := all[:n]
		all = all[n:]
		return s
	}
	return ArticleInfo{ID: cut(len(d.ID)), Title: cut(len(d.Title)), Source: cut(len(d.Source)), URL: cut(len(d.URL)),
		Hash: doc.Hash, Date: d.Date}
}

// intern returns s in a copy shared by every article that names it: the
// same few names recur in thousands of articles, and a copy per article
// cost 9 MB more live heap than one per name on 121,584 AG News articles.
// The copies are held weakly (package unique): a name no graph keeps any
// more is collected.
func intern(s string) string {
	if s == "" {
		return "" // most entities have no ISO code
	}
	return unique.Make(s).Value()
}

// nameTable gives a graph one copy of each id, name and ISO code its
// entries hold, as intern does, in a map of its own: [unique.Make] costs
// about 9,500 instructions for each string it meets first (a weak handle
// and a cleanup registered with the runtime), 3% of an AG News build's
// instructions, all of them on the goroutine that adds the articles. The
// graph's entries keep every string of the table (keyInterner holds each
// entryKey that names it), so that the table keeps alive nothing the graph
// does not, but its own slots.
type nameTable map[string]string

// get returns the table's copy of s, made on first sight.
func (t nameTable) get(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := t[s]; ok {
		return c
	}
	c := strings.Clone(s)
	t[c] = c
	return c
}

// SharedSentences returns the number of sentences that mention both a and
// b, two entities of one article: what the article adds to the Sentences of
// the edge between them.
func SharedSentences(a, b EntityCount) int { return countCommon(a.Sentences, b.Sentences) }

// NormalizeEntities returns ents in the form [ArticleCounts] asks for:
// sorted by ID, with the counts of entries that share an ID summed (the name,
// type and ISO code of the last one that is not partial win) and each
// Sentences list sorted and distinct. It returns ents itself when they are in
// that form already, as [Count] makes them, and otherwise a new slice; it
// never changes ents.
func NormalizeEntities(ents []EntityCount) []EntityCount {
	if isNormal(ents) {
		return ents
	}
	out := slices.Clone(ents)
	slices.SortStableFunc(out, func(x, y EntityCount) int { return cmp.Compare(x.ID, y.ID) })
	merged := out[:0]
	for _, e := range out {
		if n := len(merged); n > 0 && merged[n-1].ID == e.ID {
			merged[n-1] = sumCounts(merged[n-1], e)
			continue
		}
		if !isSet(e.Sentences) {
			e.Sentences = sortedSet(slices.Clone(e.Sentences))
		}
		merged = append(merged, e)
	}
	return merged
}

func isNormal(ents []EntityCount) bool {
	for i, e := range ents {
		if i > 0 && ents[i-1].ID >= e.ID || !isSet(e.Sentences) {
			return false
		}
	}
	return true
}

// isSet reports whether s is sorted and distinct.
func isSet(s []int) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] >= s[i] {
			return false
		}
	}
	return true
}

func sortedSet(s []int) []int {
	slices.Sort(s)
	return slices.Compact(s)
}

// sumCounts adds b to a, two entries of one article with the same ID, into
// new maps and slices.
func sumCounts(a, b EntityCount) EntityCount {
	a.Mentions += b.Mentions
	a.Sources += b.Sources
	aliases := maps.Clone(a.Aliases)
	if aliases == nil {
		aliases = map[string]int{}
	}
	for k, v := range b.Aliases {
		aliases[k] += v
	}
	a.Aliases = aliases
	a.Sentences = sortedSet(slices.Concat(a.Sentences, b.Sentences))
	a.Unsure = a.Unsure && b.Unsure
	if !b.Partial {
		a.Partial = false
		a.Name, a.Type, a.ISO = b.Name, b.Type, b.ISO
	}
	return a
}
