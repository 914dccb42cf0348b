package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestAddBatchKnownAcrossParts checks the skips of a batch larger than one
// look-up of held ids and hashes (findHeld reads 500 articles a statement):
// articles the store holds by id, by text under a new id, and new ones, in
// every part of the batch, reported in the batch's order.
func TestAddBatchKnownAcrossParts(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	old := counts(testdocs.Random(1200, 5))
	// Random gives some articles the text of article 0: the store skips
	// them itself, as "same text as a0".
	first, err := s.AddBatch(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	notAdded := map[string]bool{}
	for _, sk := range first.Skipped {
		notAdded[sk.ID] = true
	}
	held := map[string]string{} // hash → id the store holds it under
	for _, a := range old {
		if _, ok := held[a.Info.Hash]; !ok {
			held[a.Info.Hash] = a.Info.ID
		}
	}
	var batch []graphstore.ArticleCounts
	var want []graphstore.Skipped
	for i := range 1300 {
		switch i % 3 {
		case 0: // held by id (or, for those the store skipped, by text)
			a := old[(i*7)%len(old)]
			batch = append(batch, a)
			sk := graphstore.Skipped{ID: a.Info.ID, Dup: a.Info.ID, Same: "id"}
			if notAdded[a.Info.ID] {
				sk.Dup, sk.Same = held[a.Info.Hash], "text"
			}
			want = append(want, sk)
		case 1: // held by text, under a new id
			a := old[(i*11)%len(old)]
			a.Info.ID = fmt.Sprintf("copy%d", i)
			batch = append(batch, a)
			want = append(want, graphstore.Skipped{ID: a.Info.ID, Dup: held[a.Info.Hash], Same: "text"})
		default: // new
			a := old[i%len(old)]
			a.Info.ID = fmt.Sprintf("new%d", i)
			a.Info.Hash = fmt.Sprintf("%064x", i)
			batch = append(batch, a)
		}
	}
	res, err := s.AddBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if wantAdded := len(batch) - len(want); res.Added != wantAdded {
		t.Errorf("Added = %d, want %d", res.Added, wantAdded)
	}
	if len(res.Skipped) != len(want) {
		t.Fatalf("%d skipped, want %d", len(res.Skipped), len(want))
	}
	for i := range want {
		if res.Skipped[i] != want[i] {
			t.Errorf("skipped[%d] = %+v, want %+v", i, res.Skipped[i], want[i])
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if wantArts := first.Added + res.Added; st.Articles != wantArts {
		t.Errorf("store holds %d articles, want %d", st.Articles, wantArts)
	}
	wantClean(t, s, graphstore.CheckFull)
}

// TestAddBatchForeignKeys checks that the foreign keys a batch does not
// check while it writes (see AddBatch) are on again after it, whether it
// committed or failed, so that any other write is checked, and that the
// rows it wrote satisfy them.
func TestAddBatchForeignKeys(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	on := func(when string) {
		t.Helper()
		var n int
		if err := s.db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&n); err != nil || n != 1 {
			t.Errorf("%s: PRAGMA foreign_keys = %d, %v; want 1", when, n, err)
		}
	}
	arts := counts(testdocs.Random(60, 3))
	if _, err := s.AddBatch(ctx, arts[:30]); err != nil {
		t.Fatal(err)
	}
	on("after a batch")
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.AddBatch(cancelled, arts[30:]); err == nil {
		t.Fatal("AddBatch with a cancelled context: no error")
	}
	on("after a failed batch")
	_, err := s.db.ExecContext(ctx, `INSERT INTO mentions (article, entity, name, type, iso, partial, mentions, sources, sentences, aliases)
		VALUES (9999, 'x', 'x', 'PERSON', '', 0, 1, 0, '[0]', '{}')`)
	if err == nil || !strings.Contains(err.Error(), "FOREIGN KEY") {
		t.Errorf("a mention row of no article: %v; want a foreign key error", err)
	}
	if _, err := s.AddBatch(ctx, arts[30:]); err != nil {
		t.Fatal(err)
	}
	wantClean(t, s, graphstore.CheckFull) // SQLite's foreign_key_check among others
}

// TestAddBatchOwnArticles checks the batches of a process that found the
// store empty: they find the articles it added before without reading the
// store, and the articles another process adds meanwhile by reading it.
func TestAddBatchOwnArticles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "graph.db")
	mine, err := Open(ctx, path, create)
	if err != nil {
		t.Fatal(err)
	}
	defer mine.Close()
	arts := counts(testdocs.Random(30, 7))
	for i := range arts {
		arts[i].Info.ID, arts[i].Info.Hash = fmt.Sprintf("a%d", i), fmt.Sprintf("%064x", i)
	}
	if _, err := mine.AddBatch(ctx, arts[:10]); err != nil {
		t.Fatal(err)
	}
	if mine.own == nil || len(mine.own.ids) != 10 {
		t.Fatalf("after the first batch into an empty store, own = %+v; want its 10 articles", mine.own)
	}
	again := arts[10:12:12]
	again = append(again, arts[3]) // by id
	text := arts[12]
	text.Info.Hash = arts[4].Info.Hash // by text
	again = append(again, text)
	res, err := mine.AddBatch(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	want := []graphstore.Skipped{{ID: "a3", Dup: "a3", Same: "id"}, {ID: "a12", Dup: "a4", Same: "text"}}
	if res.Added != 2 || !slices.Equal(res.Skipped, want) {
		t.Errorf("own articles again: added %d, skipped %+v; want 2 and %+v", res.Added, res.Skipped, want)
	}

	other, err := Open(ctx, path, create)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.AddBatch(ctx, arts[20:22]); err != nil {
		t.Fatal(err)
	}
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}
	late := []graphstore.ArticleCounts{arts[20], arts[25]}
	late[1].Info.Hash = arts[21].Info.Hash
	res, err = mine.AddBatch(ctx, late)
	if err != nil {
		t.Fatal(err)
	}
	want = []graphstore.Skipped{{ID: "a20", Dup: "a20", Same: "id"}, {ID: "a25", Dup: "a21", Same: "text"}}
	if res.Added != 0 || !slices.Equal(res.Skipped, want) {
		t.Errorf("another process's articles: added %d, skipped %+v; want 0 and %+v", res.Added, res.Skipped, want)
	}
	if mine.own != nil {
		t.Error("own still kept after another process added articles")
	}
	wantClean(t, mine, graphstore.CheckFull)
}
