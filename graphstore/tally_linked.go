package graphstore

import (
	"slices"
	"strings"
	"time"
)

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
	// Nearly every article links no two of its entries to one node: its
	// entries are then the merged ones, tallied in id order as they are
	// (but the id), without mergeLinked's map and copy of every entry.
	var few [16]linkedEntry
	ls := few[:0]
	if len(a.entries) > len(few) {
		ls = make([]linkedEntry, 0, len(a.entries))
	}
	for i := range a.entries {
		ls = append(ls, linkedEntry{id: to(a.entries[i].id), i: int32(i)})
	}
	slices.SortFunc(ls, func(x, y linkedEntry) int { return strings.Compare(x.id, y.id) })
	for i := 1; i < len(ls); i++ {
		if ls[i].id == ls[i-1].id {
			return a.tallyMerged(out, to, date, tally)
		}
	}
	old := out[:cap(out)]
	out = out[:0]
	for i, l := range ls {
		e := a.entries[l.i]
		if l.id != e.id {
			e = e.withKey(func(k *entryKey) { k.id = l.id })
		}
		out = appendTallied(out, old, i, &e, tally(l.id), date)
	}
	return out
}

// linkedEntry is an entry of an article (its index) and the id it links to.
type linkedEntry struct {
	id string
	i  int32
}

// tallyMerged is TallyLinked of an article two of whose entries link to one
// node: merged by mergeLinked.
func (a *LinkArticle) tallyMerged(out []EntityCount, to func(id string) string, date time.Time, tally func(id string) *NodeTally) []EntityCount {
	ids, merged := mergeLinked(a.entries, to)
	old := out[:cap(out)]
	out = out[:0]
	for i, id := range ids {
		out = appendTallied(out, old, i, merged[id], tally(id), date)
	}
	return out
}

// appendTallied adds the merged entity e to its node's tally t and appends
// it to out as TallyLinked gives it, reusing the list of sentences of the
// i-th of old.
func appendTallied(out, old []EntityCount, i int, e *entry, t *NodeTally, date time.Time) []EntityCount {
	t.add(e, date)
	var sents []int
	if i < len(old) {
		sents = old[i].Sentences[:0]
	}
	if sents = e.sentenceList(sents); len(sents) == 0 {
		sents = nil // as MergeLinked gives none
	}
	return append(out, EntityCount{ID: e.id, Name: e.name, Type: e.typ, ISO: e.iso, Partial: e.partial, Unsure: e.unsure,
		Mentions: int(e.mentions), Sources: int(e.sources), Sentences: sents})
}
