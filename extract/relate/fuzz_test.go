package relate_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/relate"
)

// FuzzFind feeds arbitrary sentences, tags and mentions to Find: it must
// not panic, and every relation must join two different entities of the
// sentence, neither a source, with its evidence inside the sentence; and
// AppendRelationsPrefix, when it finds the relations from a prefix of the
// tags, must find Find's.
func FuzzFind(f *testing.F) {
	f.Add("Kim and Putin exchanged letters , KCNA said .", []byte{14, 1, 14, 28, 13, 42, 14, 28, 43}, []byte{0, 1, 2, 3, 6, 7})
	f.Add("Getty Oil was bought by Texaco in 1984 .", []byte{14, 14, 28, 30, 6, 14, 6, 2, 43}, []byte{0, 2, 5, 6})
	f.Add("Satya Nadella , chief executive of Microsoft , praised OpenAI", []byte{14, 14, 42, 7, 12, 6, 14, 42, 28, 14}, []byte{0, 2, 6, 7, 9, 10})
	f.Add("a b", []byte{}, []byte{1, 0, 0, 5, 200, 1})
	f.Fuzz(func(t *testing.T, text string, tags []byte, spans []byte) {
		words := strings.Fields(text)
		if len(words) > 200 {
			words = words[:200]
		}
		s := relate.Sentence{Index: 3}
		off := 0
		for _, w := range words {
			s.Tokens = append(s.Tokens, relate.Token{Text: w, Start: off, End: off + len(w)})
			off += len(w) + 1
		}
		for i := range words {
			if i < len(tags) {
				s.Tags = append(s.Tags, pos.Tag(tags[i]%uint8(pos.NumTags+3))) // some out of range
			}
		}
		types := []relate.Type{relate.Person, relate.Org, relate.Country, relate.Location, relate.Misc, ""}
		for k := 0; k+1 < len(spans); k += 2 {
			a, b := int(spans[k]), int(spans[k+1])
			m := relate.Mention{Start: a, End: b, Entity: string(rune('a' + k%7)), Type: types[k%len(types)], Source: k%5 == 4}
			s.Mentions = append(s.Mentions, m)
		}
		want := relate.Find(s)
		// The relations from a prefix of the tags, when found, are those
		// of all of them.
		cut := relate.TailFrom(s)
		for _, k := range []int{cut, cut + 1, cut + 2, cut + 5} {
			if k > len(s.Tags) {
				break
			}
			p := s
			p.Tags = s.Tags[:k]
			got, ok := relate.AppendRelationsPrefix(nil, p, cut)
			if ok && !reflect.DeepEqual(got, want) {
				t.Fatalf("%d of %d tags from %d: got %+v, want %+v", k, len(s.Tags), cut, got, want)
			}
		}
		for _, r := range want {
			if r.Subject == r.Object || r.Subject == "" || r.Predicate == "" {
				t.Fatalf("bad relation %+v", r)
			}
			if r.Sentence != 3 || r.Start < 0 || r.End > off || r.Start > r.End {
				t.Fatalf("relation %+v outside the sentence (0-%d)", r, off)
			}
			for _, k := range r.Mentions {
				if k < 0 || k >= len(s.Mentions) || s.Mentions[k].Source {
					t.Fatalf("relation %+v names mention %d of %d", r, k, len(s.Mentions))
				}
			}
		}
	})
}
