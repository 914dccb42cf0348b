package main

import (
	"context"
	"fmt"
	"time"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

type checkOptions struct {
	DB    string
	Quick bool
}

func newCheckCmd(ios *IOStreams) *cobra.Command {
	var opts checkOptions
	cmd := &cobra.Command{
		Use:   "check --db FILE",
		Short: "Check a graph store for damage",
		Long: `check reads a store made by ingest, for reading only, and looks for damage:
SQLite's own integrity_check and foreign_key_check over the whole file, every
article, mention and relation row against the checksum written with it, the
totals tables against the rows they sum, and the query cache against one
computed anew from the articles. It lists what is damaged, and exits 1 if anything
is, 0 if nothing is.

A cache computed by another version of nergraph's linking and typing rules
(an older nergraph's) is not damage: check says so in a note, checks its rows
against their checksums rather than compare it with one computed anew, and
exits 0. query, serve and export do not read such a cache (they load the
graph from the articles), and the next ingest computes it anew.

--quick runs the check ingest runs before it writes: the file's structure,
the articles and the cache's state, in under a second for 30,000 articles.

export, query and serve check what they read as they read it, and fail
rather than answer from a damaged store.`,
		Example: `  nergraph check --db graph.db
  nergraph check --db graph.db --quick`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.DB == "" {
				return usagef("--db is required")
			}
			return runCheck(cmd.Context(), ios, opts)
		},
	}
	cmd.Flags().StringVar(&opts.DB, "db", "", "graph store made by ingest")
	cmd.Flags().BoolVar(&opts.Quick, "quick", false, "only the quick check ingest runs before writing")
	return cmd
}

func runCheck(ctx context.Context, ios *IOStreams, opts checkOptions) error {
	start := time.Now()
	st, err := graphstore.Open(ctx, opts.DB, graphstore.OpenOptions{})
	if err != nil {
		return err
	}
	defer st.Close()
	c, ok := st.(graphstore.Checker)
	if !ok {
		return fmt.Errorf("check %s: this kind of store has no check", opts.DB)
	}
	level := graphstore.CheckFull
	if opts.Quick {
		level = graphstore.CheckQuick
	}
	rep, err := c.Check(ctx, level)
	if err != nil {
		return err
	}
	for _, step := range rep.Checked {
		fmt.Fprintf(ios.Out, "checked %s\n", step)
	}
	for _, note := range rep.Notes {
		fmt.Fprintf(ios.Out, "note: %s\n", note)
	}
	if len(rep.Problems) == 0 {
		fmt.Fprintf(ios.Out, "%s: no damage found (%.1fs)\n", opts.DB, time.Since(start).Seconds())
		return nil
	}
	fmt.Fprintf(ios.Out, "%s: damaged:\n", opts.DB)
	for _, p := range rep.Problems {
		fmt.Fprintf(ios.Out, "  %s\n", p)
	}
	return fmt.Errorf("%w: %s: %s", graphstore.ErrDamaged, opts.DB, plural(len(rep.Problems), "problem"))
}

// checkBeforeWriting runs the quick check of a store that has one before
// ingest writes into it, and refuses a damaged store.
func checkBeforeWriting(ctx context.Context, st graphstore.Store, db string, log *ingestLog) error {
	c, ok := st.(graphstore.Checker)
	if !ok {
		return nil
	}
	start := time.Now()
	rep, err := c.Check(ctx, graphstore.CheckQuick)
	if err != nil {
		return err
	}
	if err := rep.Err(); err != nil {
		return fmt.Errorf("%w; ingest writes nothing into a damaged store (nergraph check --db %s lists the damage)", err, db)
	}
	log.checked(time.Since(start))
	return nil
}
