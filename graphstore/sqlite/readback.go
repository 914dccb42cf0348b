package sqlite

import (
	"context"
	"database/sql"
	"math"
	"sort"
)

// readBack holds the articles, up to number maxSeq, that an ingest's quick
// check read and checked against their checksums (see [Store.scanQuick]),
// for the refresh at the end of the same ingest, which links every
// article of the store anew and would otherwise read them all again.
//
// They are the store's rows still when the refresh reads: the store only
// ever appends articles, and never changes or removes one. A refresh takes
// from it the articles it holds and reads the others, those added since,
// from the store.
type readBack struct {
	maxSeq   int64
	articles []*storedArticle // in ingest order
}

// articlesBetween calls fn on the articles numbered in (lo, hi], in ingest
// order, with their mentions (no relations), each checked against its
// checksums, as readArticles does: those the read-back holds from it, the
// others from tx. It returns the size and checksum of their article rows.
func (s *Store) articlesBetween(ctx context.Context, tx *sql.Tx, lo, hi int64, fn func(*storedArticle) error) (setSum, error) {
	var seen setSum
	if rb := s.readBack; rb != nil {
		i := sort.Search(len(rb.articles), func(i int) bool { return rb.articles[i].seq > lo })
		for ; i < len(rb.articles) && rb.articles[i].seq <= hi; i++ {
			a := rb.articles[i]
			seen.add(a.sum)
			if err := fn(a); err != nil {
				return seen, err
			}
		}
		lo = max(lo, rb.maxSeq)
	}
	if lo >= hi {
		return seen, nil
	}
	more, err := s.readArticles(ctx, tx, "a.seq > ? AND a.seq <= ?", []any{lo, hi}, false, fn)
	seen.rows += more.rows
	seen.sum = (seen.sum + more.sum) & math.MaxUint32
	return seen, err
}
