package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/gcpace"
	"github.com/nergraph/nergraph/internal/shard"
	"github.com/spf13/cobra"
)

type ingestOptions struct {
	DB      string
	Batch   int
	Verbose bool
	Refresh bool
	Shard   string
	Paths   []string
	In      inputOptions
}

// maxPendingRoom is the most articles ingest makes room for at once in a
// batch's list: a larger --batch grows it as its articles come.
const maxPendingRoom = 4096

// maxSkipLines is how many skipped articles ingest names one by one before
// it only counts them.
const maxSkipLines = 5

func newIngestCmd(ios *IOStreams) *cobra.Command {
	var opts ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest --db FILE|URL PATH...",
		Short: "Add articles to a graph store, skipping those it holds",
		Long: `ingest extracts the articles of the files and folders given and adds them
to the graph store: an SQLite file, created when absent, or a PostgreSQL
database named by a postgres:// URL (see docs/postgres.md). Articles the store
already holds (same id or same cleaned text) are skipped and reported, so
ingesting the same input twice changes nothing.

Articles are committed in batches, one transaction each: if ingest is killed,
the store holds exactly the batches that committed, and running the same
ingest again adds the rest. Exports and queries may run while ingest writes;
a second ingest waits for the first (SQLite) or writes at the same time
(PostgreSQL). With --shard I/N, N ingest processes, on one machine or many,
share one corpus: each reads all the inputs and extracts only its own part.

At the end, ingest brings up to date the store's cache of the linked graph,
from which query answers at once; until then, query loads the whole graph.`,
		Example: `  nergraph ingest --db graph.db ../shared/data/bbc/business
  nergraph ingest --db graph.db --batch 200 reut2-000.sgm news.jsonl
  nergraph ingest --db postgres://me@dbhost/news --shard 2/3 feeds/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.DB == "" {
				return usagef("--db is required")
			}
			if cmd.Flags().Changed("batch") && opts.Batch < 1 {
				return usagef("--batch must be at least 1, got %d", opts.Batch)
			}
			if opts.Shard != "" {
				if _, err := shard.Parse(opts.Shard); err != nil {
					return usagef("--shard: %v", err)
				}
			}
			return runIngest(cmd.Context(), ios, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.DB, "db", "", "graph store: an SQLite file, created when absent, or a postgres:// URL")
	f.IntVar(&opts.Batch, "batch", 0, "articles per transaction (default 2000 for SQLite, 500 for PostgreSQL)")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "report each committed batch and every skipped article")
	f.StringVar(&opts.Shard, "shard", "", "take only part I of N of the articles (I/N, 1 <= I <= N), split by their text, to share a corpus among N ingest processes")
	f.BoolVar(&opts.Refresh, "refresh", true, "bring the query cache up to date at the end (--refresh=false when more ingests follow at once)")
	addInputFlags(cmd, &opts.In)
	return cmd
}

func runIngest(ctx context.Context, ios *IOStreams, opts ingestOptions) (err error) {
	// Check the inputs, and the files and flags the extractor reads, before
	// creating a store file.
	if err := checkInputs(opts.Paths); err != nil {
		return err
	}
	if _, err := opts.In.runOptions(); err != nil {
		return err
	}
	ex, err := opts.In.extractor()
	if err != nil {
		return err
	}
	st, err := graphstore.Open(ctx, opts.DB, graphstore.OpenOptions{Create: true})
	if err != nil {
		return err
	}
	defer func() {
		// SQLite's Close writes the running totals an ingest that
		// neither refreshed nor reported left in memory (they stay
		// pending in the store, for the next ingest, when it fails).
		if cerr := st.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close store %s: %w", redactURL(opts.DB), cerr)
		}
	}()
	if opts.Batch < 1 {
		opts.Batch = defaultBatch(st)
	}

	log := &ingestLog{w: ios.ErrOut, verbose: opts.Verbose}
	// An article whose id the store holds is passed over before extraction,
	// so ingesting the same folder again costs little.
	have, err := st.ArticleIDs(ctx)
	if err != nil {
		return err
	}
	part := shard.Shard{I: 1, N: 1}
	if opts.Shard != "" {
		part, _ = shard.Parse(opts.Shard) // checked by the command
	}
	isKnown := func(a extract.Article) (bool, error) {
		if !part.Has(a) {
			log.otherShard()
			return true, nil // another ingest process's
		}
		if !have[a.ID] {
			return false, nil
		}
		log.known(a.ID)
		return true, nil
	}
	// The store is checked for damage before anything is written, while
	// the first articles are extracted.
	check := func() error { return checkBeforeWriting(ctx, st, opts.DB, log) }
	w := startBatchWriter(check, func(batch []graphstore.ArticleCounts) error {
		res, err := st.AddBatch(ctx, batch)
		if err == nil {
			log.committed(res)
		}
		return err
	})
	pending := newPending(opts.Batch)
	// One table of names a batch (graphstore.Counter): no weak handle
	// for each new name, and nothing kept past the batch.
	counter := graphstore.NewCounter()
	_, err = runExtractor(ctx, ios, opts.In, ex, opts.Paths, isKnown, func(doc *extract.Doc) error {
		pending = append(pending, counter.Count(doc))
		if len(pending) >= opts.Batch {
			batch := pending
			pending = newPending(opts.Batch)
			counter.Reset()
			return w.send(batch)
		}
		return nil
	})
	if err == nil && len(pending) > 0 {
		err = w.send(pending)
	}
	if werr := w.close(); werr != nil {
		err = werr
	}
	if errors.Is(err, graphstore.ErrDamaged) && log.addedSoFar() == 0 {
		return err
	}
	if err != nil {
		return fmt.Errorf("%w (the store keeps the %d articles of the batches committed; ingest again to add the rest)", err, log.addedSoFar())
	}
	// Queries answer from a cache of the linked graph; bring it up to date.
	if opts.Refresh {
		sayRecompute(ctx, ios, st)
		start := time.Now()
		cpu0, cpuOK := cpuTime()
		// The refresh's index of the whole store stays live until it
		// ends: fewer collections for a little more memory (gcpace.Refresh).
		endPace := gcpace.While(gcpace.Refresh)
		refreshed, err := st.Refresh(ctx)
		endPace()
		if err != nil {
			return err
		} else if refreshed && opts.Verbose {
			// The CPU time too: on a busy machine the wall time says
			// little, and the refresh is the one thing running now.
			msg := fmt.Sprintf("query cache refreshed in %.2fs", time.Since(start).Seconds())
			if cpu1, ok := cpuTime(); ok && cpuOK {
				msg += fmt.Sprintf(" (CPU %.2fs)", (cpu1 - cpu0).Seconds())
			}
			fmt.Fprintln(ios.ErrOut, msg)
		}
	}
	if opts.In.Quiet {
		return nil
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	log.summary(redactURL(opts.DB), stats)
	return nil
}

// newPending makes the list of a batch of n articles, room for all of them
// (grown from empty, it allocated about twice its size) up to
// maxPendingRoom.
func newPending(n int) []graphstore.ArticleCounts {
	return make([]graphstore.ArticleCounts, 0, min(n, maxPendingRoom))
}

// defaultBatch is the number of articles per transaction when --batch is
// not given: the store's own choice if it has one (SQLite's commits rewrite
// pages all over its tables, so fewer, larger batches cost less), else 500.
func defaultBatch(st graphstore.Store) int {
	if d, ok := st.(interface{ DefaultBatch() int }); ok {
		return d.DefaultBatch()
	}
	return 500
}

// batchWriter writes batches in a goroutine of its own, so that extraction
// goes on while the store writes; one batch waits at most.
type batchWriter struct {
	queue  chan []graphstore.ArticleCounts
	failed chan struct{} // closed when a write fails
	done   chan struct{} // closed when the goroutine ends
	err    error         // the failed write's error, read after done
}

func startBatchWriter(first func() error, write func([]graphstore.ArticleCounts) error) *batchWriter {
	w := &batchWriter{queue: make(chan []graphstore.ArticleCounts, 1), failed: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		if w.err = first(); w.err != nil {
			close(w.failed)
			for range w.queue { // let the sender finish
			}
			return
		}
		for batch := range w.queue {
			if w.err = write(batch); w.err != nil {
				close(w.failed)
				for range w.queue { // let the sender finish
				}
				return
			}
		}
	}()
	return w
}

// send queues a batch, or fails when an earlier one could not be written.
func (w *batchWriter) send(batch []graphstore.ArticleCounts) error {
	select {
	case w.queue <- batch:
		return nil
	case <-w.failed:
		return errors.New("a batch could not be written")
	}
}

// close waits for the queued batches and returns the error of the one that
// failed, if any.
func (w *batchWriter) close() error {
	close(w.queue)
	<-w.done
	return w.err
}

// ingestLog reports what ingest adds and skips: each skipped article up to
// maxSkipLines (all of them when verbose), then counts. The pipeline and the
// batch writer report from their own goroutines.
type ingestLog struct {
	mu             sync.Mutex
	w              io.Writer
	verbose        bool
	added, batches int
	skipped        int // articles the store skipped at commit
	passed         int // articles passed over before extraction, their id known
	others         int // articles passed over before extraction, of another --shard
}

// otherShard counts an article passed over for another shard.
func (l *ingestLog) otherShard() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.others++
}

// known reports an article passed over before extraction.
func (l *ingestLog) known(id string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.verbose || l.passed < maxSkipLines {
		fmt.Fprintf(l.w, "skipped %s: already in the store\n", id)
	}
	l.passed++
}

// committed reports a batch the store committed.
func (l *ingestLog) committed(res graphstore.BatchResult) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.batches++
	l.added += res.Added
	for _, sk := range res.Skipped {
		if l.verbose || l.skipped < maxSkipLines {
			fmt.Fprintf(l.w, "skipped %s: %s\n", sk.ID, skipReason(sk))
		}
		l.skipped++
	}
	if l.verbose {
		fmt.Fprintf(l.w, "batch %d committed: %d articles added, %d in all\n", l.batches, res.Added, l.added)
	}
}

// checked reports the store's check.
func (l *ingestLog) checked(d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.verbose {
		fmt.Fprintf(l.w, "store checked in %.2fs\n", d.Seconds())
	}
}

func (l *ingestLog) addedSoFar() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.added
}

// summary ends the report with the totals and the store's size.
func (l *ingestLog) summary(db string, stats graphstore.Stats) {
	l.mu.Lock()
	defer l.mu.Unlock()
	nskip := l.skipped + l.passed
	if shown := min(l.passed, maxSkipLines) + min(l.skipped, maxSkipLines); nskip > shown && !l.verbose {
		fmt.Fprintf(l.w, "... and %s more skipped (-v lists them)\n", thousands(nskip-shown))
	}
	fmt.Fprintf(l.w, "added %s articles, skipped %s already in the store", thousands(l.added), thousands(nskip))
	if l.others > 0 {
		fmt.Fprintf(l.w, ", left %s to the other shards", thousands(l.others))
	}
	fmt.Fprintln(l.w)
	fmt.Fprintf(l.w, "%s: %s\n", db, describeStats(stats))
}

func skipReason(sk graphstore.Skipped) string {
	if sk.Same == "id" {
		return "already in the store"
	}
	return "same text as " + sk.Dup + ", already in the store"
}

// describeStats says how big a store is.
func describeStats(s graphstore.Stats) string {
	msg := fmt.Sprintf("%s articles, %s entities, %s article-entity rows, %s edges, %s relations; %.1f MB",
		thousands(s.Articles), thousands(s.Entities), thousands(s.Mentions), thousands(s.Edges), thousands(s.Relations), float64(s.Bytes)/1e6)
	if s.Articles > 0 {
		msg += fmt.Sprintf(" (%s bytes per article", thousands(int(s.Bytes/int64(s.Articles))))
		if s.Edges > 0 {
			msg += fmt.Sprintf(", %s per edge", thousands(int(s.Bytes/int64(s.Edges))))
		}
		msg += ")"
	}
	return msg
}

// redactURL hides the password of a --db URL, for messages.
func redactURL(db string) string {
	if u, err := url.Parse(db); err == nil && u.User != nil && strings.Contains(db, "://") {
		return u.Redacted()
	}
	return db
}
