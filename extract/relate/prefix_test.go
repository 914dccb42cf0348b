package relate_test

import (
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/relate"
	"github.com/nergraph/nergraph/internal/relgold"
)

// TestPrefix checks AppendRelationsPrefix against AppendRelations on every
// sentence of the gold set and the development cases, with the tags of
// every prefix from the cut TailFrom gives: when it reports the relations
// found, they must be those of the whole sentence, and it must find them
// for some prefix shorter than the sentence often enough to be of use.
func TestPrefix(t *testing.T) {
	m, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	var items []relgold.Item
	for _, p := range []string{goldPath, filepath.Join("testdata", "cases.txt")} {
		its, err := relgold.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, its...)
	}
	sents, cut, spared := 0, 0, 0
	for i := range items {
		for _, s := range goldSentences(m, &items[i]) {
			sents++
			want := relate.Find(s)
			c := relate.TailFrom(s)
			if c < len(s.Tokens) {
				cut++
			}
			all := s.Tags
			first := true
			for k := c; k <= len(s.Tokens); k++ {
				s.Tags = all[:k]
				got, ok := relate.AppendRelationsPrefix(nil, s, c)
				if !ok {
					if len(got) != 0 {
						t.Errorf("%s: %q: not found with %d tags, yet %d relations appended", items[i].ID, items[i].Text, k, len(got))
					}
					continue
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: %q with %d of %d tags: got %+v, want %+v", items[i].ID, items[i].Text, k, len(all), got, want)
				}
				if first && k < len(s.Tokens) {
					spared++
				}
				first = false
			}
		}
	}
	t.Logf("%d sentences, %d with a cut before their end, %d found from fewer tags than words", sents, cut, spared)
	// The same with tags drawn at random, verbs often: the rules must not
	// rely on the tagger's tags being sensible.
	rng := rand.New(rand.NewPCG(1, 2))
	verbs := []pos.Tag{pos.VB, pos.VBD, pos.VBG, pos.VBN, pos.VBP, pos.VBZ, pos.MD, pos.TO, pos.RB, pos.IN, pos.DT, pos.Comma}
	checked := 0
	for i := range items {
		for _, s := range goldSentences(m, &items[i]) {
			c := relate.TailFrom(s)
			for range 20 {
				tags := slices.Clone(s.Tags)
				for k := range tags {
					switch rng.IntN(3) {
					case 0:
						tags[k] = verbs[rng.IntN(len(verbs))]
					case 1:
						tags[k] = pos.Tag(1 + rng.IntN(int(pos.NumTags)-1))
					}
				}
				s.Tags = tags
				want := relate.Find(s)
				for k := c; k <= len(tags); k++ {
					s.Tags = tags[:k]
					got, ok := relate.AppendRelationsPrefix(nil, s, c)
					if ok && !reflect.DeepEqual(got, want) {
						t.Fatalf("%s: %q with random tags %v, %d of them: got %+v, want %+v", items[i].ID, items[i].Text, tags, k, got, want)
					}
					checked++
				}
			}
		}
	}
	t.Logf("%d prefixes of random tags checked", checked)
	if spared < sents/10 {
		t.Errorf("only %d of %d sentences found from fewer tags than words", spared, sents)
	}
}

// TestTailFrom checks where the tail of a sentence begins, and the verb
// groups after the last entity that keep the whole sentence: an object
// pronoun, each other, a relative pronoun before a mention, a reciprocal
// verb after a coordination.
func TestTailFrom(t *testing.T) {
	tests := []struct {
		text string
		ms   [][2]int // token spans of entity mentions
		want int      // -1: the whole sentence
	}{
		{"Microsoft bought Activision on Monday for $ 69 billion .", [][2]int{{0, 1}, {2, 3}}, 3},
		{"Microsoft bought Activision and later sold it .", [][2]int{{0, 1}, {2, 3}}, -1},
		{"Israel and Iran accused each other of attacks .", [][2]int{{0, 1}, {2, 3}}, -1},
		{"Kim and Putin arrived on Monday and signed a pact .", [][2]int{{0, 1}, {2, 3}}, -1},
		{"Kim visited Putin on Monday and signed a pact .", [][2]int{{0, 1}, {2, 3}}, 3},
		{"Xi , whom Biden praised , left .", [][2]int{{0, 1}, {4, 5}}, -1},
		{"Reuters said .", [][2]int{{0, 1}}, 1},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text)[0]
		s := relate.Sentence{Tokens: toks}
		for k, sp := range tt.ms {
			s.Mentions = append(s.Mentions, relate.Mention{Start: sp[0], End: sp[1], Entity: "e" + string(rune('a'+k)), Type: relate.Org})
		}
		want := tt.want
		if want < 0 {
			want = len(toks)
		}
		if got := relate.TailFrom(s); got != want {
			t.Errorf("%q: got %d, want %d", tt.text, got, want)
		}
	}
}
