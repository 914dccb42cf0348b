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
