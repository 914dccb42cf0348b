package shard

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"1/3", Shard{1, 3}, true},
		{"3/3", Shard{3, 3}, true},
		{" 2 / 5 ", Shard{2, 5}, true},
		{"1/1", Shard{1, 1}, true},
		{"0/3", Shard{}, false},
		{"4/3", Shard{}, false},
		{"1/0", Shard{}, false},
		{"1", Shard{}, false},
		{"a/b", Shard{}, false},
		{"", Shard{}, false},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("Parse(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrBadShard) {
			t.Errorf("Parse(%q) error %v does not wrap ErrBadShard", tt.in, err)
		}
	}
}

// TestTextIsWhatExtractHashes keeps extract.CleanText in step with the text whose hash
// Extract gives a Doc: the store de-duplicates by that hash, and the shards
// must send articles with one hash to one worker.
func TestTextIsWhatExtractHashes(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	articles := []extract.Article{
		{ID: "1", Title: "Talks", Text: "Vladimir Putin met  Kim Jong Un in Moscow."},
		{ID: "2", Title: "", Text: "No title &amp; an entity."},
		{ID: "3", Title: "Only a title", Text: ""},
		{ID: "4", Title: "  ", Text: "\u00a0Blank title\n\n\nthree lines"},
		{ID: "5"},
	}
	for _, a := range articles {
		sum := sha256.Sum256([]byte(extract.CleanText(a)))
		if got, want := hex.EncodeToString(sum[:]), ex.Extract(a).Hash; got != want {
			t.Errorf("article %s: hash of CleanText %s, Extract's Hash %s", a.ID, got, want)
		}
	}
}

// TestSplit checks that the shards of a corpus split it: every article in
// exactly one, in roughly equal parts, with copies of one text together.
func TestSplit(t *testing.T) {
	var arts []extract.Article
	for i := range 3000 {
		arts = append(arts, extract.Article{ID: fmt.Sprint(i), Text: fmt.Sprintf("article number %d", i%2500)})
	}
	const n = 3
	sizes := make([]int, n+1)
	of := map[string]int{}
	for _, a := range arts {
		in := 0
		for i := 1; i <= n; i++ {
			if (Shard{i, n}).Has(a) {
				in++
				sizes[i]++
				if prev, ok := of[a.Text]; ok && prev != i {
					t.Errorf("text %q in shards %d and %d", a.Text, prev, i)
				}
				of[a.Text] = i
			}
		}
		if in != 1 {
			t.Fatalf("article %s in %d shards, want 1", a.ID, in)
		}
	}
	for i := 1; i <= n; i++ {
		if sizes[i] < 900 || sizes[i] > 1100 {
			t.Errorf("shard %d/%d holds %d of 3000 articles, want about 1000", i, n, sizes[i])
		}
	}
	// Stable across machines and releases: a fixed article's shard.
	if got := Of(extract.Article{Title: "Talks", Text: "Putin met Kim."}, 7); got != fixedShard {
		t.Errorf("shard of a fixed article = %d, want %d (the shard function changed: workers of two releases would split a corpus differently)", got, fixedShard)
	}
}

// fixedShard is the shard, of 7, of the article "Talks" / "Putin met Kim.",
// computed apart from this package (Python's hashlib: the first 8 bytes of
// the SHA-256 of "Talks\n\nPutin met Kim." big-endian, mod 7, plus 1).
const fixedShard = 3
