package graphstore

import (
	"maps"
	"time"

	"github.com/nergraph/nergraph/extract"
)

// The tallies below are the graph's own running sums, for a [Store] that
// updates a cache of the graph batch by batch instead of computing it anew:
// it keeps a tally per raw id and per node, adds the entities of new
// articles to them in the order the articles were added, and asks [Link]
// and [NodeTally.Node] for what the graph would say, by the graph's own
// rules.

// Linking is how corpus linking links the entity ids of a list of
// articles, as the graph links them (see [Graph.CanonicalIn]): a store
// that keeps the articles' entities links them anew with [LinkCorpus] when
// articles arrive, and compares the result with the links its cache holds.
type Linking struct {
	l *linking
}

// LinkCorpus links the entity ids of the articles as a graph of the same
// articles does. The result depends only on the set of articles, not on
// their order; the article indexes of [Linking.To] and [Linking.InArticle]
// are those of arts. The entities must be in the form [NormalizeEntities]
// returns.
func LinkCorpus(arts []ArticleCounts) *Linking {
	n := 0
	for _, a := range arts {
		n += len(a.Entities)
	}
	// Sized for the entities at once: grown from empty, the map was rehashed
	// a dozen times on a store's 136,000 entities (issue 15's refresh).
	keys := &LinkKeys{m: newKeyInterner(n / 2)}
	as := make([]*LinkArticle, len(arts))
	for i, a := range arts {
		as[i] = NewLinkArticle(a, keys)
	}
	return LinkArticles(as, keys)
}

// To returns the node of entity id in article art.
func (l *Linking) To(art int, id string) string { return l.l.to(art, id) }

// Remap returns the links made in every article: raw id → node id, for
// the ids that are not their own node. The map is the caller's.
func (l *Linking) Remap() map[string]string { return maps.Clone(l.l.remap) }

// InArticle returns the links made in article art's own context alone:
// raw id → the node id the article's entity ends in (after the links made
// in every article), where that differs from the node the links made in
// every article give it. Nil when there are none.
func (l *Linking) InArticle(art int) map[string]string {
	var out map[string]string
	for from := range l.l.inArticle[art] {
		if to := l.l.to(art, from); to != l.l.to(-1, from) {
			if out == nil {
				out = map[string]string{}
			}
			out[from] = to
		}
	}
	return out
}

// NodeTally is the running sum of what articles say of one node, from which
// [NodeTally.Node] settles its label, type and aliases by the graph's vote.
// The zero value is an empty tally; set ID before use.
type NodeTally struct {
	ID                  string
	Type                extract.Type // the first entry's, until a vote
	ISO                 string       // the last non-empty
	Mentions, Articles  int
	Sources             int
	First, Last         time.Time
	Labels, Partials    map[string]int // names of full and partial entries, by mentions
	Types, PartialTypes map[extract.Type]int
	Aliases             map[string]int // surface names, by mentions
	// Unsure counts the articles whose entity of the node was unsure
	// ([EntityCount].Unsure): when it is all of them the graph leaves the
	// node out (see [NodeTally.LeftOut]). Omitted when 0, so that the
	// tallies of stores without unsure entities keep their form.
	Unsure int `json:",omitempty"`
}

// LeftOut reports whether the graph leaves the node out: it has articles,
// and the recognizer was unsure of its entity in every one of them (the
// per-node rule of extract.WithMinConfidence, [Graph.UnsureNodes]).
func (t *NodeTally) LeftOut() bool { return t.Articles > 0 && t.Unsure == t.Articles }

// Add tallies what one article says of the node: its entry merged as
// [MergeLinked] merges an article's entries, and the article's date.
func (t *NodeTally) Add(e EntityCount, date time.Time) {
	en := newEntry(e, nil)
	t.add(&en, date)
}

// add is Add of an entry.
func (t *NodeTally) add(en *entry, date time.Time) {
	var n *nodeAcc
	if t.Labels == nil {
		n = newNodeAcc(t.ID, en)
	} else {
		n = t.acc()
	}
	n.count(en, date, typeVote(*en))
	unsure := t.Unsure
	if en.unsure {
		unsure++
	}
	*t = NodeTally{Unsure: unsure, ID: n.ID, Type: n.Type, ISO: n.ISO, Mentions: n.Mentions, Articles: n.Articles, Sources: n.Sources,
		First: n.First, Last: n.Last, Labels: n.labels, Partials: n.partials, Types: n.types, PartialTypes: n.partialTypes,
		Aliases: n.aliases}
}

func (t *NodeTally) acc() *nodeAcc {
	return &nodeAcc{Node: Node{ID: t.ID, Type: t.Type, ISO: t.ISO, Mentions: t.Mentions, Articles: t.Articles,
		Sources: t.Sources, First: t.First, Last: t.Last}, labels: t.Labels, partials: t.Partials, types: t.Types,
		partialTypes: t.PartialTypes, aliases: t.Aliases}
}

// Node returns the node as the graph makes it of the same entries; its
// NPMI-free fields only, as a Node has none. The tally is left as it was:
// the vote reads its maps and changes none (so they are not copied: a
// cache computed from nothing asks this of every node).
func (t *NodeTally) Node() Node {
	if t.Labels == nil {
		return Node{ID: t.ID}
	}
	return t.acc().node()
}

// MergeLinked merges the entities of one article by the node to gives each
// raw id (such as a [Linking.To] of the article), as the graph does before
// it counts the article, and returns them sorted by id. ents must be in the
// form [NormalizeEntities] returns.
func MergeLinked(ents []EntityCount, to func(id string) string) []EntityCount {
	entries := make([]entry, len(ents))
	for i, e := range ents {
		entries[i] = newEntry(e, nil)
	}
	ids, merged := mergeLinked(entries, to)
	out := make([]EntityCount, len(ids))
	for i, id := range ids {
		out[i] = merged[id].count()
	}
	return out
}
