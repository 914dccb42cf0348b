package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// BenchmarkStoreAddBatch measures loading alone, without extraction:
// articles, and rows (articles plus their mention rows), written per second
// in batches of 500 into a new store.
func BenchmarkStoreAddBatch(b *testing.B) {
	batch := counts(testdocs.Random(5000, 11))
	mentions := 0
	for _, a := range batch {
		mentions += len(graphstore.NormalizeEntities(a.Entities))
	}
	n, rows := 0, 0
	for b.Loop() {
		b.StopTimer()
		s, _ := openNew(b)
		b.StartTimer()
		for i := 0; i < len(batch); i += 500 {
			res, err := s.AddBatch(context.Background(), batch[i:min(i+500, len(batch))])
			if err != nil {
				b.Fatal(err)
			}
			n += res.Added
		}
		rows += len(batch) + mentions // every article is new: all are written
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkRefresh100 measures the refresh of the cache after 100 new
// articles are added to a store of 5,000.
func BenchmarkRefresh100(b *testing.B) {
	ctx := context.Background()
	docs := testdocs.Random(5000+100*200, 5)
	s, _ := openNew(b)
	addAll(b, s, docs[:5000], 500)
	if _, err := s.Refresh(ctx); err != nil {
		b.Fatal(err)
	}
	next := 5000
	var spent time.Duration
	for b.Loop() {
		b.StopTimer()
		if next+100 > len(docs) {
			b.Fatal("out of articles")
		}
		addAll(b, s, docs[next:next+100], 100)
		next += 100
		b.StartTimer()
		start := time.Now()
		if _, err := s.Refresh(ctx); err != nil {
			b.Fatal(err)
		}
		spent += time.Since(start)
	}
	b.ReportMetric(spent.Seconds()/float64(b.N)*1000, "ms/refresh")
}
