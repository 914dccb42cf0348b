package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// BenchmarkRefreshStore measures the refresh of an ingest on a real store:
// NERGRAPH_BENCH_REFRESH names a store whose last articles were ingested
// with --refresh=false (e.g. 100 BBC files into a 29k-article store). Each
// round refreshes a fresh copy of it, as an ingest does: the articles read
// back first, then the refresh, which alone is timed.
func BenchmarkRefreshStore(b *testing.B) {
	src := os.Getenv("NERGRAPH_BENCH_REFRESH")
	if src == "" {
		b.Skip("NERGRAPH_BENCH_REFRESH names no store to refresh")
	}
	ctx := context.Background()
	dir := b.TempDir()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(dir, "graph.db")
		if err := copyFile(path, src); err != nil {
			b.Fatal(err)
		}
		s, err := Open(ctx, path, graphstore.OpenOptions{Create: true})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.ArticleIDs(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu0 := testenv.CPUTime()
		done, err := s.Refresh(ctx)
		cpu += testenv.CPUTime() - cpu0
		b.StopTimer()
		if err != nil || !done {
			b.Fatalf("Refresh = %v, %v; want true, nil", done, err)
		}
		s.Close()
		os.Remove(path + "-wal")
		os.Remove(path + "-shm")
		b.StartTimer()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// BenchmarkLinkStore measures corpus linking alone on the articles of the
// store NERGRAPH_BENCH_REFRESH names (see BenchmarkRefreshStore), as a
// refresh links them.
func BenchmarkLinkStore(b *testing.B) {
	src := os.Getenv("NERGRAPH_BENCH_REFRESH")
	if src == "" {
		b.Skip("NERGRAPH_BENCH_REFRESH names no store to link")
	}
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "graph.db")
	if err := copyFile(path, src); err != nil {
		b.Fatal(err)
	}
	s, err := Open(ctx, path, graphstore.OpenOptions{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ArticleIDs(ctx); err != nil {
		b.Fatal(err)
	}
	// The articles in the form the read-back keeps them and a refresh
	// links them.
	arts := make([]*graphstore.LinkArticle, len(s.readBack.articles))
	for i, a := range s.readBack.articles {
		arts[i] = a.link
	}
	var l *graphstore.Linking
	cpu := testenv.CPUTime()
	for b.Loop() {
		l = graphstore.LinkArticles(arts, s.readBack.keys)
	}
	b.ReportMetric((testenv.CPUTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
	// What the links are, to compare versions of the linker by: their
	// number and a hash of them all.
	h := fnv.New32a()
	remap := l.Remap()
	n := len(remap)
	for _, from := range slices.Sorted(maps.Keys(remap)) {
		fmt.Fprintf(h, "%s %s\n", from, remap[from])
	}
	for i := range arts {
		in := l.InArticle(i)
		n += len(in)
		for _, from := range slices.Sorted(maps.Keys(in)) {
			fmt.Fprintf(h, "%d %s %s\n", i, from, in[from])
		}
	}
	b.ReportMetric(float64(n), "links")
	b.ReportMetric(float64(h.Sum32()), "links-hash")
}

// BenchmarkIngestStore measures the store's share of an ingest into a fresh
// store on real articles: NERGRAPH_BENCH_INGEST names a store whose
// articles (with their relations) are read once, then added in batches of
// 500 (or NERGRAPH_BENCH_BATCH) to a new store and refreshed, as `nergraph ingest` does after
// extraction. The CPU of the batches, of writing their running totals
// (schema 8: once, at the end) and of the refresh are reported apart.
func BenchmarkIngestStore(b *testing.B) {
	src := os.Getenv("NERGRAPH_BENCH_INGEST")
	if src == "" {
		b.Skip("NERGRAPH_BENCH_INGEST names no store to read articles from")
	}
	ctx := context.Background()
	s, err := Open(ctx, src, graphstore.OpenOptions{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	tx, err := s.begin(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	var arts []graphstore.ArticleCounts
	_, err = s.readArticles(ctx, tx, "", nil, true, func(a *storedArticle) error {
		arts = append(arts, a.ArticleCounts)
		return nil
	})
	tx.Rollback()
	s.Close()
	if err != nil {
		b.Fatal(err)
	}
	per := 500
	if v := os.Getenv("NERGRAPH_BENCH_BATCH"); v != "" {
		if per, err = strconv.Atoi(v); err != nil || per < 1 {
			b.Fatalf("NERGRAPH_BENCH_BATCH=%q: want a number of articles", v)
		}
	}
	dir := b.TempDir()
	var add, totals, refresh time.Duration
	var size int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(dir, fmt.Sprintf("graph%d.db", i))
		st, err := Open(ctx, path, graphstore.OpenOptions{Create: true})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.ArticleIDs(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu0 := testenv.CPUTime()
		for j := 0; j < len(arts); j += per {
			if _, err := st.AddBatch(ctx, arts[j:min(j+per, len(arts))]); err != nil {
				b.Fatal(err)
			}
		}
		cpu1 := testenv.CPUTime()
		// The running totals, which Refresh writes first, apart.
		if err := st.Flush(ctx); err != nil {
			b.Fatal(err)
		}
		cpuT := testenv.CPUTime()
		if done, err := st.Refresh(ctx); err != nil || !done {
			b.Fatalf("Refresh = %v, %v; want true, nil", done, err)
		}
		cpu2 := testenv.CPUTime()
		add += cpu1 - cpu0
		totals += cpuT - cpu1
		refresh += cpu2 - cpuT
		b.StopTimer()
		stats, err := st.Stats(ctx)
		if err != nil {
			b.Fatal(err)
		}
		size = stats.Bytes
		st.Close()
		for _, p := range []string{path, path + "-wal", path + "-shm"} {
			os.Remove(p)
		}
		b.StartTimer()
	}
	b.ReportMetric(add.Seconds()/float64(b.N), "add-cpu-s/op")
	b.ReportMetric(totals.Seconds()/float64(b.N), "totals-cpu-s/op")
	b.ReportMetric(refresh.Seconds()/float64(b.N), "refresh-cpu-s/op")
	b.ReportMetric(float64(size)/float64(len(arts)), "bytes/article")
}
