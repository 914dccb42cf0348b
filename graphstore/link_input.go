package graphstore

import "iter"

// LinkKeys gives the [LinkArticle]s made with it one copy of each thing an
// article says of an entity apart from its counts (see entry): in news the
// same few names recur in thousands of articles.
type LinkKeys struct {
	m *keyInterner
}

// NewLinkKeys returns an empty set of keys.
func NewLinkKeys() *LinkKeys { return &LinkKeys{m: newKeyInterner(0)} }

// LinkArticle is one article in the compact form corpus linking reads: its
// id and its entities as the graph keeps them, 40 bytes an entity and a
// shared key, where an [EntityCount] costs a map of aliases, a slice of
// sentences and five strings. A store that keeps every article in memory
// from the start of an ingest to the refresh at its end (which links all
// of them anew) keeps them so: a tenth of the memory for the collector to
// scan, and nothing to convert when it links.
type LinkArticle struct {
	id      string
	entries []entry // sorted by id
}

// NewLinkArticle returns the compact form of a, whose entities must be in
// the form [NormalizeEntities] returns, with its keys from keys. It keeps
// nothing of a's maps and slices.
func NewLinkArticle(a ArticleCounts, keys *LinkKeys) *LinkArticle {
	out := &LinkArticle{id: a.Info.ID, entries: make([]entry, len(a.Entities))}
	for i, e := range a.Entities {
		out.entries[i] = newEntry(e, keys.m)
	}
	return out
}

// Entities returns the article's entities as they were given, in new maps
// and slices.
func (a *LinkArticle) Entities() []EntityCount {
	out := make([]EntityCount, len(a.entries))
	for i := range a.entries {
		out[i] = a.entries[i].count()
	}
	return out
}

// EntityIDs yields the ids of the article's entities, sorted.
func (a *LinkArticle) EntityIDs() iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range a.entries {
			if !yield(a.entries[i].id) {
				return
			}
		}
	}
}

// MergeLinked is [MergeLinked] of the article's entities.
func (a *LinkArticle) MergeLinked(to func(id string) string) []EntityCount {
	ids, merged := mergeLinked(a.entries, to)
	out := make([]EntityCount, len(ids))
	for i, id := range ids {
		out[i] = merged[id].count()
	}
	return out
}

// LinkArticles is [LinkCorpus] of articles in their compact form, made
// with keys.
func LinkArticles(arts []*LinkArticle, keys *LinkKeys) *Linking {
	as := make([]article, len(arts))
	for i, a := range arts {
		// Corpus linking reads an article's id and entries alone.
		as[i] = article{id: a.id, entries: a.entries}
	}
	return &Linking{l: linkCorpus(as, keys.m)}
}
