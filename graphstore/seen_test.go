package graphstore

import (
	"fmt"
	"testing"
)

// TestSeenSet adds enough articles that the tables grow several times and
// their probes collide, and checks that every id and hash added is found
// and no other: SHA-256 hashes, other strings, and none.
func TestSeenSet(t *testing.T) {
	g := New()
	const n = 3000
	hashOf := func(i int) string {
		switch i % 3 {
		case 0:
			return fmt.Sprintf("%064x", i+1) // a SHA-256 in form
		case 1:
			return fmt.Sprintf("h%d", i)
		}
		return "" // the first of these is added, the others are duplicates
	}
	added := 0
	for i := range n {
		want := i%3 != 2 || i == 2
		if got := g.AddArticle(ArticleInfo{ID: fmt.Sprintf("a%d", i), Hash: hashOf(i)}, nil); got != want {
			t.Fatalf("AddArticle(a%d, %q) = %v, want %v", i, hashOf(i), got, want)
		}
		if want {
			added++
		}
	}
	if got := g.Len(); got != added {
		t.Fatalf("Len = %d, want %d", got, added)
	}
	tests := []struct {
		id, hash string
		want     bool
	}{
		{"a0", "new", true},                     // id seen
		{"a1", "new", true},                     // id seen
		{"new", fmt.Sprintf("%064x", 10), true}, // hash of a9 seen
		{"new", "h2998", true},
		{"new", "h2999", false},
		{"new", "h3", false}, // 3 % 3 == 0: its hash was hex
		{"a2999", "new", false},
		{"h1", "a1", false},                      // an id is not a hash, nor a hash an id
		{"new", fmt.Sprintf("%064X", 10), false}, // upper case is another string
		{"new", "", true},
	}
	for _, tt := range tests {
		if got := g.seen.has(g.articles, tt.hash, tt.id); got != tt.want {
			t.Errorf("has(%q, %q) = %v, want %v", tt.hash, tt.id, got, tt.want)
		}
	}
}

func TestArticleHash(t *testing.T) {
	sha := "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
	tests := []struct {
		hash   string
		binary bool // kept as 32 bytes
	}{
		{sha, true},
		{"9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", false}, // upper case: kept as given
		{"0000000000000000000000000000000000000000000000000000000000000000", false},
		{sha[:63], false},
		{sha[:63] + "g", false},
		{"", false},
		{"h1", false},
	}
	for _, tt := range tests {
		var a article
		a.setHash(tt.hash)
		if got := a.hash != [32]byte{}; got != tt.binary {
			t.Errorf("setHash(%q): binary %v, want %v", tt.hash, got, tt.binary)
		}
		if got := a.public().Hash; got != tt.hash {
			t.Errorf("setHash(%q): Hash %q", tt.hash, got)
		}
	}
	g := New()
	if !g.AddArticle(ArticleInfo{ID: "a", Hash: sha}, nil) || g.AddArticle(ArticleInfo{ID: "b", Hash: sha}, nil) {
		t.Errorf("a second article of one SHA-256 hash was not refused")
	}
	if got := g.Articles()[0].Hash; got != sha {
		t.Errorf("Articles()[0].Hash = %q, want %q", got, sha)
	}
}

// TestZeroFilterView checks that the zero filter's view, which shares the
// graph's nodes and edges, is the graph NewView makes of them.
func TestZeroFilterView(t *testing.T) {
	g := New()
	for _, d := range randomDocs(40, 7) {
		g.Add(d)
	}
	got, err := g.Filter(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := NewView(nodesOf(g), edgesOf(g), g.Articles())
	if err != nil {
		t.Fatal(err)
	}
	if g.NumEdges() == 0 || len(got.Articles()) != g.Len() {
		t.Fatalf("%d edges, %d of %d articles: no test", g.NumEdges(), len(got.Articles()), g.Len())
	}
	sameGraph(t, got, want)
	if got.Add(randomDocs(1, 99)[0]) {
		t.Error("Add on the view added an article")
	}
}
