package sqlite

import (
	"encoding/binary"
	"errors"
	"maps"
	"slices"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// A refresh reads the link tally of every raw id, to link them anew (see
// update), and decoding them from JSON took half its time; link_tallies
// keeps them in this compact form instead: the fields of
// [graphstore.LinkTally] in order, numbers as varints, text and maps
// prefixed by their length, map keys sorted, so that the same tally is the
// same bytes. TestLinkTallyCodec fails when LinkTally gains a field this
// does not know.

const linkTallyVersion = 1

func encodeLinkTally(t *graphstore.LinkTally) []byte {
	b := []byte{linkTallyVersion, flags(t.HasFull, t.HasPartial)}
	b = appendString(b, string(t.FullType))
	b = binary.AppendVarint(b, int64(t.FullArticles))
	b = binary.AppendUvarint(b, uint64(len(t.Names)))
	for _, k := range slices.Sorted(maps.Keys(t.Names)) {
		b = appendString(b, k)
		b = append(b, flags(t.Names[k], false))
	}
	b = binary.AppendUvarint(b, uint64(len(t.Aliases)))
	for _, k := range slices.Sorted(maps.Keys(t.Aliases)) {
		b = appendString(b, k)
		b = binary.AppendVarint(b, int64(t.Aliases[k]))
	}
	b = appendString(b, t.PartialName)
	b = appendString(b, string(t.PartialType))
	b = binary.AppendVarint(b, int64(t.Votes))
	return appendString(b, string(t.VoteType))
}

func flags(a, b bool) byte {
	var f byte
	if a {
		f |= 1
	}
	if b {
		f |= 2
	}
	return f
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

var errTally = errors.New("not a link tally")

// tallyReader reads the fields of an encoded tally; the first error sticks.
type tallyReader struct {
	b   []byte
	err error
}

func (r *tallyReader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.err = errTally
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *tallyReader) int() int {
	v, n := binary.Varint(r.b)
	if r.err != nil || n <= 0 {
		r.err = errTally
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *tallyReader) len() int {
	v, n := binary.Uvarint(r.b)
	if r.err != nil || n <= 0 || v > uint64(len(r.b)-n) {
		r.err = errTally
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *tallyReader) string() string {
	n := r.len()
	if r.err != nil {
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func decodeLinkTally(b []byte) (*graphstore.LinkTally, error) {
	r := &tallyReader{b: b}
	if r.byte() != linkTallyVersion {
		return nil, errTally
	}
	t := &graphstore.LinkTally{}
	f := r.byte()
	t.HasFull, t.HasPartial = f&1 != 0, f&2 != 0
	t.FullType = extract.Type(r.string())
	t.FullArticles = r.int()
	if n := r.len(); n > 0 || t.HasFull {
		t.Names = make(map[string]bool, n)
		for range n {
			k := r.string()
			t.Names[k] = r.byte()&1 != 0
		}
	}
	if n := r.len(); n > 0 || t.HasFull {
		t.Aliases = make(map[string]int, n)
		for range n {
			k := r.string()
			t.Aliases[k] = r.int()
		}
	}
	t.PartialName = r.string()
	t.PartialType = extract.Type(r.string())
	t.Votes = r.int()
	t.VoteType = extract.Type(r.string())
	if r.err == nil && len(r.b) > 0 {
		r.err = errTally
	}
	return t, r.err
}
