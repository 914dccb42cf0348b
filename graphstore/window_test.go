package graphstore

import (
	"fmt"
	"slices"
	"testing"
)

// ents makes entities "e0", "e1", ... mentioned in the given sentences.
func ents(sents ...[]int) []EntityCount {
	out := make([]EntityCount, len(sents))
	for i, s := range sents {
		out[i] = EntityCount{ID: fmt.Sprintf("person:e%d", i), Name: fmt.Sprintf("Name%c Surname", 'A'+i), Type: "PERSON", Mentions: len(s), Sentences: s}
	}
	return out
}

func pairsOf(es []EntityCount, paragraphs []int, w Window) ([]string, bool) {
	var got []string
	guarded := CoMentions(es, paragraphs, w, func(i, j int) {
		if i >= j {
			got = append(got, fmt.Sprintf("bad order %d,%d", i, j))
		}
		got = append(got, fmt.Sprintf("%d-%d", i, j))
	})
	slices.Sort(got)
	return got, guarded
}

func TestCoMentions(t *testing.T) {
	// Sentences 0-1 are paragraph 0, 2-4 paragraph 1, 5 paragraph 2.
	paras := []int{0, 2, 5}
	es := ents([]int{0}, []int{0, 3}, []int{1}, []int{4}, []int{5})
	tests := []struct {
		window string
		want   []string
	}{
		{"article", []string{"0-1", "0-2", "0-3", "0-4", "1-2", "1-3", "1-4", "2-3", "2-4", "3-4"}},
		{"sentence", []string{"0-1"}},
		{"2", []string{"0-1", "0-2", "1-2", "1-3", "3-4"}},
		{"3", []string{"0-1", "0-2", "1-2", "1-3", "1-4", "3-4"}},
		{"paragraph", []string{"0-1", "0-2", "1-2", "1-3"}},
	}
	for _, tt := range tests {
		w, err := ParseWindow(tt.window)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := pairsOf(es, paras, w); !slices.Equal(got, tt.want) {
			t.Errorf("window %s: pairs %v, want %v", tt.window, got, tt.want)
		}
		if w.String() != tt.window {
			t.Errorf("ParseWindow(%q).String() = %q", tt.window, w.String())
		}
	}
	for _, bad := range []string{"0", "-2", "page", "1.5"} {
		if _, err := ParseWindow(bad); err == nil {
			t.Errorf("ParseWindow(%q) = nil error, want one", bad)
		}
	}
}

// TestCoMentionsGuard: an article naming 4,000 people, 40 to a sentence,
// or all in one sentence, gives pairs linear in the mentions, not 8
// million.
func TestCoMentionsGuard(t *testing.T) {
	const n = 4000
	for _, perSentence := range []int{40, n} {
		sents := make([][]int, n)
		for i := range sents {
			sents[i] = []int{i / perSentence}
		}
		es := make([]EntityCount, n)
		for i := range es {
			es[i] = EntityCount{ID: fmt.Sprintf("p%04d", i), Sentences: sents[i]}
		}
		count := 0
		guarded := CoMentions(es, nil, Window{}, func(i, j int) { count++ })
		if !guarded {
			t.Errorf("%d a sentence: not guarded", perSentence)
		}
		if limit := n * WindowEntities; count > limit || count == 0 {
			t.Errorf("%d a sentence: %d pairs, want 1 to %d", perSentence, count, limit)
		}
		t.Logf("%d people, %d a sentence: %d pairs (all pairs: %d)", n, perSentence, count, n*(n-1)/2)
	}
	// At the guard, still every pair.
	es := make([]EntityCount, GuardEntities)
	for i := range es {
		es[i] = EntityCount{ID: fmt.Sprintf("p%04d", i), Sentences: []int{i}}
	}
	count := 0
	if CoMentions(es, nil, Window{}, func(i, j int) { count++ }) || count != GuardEntities*(GuardEntities-1)/2 {
		t.Errorf("%d entities: %d pairs, want all %d unguarded", GuardEntities, count, GuardEntities*(GuardEntities-1)/2)
	}
}

func TestGraphWindow(t *testing.T) {
	build := func(w Window) *Graph {
		g := New()
		g.SetWindow(w)
		g.AddArticle(ArticleInfo{ID: "a", Hash: "a"}, ents([]int{0}, []int{0}, []int{2}))
		g.AddArticle(ArticleInfo{ID: "b", Hash: "b"}, ents([]int{1}, []int{1}, []int{1}))
		return g
	}
	for _, tt := range []struct {
		w     Window
		edges int
		e01   int // weight of e0-e1
	}{{Window{}, 3, 2}, {Window{Sentences: 1}, 3, 2}, {Window{Sentences: 3}, 3, 2}} {
		g := build(tt.w)
		if g.NumEdges() != tt.edges {
			t.Errorf("window %s: %d edges, want %d", tt.w, g.NumEdges(), tt.edges)
		}
		for _, e := range g.Edges() {
			if e.Source == "person:e0" && e.Target == "person:e1" && e.Weight != tt.e01 {
				t.Errorf("window %s: e0-e1 weight %d, want %d", tt.w, e.Weight, tt.e01)
			}
			if tt.w.Sentences == 1 && e.Source == "person:e0" && e.Target == "person:e2" && e.Weight != 1 {
				t.Errorf("window sentence: e0-e2 weight %d, want 1 (article b only)", e.Weight)
			}
		}
	}
}
