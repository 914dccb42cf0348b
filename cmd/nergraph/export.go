package main

import (
	"context"
	"fmt"

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
			return runExport(cmd.Context(), ios, o)
		},
	}
	cmd.Flags().StringVar(&o.db, "db", "", "graph store file made by ingest")
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "output file (default: standard output); a folder for -f csv")
	cmd.Flags().StringVarP(&o.format, "format", "f", "", "output format: "+joinFormats()+" (default: from the -o extension, else dot)")
	cmd.Flags().StringVar(&o.since, "since", "", "only articles dated at or after this date (2006-01-02 or RFC 3339)")
	cmd.Flags().StringVar(&o.until, "until", "", "only articles dated at or before this date")
	addFilterFlags(cmd, &o.filter)
	addCurateFlags(cmd, false, &o.curate)
	return cmd
}

func runExport(ctx context.Context, ios *IOStreams, o exportOptions) error {
	if o.format != "" {
		if _, err := export.Lookup(o.format); err != nil {
			return &usageError{err}
		}
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
	g, err := curatedGraph(ctx, st, since, until, c)
	st.Close()
	if err != nil {
		return err
	}
	fg, err := g.Filter(o.filter)
	if err != nil {
		return &usageError{fmt.Errorf("filter: %w", err)}
	}
	return writeGraphDrawing(ctx, ios, o.out, o.format, fg, drawLimit(o.filter))
}
