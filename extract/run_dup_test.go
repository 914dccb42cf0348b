package extract

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// countingRecognizer is capsRecognizer counting the articles it tags.
type countingRecognizer struct {
	capsRecognizer
	n *atomic.Int64
}

func (r countingRecognizer) Recognize(sents []text.Sentence) []Span {
	r.n.Add(1)
	return r.capsRecognizer.Recognize(sents)
}

// writeCopies writes n JSONL articles into dir/copies.jsonl: article i
// has the id "c<i>" and the text of kinds[i%len(kinds)], except every
// third, which has a text of its own; some texts are slow to tag.
func writeCopies(t *testing.T, dir string, n int, kinds []string) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		txt := kinds[i%len(kinds)]
		if i%3 == 2 {
			txt = fmt.Sprintf("Ada Lovelace wrote to Babbage%d from Ockham.", i)
		}
		fmt.Fprintf(&b, "{\"id\":\"c%d\",\"text\":%q}\n", i, txt)
	}
	p := filepath.Join(dir, "copies.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRunDuplicatesNotExtracted checks that a worker does not tag an
// article whose cleaned text an earlier article holds, while the run hands
// on the same documents, counts the same duplicates and names the first
// copy of each, with one worker or many, in each dedup mode.
func TestRunDuplicatesNotExtracted(t *testing.T) {
	kinds := []string{
		"Kim Jong Un sent a letter to Vladimir Putin in Moscow.",
		"Slow news: Angela Merkel visited Paris with Emmanuel Macron.",
		"Lagos and Nairobi signed a trade deal with Tokyo.",
		"Kim Jong Un sent a letter to Vladimir Putin in Moscow.  ", // the first cleaned
	}
	path := writeCopies(t, t.TempDir(), 300, kinds)
	firstOf := map[string]string{} // cleaned text → id of its first article
	var wantIDs []string
	for i := range 300 {
		txt := kinds[i%len(kinds)]
		if i%3 == 2 {
			txt = fmt.Sprintf("Ada Lovelace wrote to Babbage%d from Ockham.", i)
		}
		txt = strings.TrimSpace(txt)
		if _, ok := firstOf[txt]; !ok {
			firstOf[txt] = fmt.Sprintf("c%d", i)
			wantIDs = append(wantIDs, fmt.Sprintf("c%d", i))
		}
	}
	wantDups := 300 - len(wantIDs)
	for _, mode := range []string{DedupExact, DedupNear, DedupOff} {
		for _, workers := range []int{1, 4} {
			var n atomic.Int64
			ex, err := New(WithRecognizer(countingRecognizer{n: &n}))
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			var docs []*Doc
			type dup struct{ id, of string }
			var dups []dup
			st, err := Run(context.Background(), []string{path}, ex, RunOptions{Workers: workers, Dedup: mode,
				Duplicate: func(id, of string, sim float64) { dups = append(dups, dup{id, of}) }},
				func(d *Doc) error { ids = append(ids, d.Article.ID); docs = append(docs, d); return nil })
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("%s, %d workers", mode, workers)
			if mode == DedupOff {
				if st.Articles != 300 || st.Duplicates != 0 || st.notExtracted != 0 || n.Load() != 300 {
					t.Errorf("%s: %d articles, %d duplicates, %d not extracted, %d tagged; want 300, 0, 0, 300", name, st.Articles, st.Duplicates, st.notExtracted, n.Load())
				}
				continue
			}
			if !slices.Equal(ids, wantIDs) {
				t.Errorf("%s: handed on %v, want %v", name, ids, wantIDs)
			}
			if st.Duplicates != wantDups || st.NearDuplicates != 0 || len(dups) != wantDups {
				t.Errorf("%s: %d duplicates (%d near, %d reported), want %d", name, st.Duplicates, st.NearDuplicates, len(dups), wantDups)
			}
			for _, d := range dups {
				var i int
				fmt.Sscanf(d.id, "c%d", &i)
				if want := firstOf[strings.TrimSpace(kinds[i%len(kinds)])]; d.of != want {
					t.Errorf("%s: %s reported a duplicate of %s, want %s", name, d.id, d.of, want)
				}
			}
			for k, d := range docs {
				if d.Text == "" || len(d.Entities) == 0 || d.Tokens == 0 {
					t.Errorf("%s: document %d (%s) handed on not extracted: %+v", name, k, d.Article.ID, d)
				}
			}
			// Every duplicate not tagged is counted, and a duplicate after
			// its first copy was handed to a worker is certainly not
			// tagged: with one worker, none is.
			if tagged := n.Load(); tagged+int64(st.notExtracted) != 300 || st.notExtracted > wantDups {
				t.Errorf("%s: %d tagged, %d not extracted, of 300 articles and %d duplicates", name, tagged, st.notExtracted, wantDups)
			}
			if workers == 1 && st.notExtracted != wantDups {
				t.Errorf("%s: %d duplicates not extracted, want all %d", name, st.notExtracted, wantDups)
			}
			if workers > 1 && st.notExtracted == 0 {
				t.Errorf("%s: every duplicate extracted", name)
			}
		}
	}
}

// TestRunDuplicateOtherLanguage checks that an article passed over for its
// language does not make a later copy a duplicate: each is passed over
// for its language, none counted as a duplicate.
func TestRunDuplicateOtherLanguage(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "fr.jsonl")
	fr := "Le président de la République a rencontré les ministres du gouvernement hier soir à Paris pour parler de la politique économique du pays."
	var b strings.Builder
	for i := range 20 {
		fmt.Fprintf(&b, "{\"id\":\"f%d\",\"text\":%q}\n", i, fr)
	}
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 3} {
		st, err := Run(context.Background(), []string{p}, testExtractor(t), RunOptions{Workers: workers}, func(*Doc) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if st.OtherLanguage["fr"] != 20 || st.Duplicates != 0 || st.notExtracted != 0 || st.Articles != 0 {
			t.Errorf("%d workers: %v other language, %d duplicates, %d not extracted, %d articles; want 20 fr, 0, 0, 0",
				workers, st.OtherLanguage, st.Duplicates, st.notExtracted, st.Articles)
		}
	}
}

// TestSeenTextsClaim checks the order claim keeps: a text is certainly a
// duplicate for a job only when a job of a lower number registered it or
// the collector handed it on.
func TestSeenTextsClaim(t *testing.T) {
	sum := sha256.Sum256([]byte("a text"))
	other := sha256.Sum256([]byte("another text"))
	s := newSeenTexts()
	steps := []struct {
		sum  [32]byte
		seq  int
		want bool
	}{
		{sum, 7, false},   // first seen, by job 7
		{sum, 7, false},   // another part of job 7
		{sum, 3, false},   // an earlier job comes later: it is the first
		{sum, 5, true},    // after job 3
		{sum, 7, true},    // job 7 again: job 3 is before it
		{other, 2, false}, // another text
		{sum, 2, false},   // before job 3
		{sum, 3, true},
	}
	for i, st := range steps {
		if got := s.claim(st.sum, st.seq); got != st.want {
			t.Errorf("step %d: claim(seq %d) = %v, want %v", i, st.seq, got, st.want)
		}
	}
	h := fmt.Sprintf("%x", sum)
	if _, ok := s.lookup(h); ok {
		t.Errorf("a text registered by workers and not handed on looked up as handed on")
	}
	s.add(h, "kept")
	if id, ok := s.lookup(h); !ok || id != "kept" {
		t.Errorf("lookup after add = %q, %v, want kept, true", id, ok)
	}
	if !s.claim(sum, 1) {
		t.Errorf("a text handed on not a duplicate for a later job")
	}
}
