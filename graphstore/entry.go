package graphstore

import (
	"cmp"
	"encoding/binary"
	"iter"
	"slices"

	"github.com/nergraph/nergraph/extract"
)

// entry is what one article contributes about one entity, as the graph
// keeps it for every article until finalize: made compact because a graph
// holds one for each entity of each article (issue 15: bounded memory).
// An [EntityCount]'s alias map cost a few hundred bytes even for one alias
// and its []int of sentences 8 bytes a sentence; here the aliases are a
// sorted slice (none at all in the common case of one alias that is the
// entity's name) and the sentences a string of varint deltas, mostly one
// byte a sentence.
type entry struct {
	id        string
	name      string
	typ       extract.Type
	iso       string
	sentences string // sorted, distinct: see encodeSentences
	aliases   []aliasCount
	mentions  int
	sources   int
	partial   bool
}

// aliasCount is one surface name of an entity in an article and how often
// the article used it.
type aliasCount struct {
	name string
	n    int
}

// newEntry returns the entry of e, whose Sentences are sorted and distinct.
// It keeps nothing of e's map and slice.
func newEntry(e EntityCount) entry {
	en := entry{id: e.ID, name: e.Name, typ: e.Type, iso: e.ISO, partial: e.Partial, mentions: e.Mentions,
		sources: e.Sources, sentences: encodeSentences(e.Sentences)}
	if n, ok := e.Aliases[e.Name]; ok && len(e.Aliases) == 1 && n == e.Mentions {
		return en // aliases nil: the one alias is the name
	}
	en.aliases = make([]aliasCount, 0, len(e.Aliases))
	for k, v := range e.Aliases {
		en.aliases = append(en.aliases, aliasCount{name: k, n: v})
	}
	slices.SortFunc(en.aliases, func(a, b aliasCount) int { return cmp.Compare(a.name, b.name) })
	return en
}

// count returns the EntityCount of e, in a new map and slice.
func (e *entry) count() EntityCount {
	aliases := make(map[string]int, max(len(e.aliases), 1))
	for k, v := range e.allAliases() {
		aliases[k] = v
	}
	return EntityCount{ID: e.id, Name: e.name, Type: e.typ, ISO: e.iso, Partial: e.partial, Mentions: e.mentions,
		Sources: e.sources, Aliases: aliases, Sentences: e.sentenceList(nil)}
}

// allAliases yields each alias of e and its count, sorted by name.
func (e *entry) allAliases() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		if e.aliases == nil {
			yield(e.name, e.mentions)
			return
		}
		for _, a := range e.aliases {
			if !yield(a.name, a.n) {
				return
			}
		}
	}
}

// encodeSentences returns sorted, distinct sentence indexes as a string of
// signed varints: the first index, then the difference from the one before.
func encodeSentences(s []int) string {
	if len(s) == 0 {
		return ""
	}
	var buf [64]byte
	b := buf[:0]
	prev := 0
	for _, v := range s {
		b = binary.AppendVarint(b, int64(v-prev))
		prev = v
	}
	return string(b)
}

// sentenceList appends the sentences of e to buf.
func (e *entry) sentenceList(buf []int) []int {
	s, prev := e.sentences, 0
	for i := 0; i < len(s); {
		var ux uint64
		for shift := uint(0); i < len(s); shift += 7 {
			c := s[i]
			i++
			ux |= uint64(c&0x7f) << shift
			if c < 0x80 {
				break
			}
		}
		d := int64(ux >> 1) // zigzag, as binary.AppendVarint writes it
		if ux&1 != 0 {
			d = ^d
		}
		prev += int(d)
		buf = append(buf, prev)
	}
	return buf
}
