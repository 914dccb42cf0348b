package postgres

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestConformance checks the contract of graphstore.Store against a real
// server.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) string { return freshTarget(t) })
}

// TestCommitAfterCancel cancels the context of a batch after its work is
// done and before its commit, as a deadline falling during COMMIT does: the
// batch is committed and reported as added, never reported as failed while
// the store holds it (TestConformance/Cancel failed so at a high load,
// "1887 articles, want 91", when a deadline cut off a COMMIT the server
// then applied).
func TestCommitAfterCancel(t *testing.T) {
	s, _ := openNew(t)
	docs := testdocs.Random(20, 5)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var added int
	err := s.inTx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		var err error
		added, _, err = writeBatch(ctx, tx, counts(docs), allPositions(len(docs)))
		cancel()
		return err
	})
	if err != nil {
		t.Fatalf("a transaction whose context was cancelled after its work: %v, want it committed", err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if added == 0 || st.Articles != added {
		t.Errorf("added %d, the store holds %d articles", added, st.Articles)
	}
}

func allPositions(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
