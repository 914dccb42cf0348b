package relate_test

import (
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/nergraph/nergraph/internal/relgold"
)

// TestCases runs the development cases of testdata/cases.txt: each rule of
// the finder on sentences written for it. Every relation must be found, and
// nothing else.
func TestCases(t *testing.T) {
	items, err := relgold.ParseFile(filepath.Join("testdata", "cases.txt"))
	if err != nil {
		t.Fatal(err)
	}
	preds, byItem := predict(t, items)
	rep, err := relgold.Score(items, preds)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		r, _ := relgold.Score([]relgold.Item{it}, predsOf(preds, it.ID))
		if c := r.Overall.Strict; c.Correct != c.Gold || c.Predicted != c.Gold {
			var got []string
			for _, rel := range byItem[it.ID] {
				got = append(got, rel.Subject+" > "+rel.Predicate+" > "+rel.Object+negMark(rel.Negated))
			}
			var want []string
			for _, rel := range it.Relations {
				want = append(want, rel.Subject+" > "+rel.Predicate+" > "+rel.Object+negMark(rel.Negated))
			}
			t.Errorf("%s: %s\n got %q\nwant %q", it.ID, it.Text, got, want)
		}
	}
	o := rep.Overall.Strict
	t.Logf("development cases: %d relations, %d found, %d right", o.Gold, o.Predicted, o.Correct)
}

func predsOf(ps []relgold.Prediction, id string) []relgold.Prediction {
	var out []relgold.Prediction
	for _, p := range ps {
		if p.Item == id {
			out = append(out, p)
		}
	}
	return out
}

func negMark(neg bool) string {
	if neg {
		return " (negated)"
	}
	return ""
}

// TestConcurrent tags and finds relations from several goroutines at once,
// as the pipeline's workers will; run with -race.
func TestConcurrent(t *testing.T) {
	items, err := relgold.ParseFile(filepath.Join("testdata", "cases.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := predict(t, items)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			got, _ := predict(t, items)
			if !slices.Equal(got, want) {
				t.Error("a concurrent run found other relations")
			}
		})
	}
	wg.Wait()
}
