package graphstore

import (
	"maps"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// The tallies below are the graph's own running sums, for a [Store] that
// updates a cache of the graph batch by batch instead of computing it anew:
// it keeps a tally per raw id and per node, adds the entities of new
// articles to them in the order the articles were added, and asks [Link]
// and [NodeTally.Node] for what the graph would say, by the graph's own
// rules.

// LinkTally is what corpus linking needs to know of one raw entity id,
// summed over the articles that gave it, in the order they were added.
type LinkTally struct {
	// Of the entries that gave the id in full:
	HasFull      bool
	FullType     extract.Type    // the type the first of them gave
	FullArticles int             // how many
	Names        map[string]bool // the keys (names.Key) of their names
	Aliases      map[string]int  // the keys of their surface names, each counted once per entry
	// Of the entries that gave it as a partial name:
	HasPartial  bool
	PartialName string       // the smallest name
	PartialType extract.Type // the type the entry with that name first gave
	// The vote on the type of a name given under several types: each entry's
	// weight (twice for a full name), and the type of the last full entry,
	// else of the first.
	Votes    int
	VoteType extract.Type
}

// Add tallies one article's entry of the id, as [ArticleCounts] holds it.
func (t *LinkTally) Add(e EntityCount) {
	t.add(entry{id: e.ID, name: e.Name, typ: e.Type, iso: e.ISO, partial: e.Partial, aliases: e.Aliases})
}

func (t *LinkTally) add(e entry) {
	first := t.Votes == 0
	v := typeVote(e)
	if e.partial {
		if !t.HasPartial || e.name < t.PartialName {
			t.HasPartial, t.PartialName, t.PartialType = true, e.name, e.typ
		}
	} else {
		if !t.HasFull {
			t.HasFull, t.FullType = true, e.typ
			t.Names, t.Aliases = map[string]bool{}, map[string]int{}
		}
		t.FullArticles++
		t.Names[names.Key(e.name)] = true
		for name := range e.aliases {
			t.Aliases[names.Key(name)]++
		}
		v *= 2
	}
	t.Votes += v
	if first || !e.partial {
		t.VoteType = e.typ
	}
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
}

// Add tallies what one article says of the node: its entry merged as
// [MergeLinked] merges an article's entries, and the article's date.
func (t *NodeTally) Add(e EntityCount, date time.Time) {
	en := entry{id: e.ID, name: e.Name, typ: e.Type, iso: e.ISO, partial: e.Partial, mentions: e.Mentions,
		sources: e.Sources, aliases: e.Aliases, sentences: e.Sentences}
	var n *nodeAcc
	if t.Labels == nil {
		n = newNodeAcc(t.ID, &en)
	} else {
		n = t.acc()
	}
	n.count(&en, date)
	*t = NodeTally{ID: n.ID, Type: n.Type, ISO: n.ISO, Mentions: n.Mentions, Articles: n.Articles, Sources: n.Sources,
		First: n.First, Last: n.Last, Labels: n.labels, Partials: n.partials, Types: n.types, PartialTypes: n.partialTypes,
		Aliases: n.aliases}
}

func (t *NodeTally) acc() *nodeAcc {
	return &nodeAcc{Node: Node{ID: t.ID, Type: t.Type, ISO: t.ISO, Mentions: t.Mentions, Articles: t.Articles,
		Sources: t.Sources, First: t.First, Last: t.Last}, labels: t.Labels, partials: t.Partials, types: t.Types,
		partialTypes: t.PartialTypes, aliases: t.Aliases}
}

// Node returns the node as the graph makes it of the same entries; its
// NPMI-free fields only, as a Node has none.
func (t *NodeTally) Node() Node {
	if t.Labels == nil {
		return Node{ID: t.ID}
	}
	n := t.acc()
	n.aliases = maps.Clone(n.aliases)
	return n.node()
}

// MergeLinked merges the entities of one article by the id remap links each
// to (ids absent from remap stay themselves), as the graph does before it
// counts the article, and returns them sorted by id. ents must be in the
// form [NormalizeEntities] returns.
func MergeLinked(ents []EntityCount, remap map[string]string) []EntityCount {
	entries := make([]entry, len(ents))
	for i, e := range ents {
		entries[i] = entry{id: e.ID, name: e.Name, typ: e.Type, iso: e.ISO, partial: e.Partial, mentions: e.Mentions,
			sources: e.Sources, aliases: e.Aliases, sentences: e.Sentences}
	}
	ids, merged := mergeLinked(entries, remap)
	out := make([]EntityCount, len(ids))
	for i, id := range ids {
		m := merged[id]
		out[i] = EntityCount{ID: id, Name: m.name, Type: m.typ, ISO: m.iso, Partial: m.partial, Mentions: m.mentions,
			Sources: m.sources, Aliases: m.aliases, Sentences: m.sentences}
	}
	return out
}
