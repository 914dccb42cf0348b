package graphstore

import (
	"hash/maphash"
	"testing"
)

func TestSeenSetCollision(t *testing.T) {
	g := New()
	if !g.AddArticle(ArticleInfo{ID: "a", Hash: "h1"}, nil) {
		t.Fatal("first article refused")
	}
	// Make "b" and "h2" collide with article a's id and hash, as two
	// strings of one 64-bit hash would.
	s := g.seen
	s.byID[maphash.String(s.seed, "b")] = 0
	s.byHash[maphash.String(s.seed, "h2")] = 0
	tests := []struct {
		id, hash string
		want     bool
	}{
		{"b", "h2", true},  // collides with a, but is another article
		{"b", "h3", false}, // b is in the set now
		{"c", "h2", false}, // h2 too
		{"a", "h9", false},
		{"d", "h1", false},
		{"e", "h4", true},
	}
	for _, tt := range tests {
		if got := g.AddArticle(ArticleInfo{ID: tt.id, Hash: tt.hash}, nil); got != tt.want {
			t.Errorf("AddArticle(%q, %q) = %v, want %v", tt.id, tt.hash, got, tt.want)
		}
	}
	if got, want := g.Len(), 3; got != want {
		t.Errorf("Len = %d, want %d", got, want)
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
		if got := a.info.Hash == ""; got != tt.binary && tt.hash != "" {
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
