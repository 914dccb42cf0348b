package graphstore

import "time"

// TallyLinked merges the article's entities by to, as [LinkArticle.MergeLinked]
// does, adds each merged entity to its node's tally with date, as
// [NodeTally.Add] adds it (tally returns the tally of a node id, made on
// first sight), and returns the merged entities sorted by id, without their
// aliases (nil): what [CoMentions] and [SharedSentences] read of them. A
// store's cache computed from nothing tallies every article so, without
// making each merged entity's map of aliases and reading it back.
func (a *LinkArticle) TallyLinked(to func(id string) string, date time.Time, tally func(id string) *NodeTally) []EntityCount {
	ids, merged := mergeLinked(a.entries, to)
	out := make([]EntityCount, len(ids))
	for i, id := range ids {
		e := merged[id]
		tally(id).add(e, date)
		out[i] = EntityCount{ID: e.id, Name: e.name, Type: e.typ, ISO: e.iso, Partial: e.partial, Unsure: e.unsure,
			Mentions: int(e.mentions), Sources: int(e.sources), Sentences: e.sentenceList(nil)}
	}
	return out
}
