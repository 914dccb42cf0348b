package graphstore

import "time"

// TallyLinked merges the article's entities by to, as [LinkArticle.MergeLinked]
// does, adds each merged entity to its node's tally with date, as
// [NodeTally.Add] adds it (tally returns the tally of a node id, made on
// first sight), and returns the merged entities sorted by id, without their
// aliases (nil): what [CoMentions] and [SharedSentences] read of them. A
// store's cache computed from nothing tallies every article so, without
// making each merged entity's map of aliases and reading it back.
//
// The entities are written over out's, reusing its room and that of their
// lists of sentences: the result of the call before is no longer valid
// once out (that result, or nil) is passed again.
func (a *LinkArticle) TallyLinked(out []EntityCount, to func(id string) string, date time.Time, tally func(id string) *NodeTally) []EntityCount {
	ids, merged := mergeLinked(a.entries, to)
	old := out[:cap(out)]
	out = out[:0]
	for i, id := range ids {
		e := merged[id]
		tally(id).add(e, date)
		var sents []int
		if i < len(old) {
			sents = old[i].Sentences[:0]
		}
		if sents = e.sentenceList(sents); len(sents) == 0 {
			sents = nil // as MergeLinked gives none
		}
		out = append(out, EntityCount{ID: e.id, Name: e.name, Type: e.typ, ISO: e.iso, Partial: e.partial, Unsure: e.unsure,
			Mentions: int(e.mentions), Sources: int(e.sources), Sentences: sents})
	}
	return out
}
