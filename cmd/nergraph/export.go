package main

import (
	"context"
	"fmt"
	"time"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	db           string
	out          string
	format       string
	since, until string
	filter       graphstore.Filter
	positions    export.Positions
	edgeLabels   bool
	curate       curateFlags
}

func newExportCmd(ios *IOStreams) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export --db FILE [flags]",
		Short: "Write the graph of a store, or of a time window of it",
		Long: `export writes the graph of the articles in a store made by ingest, in any
format build writes and with the same filters. The graph is the one build
makes from the same articles. --since and --until keep only the articles
dated in that window (undated articles are then left out); a bare date as
--until includes that whole day.

--aliases and --exclude curate the graph as it is read, without extracting
the articles again: alias rules merge or rename entities ("Reagan,Ronald
Reagan" puts the entities named Reagan in the node of Ronald Reagan), and
excluded names or ids are left out.

export reads a snapshot: it may run while an ingest adds articles.`,
		Example: `  nergraph export --db graph.db -o graph.gexf
  nergraph export --db graph.db --since 1987-03-01 --until 1987-03-31 -f json -o march.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.db == "" {
				return usagef("--db is required")
			}
			if err := checkFilterFlags(cmd, &o.filter); err != nil {
				return err
			}
			return runExport(cmd.Context(), ios, o)
		},
	}
	cmd.Flags().StringVar(&o.db, "db", "", "graph store made by ingest: an SQLite file or a postgres:// URL")
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "output file (default: standard output); a folder for -f csv")
	cmd.Flags().StringVarP(&o.format, "format", "f", "", "output format: "+joinFormats()+" (default: from the -o extension, else dot)")
	cmd.Flags().StringVar(&o.since, "since", "", "only articles dated at or after this date (2006-01-02 or RFC 3339)")
	cmd.Flags().StringVar(&o.until, "until", "", "only articles dated at or before this date")
	addLayoutFlag(cmd, &o.positions)
	addEdgeLabelsFlag(cmd, &o.edgeLabels)
	addFilterFlags(cmd, &o.filter, "nergraph export --db graph.db %s")
	addCurateFlags(cmd, false, &o.curate)
	return cmd
}

func runExport(ctx context.Context, ios *IOStreams, o exportOptions) error {
	if o.format != "" {
		if _, err := export.Lookup(o.format); err != nil {
			return &usageError{err}
		}
	}
	if err := checkLayout(o.out, o.format, o.positions); err != nil {
		return err
	}
	since, until, err := parseWindow(o.since, o.until)
	if err != nil {
		return err
	}
	c, err := o.curate.curation()
	if err != nil {
		return err
	}
	st, err := graphstore.Open(ctx, o.db, graphstore.OpenOptions{})
	if err != nil {
		return err
	}
	g, err := storeGraph(ctx, st, o.filter.Ego, since, until)
	if err == nil && !c.IsZero() {
		g, err = g.Curate(c)
	}
	st.Close()
	if err != nil {
		return err
	}
	if n := g.UnsureNodes(); n > 0 {
		fmt.Fprintf(ios.ErrOut, "%s nodes left out: the recognizer was unsure of every entity linked to them (ingested with --min-confidence)\n", thousands(n))
	}
	fg, err := g.Filter(o.filter)
	if err != nil {
		return err
	}
	about := aboutStore(o.db, g.Len(), o.filter, o.since, o.until, egoID(fg, o.filter))
	return writeGraphDrawing(ctx, ios, o.out, o.format, fg, drawing{drawLimit(o.filter), about, o.positions, o.edgeLabels})
}

// storeGraph loads the graph of the articles of st dated in [since, until].
// When ego is set, the whole store is asked for and the store's cache of
// its graph is fresh, ego is looked up in the cache first, so that a name
// no entity goes by fails at once rather than after loading the graph. (In
// a time window an entity can go by a name the whole store's graph merged
// away, so there the graph decides.)
func storeGraph(ctx context.Context, st graphstore.Store, ego string, since, until time.Time) (*graphstore.Graph, error) {
	if ego != "" && since.IsZero() && until.IsZero() {
		fresh, err := st.Fresh(ctx)
		if err != nil {
			return nil, err
		}
		if fresh {
			q, cached, err := st.Querier(ctx, since, until)
			if err != nil {
				return nil, err
			}
			if _, err := q.Lookup(ctx, ego); cached && err != nil {
				return nil, fmt.Errorf("ego: %w", err)
			}
		}
	}
	return st.Graph(ctx, since, until)
}
