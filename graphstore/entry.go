package graphstore

import (
	"cmp"
	"encoding/binary"
	"iter"
	"math"
	"slices"

	"github.com/nergraph/nergraph/extract"
)

// entry is what one article contributes about one entity, as the graph
// keeps it for every article until finalize: made compact because a graph
// holds one for each entity of each article (issue 15: bounded memory).
// An [EntityCount] costs a map of aliases (a few hundred bytes even for
// one alias), a []int of sentences and five strings; an entry is 40 bytes
// and a string of varint deltas for its sentences (mostly one byte a
// sentence), and points to its entryKey, which the entries of all the
// articles that say the same of an entity share (see keyInterner): in
// news the same few names recur in thousands of articles.
type entry struct {
	*entryKey        // shared: never change its fields, point to another
	sentences string // sorted, distinct: see encodeSentences
	mentions  int32  // an article's, so 32 bits are plenty (see count32)
	sources   int32
}

// entryKey is what an entry says of its entity apart from its counts.
type entryKey struct {
	id      string
	name    string
	typ     extract.Type
	iso     string
	aliases string // see encodeAliases; when not listed, the one alias is name, mentioned every time
	listed  bool
	partial bool
	unsure  bool // see EntityCount.Unsure
	// The interner that made the key (nil: none) and its number there,
	// from 1 in the order made: corpus linking's tables by key are slices
	// indexed by it (see keyNumbers), where maps by pointer cost a hash and
	// a probe an entry. Both are zero in the interner's map keys, so that a
	// key is found by what it says.
	set *keyInterner
	num int32
}

// keyInterner gives the entries of a graph one copy of each entryKey.
type keyInterner struct {
	m map[entryKey]*entryKey
}

// newKeyInterner returns an empty interner, sized for n keys.
func newKeyInterner(n int) *keyInterner {
	return &keyInterner{m: make(map[entryKey]*entryKey, n)}
}

// len returns the number of keys ki made (0 for nil).
func (ki *keyInterner) len() int {
	if ki == nil {
		return 0
	}
	return len(ki.m)
}

// get returns the interned copy of k; a nil interner returns a new one.
func (ki *keyInterner) get(k entryKey) *entryKey {
	k.set, k.num = nil, 0
	if ki == nil {
		return &k
	}
	if p, ok := ki.m[k]; ok {
		return p
	}
	p := new(entryKey)
	*p = k
	if len(ki.m) < math.MaxInt32 {
		p.set, p.num = ki, int32(len(ki.m)+1)
	}
	ki.m[k] = p
	return p
}

// withKey returns e pointing to a new copy of its key, changed by change:
// a key of no interner.
func (e entry) withKey(change func(k *entryKey)) entry {
	k := *e.entryKey
	change(&k)
	k.set, k.num = nil, 0
	e.entryKey = &k
	return e
}

// aliasCount is one surface name of an entity in an article and how often
// the article used it.
type aliasCount struct {
	name string
	n    int
}

// newEntry returns the entry of e, whose Sentences are sorted and
// distinct, with its key from keys (which may be nil). It keeps nothing of
// e's map and slice.
func newEntry(e EntityCount, keys *keyInterner) entry {
	k := entryKey{id: e.ID, name: e.Name, typ: e.Type, iso: e.ISO, partial: e.Partial, unsure: e.Unsure}
	if n, ok := e.Aliases[e.Name]; !ok || len(e.Aliases) != 1 || n != e.Mentions {
		list := make([]aliasCount, 0, len(e.Aliases))
		for name, n := range e.Aliases {
			list = append(list, aliasCount{name: name, n: n})
		}
		k.aliases, k.listed = encodeAliases(list), true
	}
	return entry{entryKey: keys.get(k), sentences: encodeSentences(e.Sentences), mentions: count32(e.Mentions),
		sources: count32(e.Sources)}
}

// count32 returns n as an entry's count: within int32, as no article
// comes near (a count past it, from a caller of AddArticle, is cut to the
// largest).
func count32(n int) int32 {
	return int32(max(min(n, math.MaxInt32), math.MinInt32))
}

// count returns the EntityCount of e, in a new map and slice.
func (e *entry) count() EntityCount {
	aliases := map[string]int{}
	for k, v := range e.allAliases() {
		aliases[k] = v
	}
	return EntityCount{ID: e.id, Name: e.name, Type: e.typ, ISO: e.iso, Partial: e.partial, Unsure: e.unsure, Mentions: int(e.mentions),
		Sources: int(e.sources), Aliases: aliases, Sentences: e.sentenceList(nil)}
}

// encodeAliases returns the aliases sorted by name, each as the varint
// length of its name, the name, and its count as a signed varint. It sorts
// list.
func encodeAliases(list []aliasCount) string {
	slices.SortFunc(list, func(a, b aliasCount) int { return cmp.Compare(a.name, b.name) })
	var b []byte
	for _, a := range list {
		b = binary.AppendUvarint(b, uint64(len(a.name)))
		b = append(b, a.name...)
		b = binary.AppendVarint(b, int64(a.n))
	}
	return string(b)
}

// allAliases yields each alias of e and its count, sorted by name.
func (e *entry) allAliases() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		if !e.listed {
			yield(e.name, int(e.mentions))
			return
		}
		s := e.aliases
		for len(s) > 0 {
			l, n := binary.Uvarint([]byte(s[:min(len(s), binary.MaxVarintLen64)]))
			if n <= 0 || uint64(len(s)-n) < l {
				return // cannot happen: encodeAliases made it
			}
			name := s[n : n+int(l)]
			s = s[n+int(l):]
			c, m := binary.Varint([]byte(s[:min(len(s), binary.MaxVarintLen64)]))
			if m <= 0 {
				return
			}
			s = s[m:]
			if !yield(name, int(c)) {
				return
			}
		}
	}
}

// encodeSentences returns sentence indexes (sorted and distinct, mostly) as
// a string of signed varints: the first index, then the difference from the
// one before.
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
func (e *entry) sentenceList(buf []int) []int { return decodeSentences(e.sentences, buf) }

// decodeSentences appends the indexes encodeSentences wrote in s to buf.
func decodeSentences(s string, buf []int) []int {
	prev := 0
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
