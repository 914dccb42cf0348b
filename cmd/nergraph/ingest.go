package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

type ingestOptions struct {
	DB      string
	Batch   int
	Verbose bool
	Refresh bool
	Paths   []string
	In      inputOptions
}

// maxSkipLines is how many skipped articles ingest names one by one before
// it only counts them.
const maxSkipLines = 5

func newIngestCmd(ios *IOStreams) *cobra.Command {
	var opts ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest --db FILE PATH...",
		Short: "Add articles to a graph store, skipping those it holds",
		Long: `ingest extracts the articles of the files and folders given and adds them
to the graph store, an SQLite file created when absent. Articles the store
already holds (same id or same cleaned text) are skipped and reported, so
ingesting the same input twice changes nothing.

Articles are committed in batches, one transaction each: if ingest is killed,
the store holds exactly the batches that committed, and running the same
ingest again adds the rest. Exports and queries may run while ingest writes;
a second ingest waits for the first.

At the end, ingest brings up to date the store's cache of the linked graph,
from which query answers at once; until then, query loads the whole graph.`,
		Example: `  nergraph ingest --db graph.db ../shared/data/bbc/business
  nergraph ingest --db graph.db --batch 200 reut2-000.sgm news.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.DB == "" {
				return usagef("--db is required")
			}
			if opts.Batch < 1 {
				return usagef("--batch must be at least 1, got %d", opts.Batch)
			}
			return runIngest(cmd.Context(), ios, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.DB, "db", "", "graph store file (SQLite), created when absent")
	f.IntVar(&opts.Batch, "batch", 500, "articles per transaction")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "report each committed batch and every skipped article")
	f.BoolVar(&opts.Refresh, "refresh", true, "bring the query cache up to date at the end (--refresh=false when more ingests follow at once)")
	addInputFlags(cmd, &opts.In)
	return cmd
}

func runIngest(ctx context.Context, ios *IOStreams, opts ingestOptions) error {
	// Check the inputs before creating a store file.
	if err := checkInputs(opts.Paths); err != nil {
		return err
	}
	st, err := graphstore.Open(opts.DB)
	if err != nil {
		return err
	}
	defer st.Close()

	var (
		added   int
		skipped []graphstore.Skipped
		batches int
	)
	write := func(batch []*extract.Doc) error {
		res, err := st.AddBatch(batch)
		if err != nil {
			return err
		}
		batches++
		added += res.Added
		for _, sk := range res.Skipped {
			if opts.Verbose || len(skipped) < maxSkipLines {
				fmt.Fprintf(ios.ErrOut, "skipped %s: %s\n", sk.ID, skipReason(sk))
			}
			skipped = append(skipped, sk)
		}
		if opts.Verbose {
			fmt.Fprintf(ios.ErrOut, "batch %d committed: %d articles added, %d in all\n", batches, res.Added, added)
		}
		return nil
	}
	// An article whose id the store holds is passed over before extraction,
	// so ingesting the same folder again costs little.
	have, err := st.ArticleIDs()
	if err != nil {
		return err
	}
	var known []string
	isKnown := func(a extract.Article) (bool, error) {
		if !have[a.ID] {
			return false, nil
		}
		if opts.Verbose || len(known) < maxSkipLines {
			fmt.Fprintf(ios.ErrOut, "skipped %s: already in the store\n", a.ID)
		}
		known = append(known, a.ID)
		return true, nil
	}
	// Batches are written by their own goroutine, so that extraction goes on
	// while SQLite writes; one batch waits at most.
	toWrite := make(chan []*extract.Doc, 1)
	failed := make(chan struct{}) // closed when a write fails
	var writeErr error
	wrote := make(chan struct{})
	go func() {
		defer close(wrote)
		for batch := range toWrite {
			if writeErr = write(batch); writeErr != nil {
				close(failed)
				for range toWrite { // let the sender finish
				}
				return
			}
		}
	}()
	var pending []*extract.Doc
	send := func() error {
		select {
		case toWrite <- pending:
			pending = nil
			return nil
		case <-failed:
			return errors.New("a batch could not be written")
		}
	}
	_, err = runPipeline(ctx, ios, opts.In, opts.Paths, isKnown, func(doc *extract.Doc) error {
		pending = append(pending, doc)
		if len(pending) >= opts.Batch {
			return send()
		}
		return nil
	})
	if err == nil && len(pending) > 0 {
		err = send()
	}
	close(toWrite)
	<-wrote
	if writeErr != nil {
		err = writeErr
	}
	if err != nil {
		return fmt.Errorf("%w (the store keeps the %d articles of the batches committed; ingest again to add the rest)", err, added)
	}
	// Queries answer from a cache of the linked graph; bring it up to date.
	if opts.Refresh {
		start := time.Now()
		if refreshed, err := st.Refresh(); err != nil {
			return err
		} else if refreshed && opts.Verbose {
			fmt.Fprintf(ios.ErrOut, "query cache refreshed in %.1fs\n", time.Since(start).Seconds())
		}
	}
	if opts.In.Quiet {
		return nil
	}
	nskip := len(skipped) + len(known)
	if shown := min(len(known), maxSkipLines) + min(len(skipped), maxSkipLines); nskip > shown && !opts.Verbose {
		fmt.Fprintf(ios.ErrOut, "... and %s more skipped (-v lists them)\n", thousands(nskip-shown))
	}
	stats, err := st.Stats()
	if err != nil {
		return err
	}
	fmt.Fprintf(ios.ErrOut, "added %s articles, skipped %s already in the store\n", thousands(added), thousands(nskip))
	fmt.Fprintf(ios.ErrOut, "%s: %s\n", opts.DB, describeStats(stats))
	return nil
}

func skipReason(sk graphstore.Skipped) string {
	if sk.Same == "id" {
		return "already in the store"
	}
	return "same text as " + sk.Dup + ", already in the store"
}

// describeStats says how big a store is.
func describeStats(s graphstore.Stats) string {
	msg := fmt.Sprintf("%s articles, %s entities, %s article-entity rows, %s edges; %.1f MB",
		thousands(s.Articles), thousands(s.Entities), thousands(s.Mentions), thousands(s.Edges), float64(s.Bytes)/1e6)
	if s.Articles > 0 {
		msg += fmt.Sprintf(" (%s bytes per article", thousands(int(s.Bytes/int64(s.Articles))))
		if s.Edges > 0 {
			msg += fmt.Sprintf(", %s per edge", thousands(int(s.Bytes/int64(s.Edges))))
		}
		msg += ")"
	}
	return msg
}
