package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

// curateFlags are export's and query's --aliases and --exclude: curation
// of a store's graph at read time, without extracting again.
type curateFlags struct {
	aliases string
	exclude string
}

// addCurateFlags registers --aliases and --exclude on cmd, for its
// subcommands too when persistent is set.
func addCurateFlags(cmd *cobra.Command, persistent bool, f *curateFlags) {
	fs := cmd.Flags()
	if persistent {
		fs = cmd.PersistentFlags()
	}
	fs.StringVar(&f.aliases, "aliases", "", "CSV `FILE` of alias,canonical[,type] rules that merge or rename the store's entities (\"Reagan,Ronald Reagan\")")
	fs.StringVar(&f.exclude, "exclude", "", "`FILE` of entity names or ids to leave out, one per line")
}

// curation reads the files the flags name. Errors name the file (and line,
// for a bad rule).
func (f curateFlags) curation() (graphstore.Curation, error) {
	var c graphstore.Curation
	if f.aliases != "" {
		file, err := os.Open(f.aliases)
		if err != nil {
			return c, fmt.Errorf("aliases: %w", err)
		}
		defer file.Close()
		if c.Aliases, err = extract.ReadAliases(file, f.aliases); err != nil {
			return c, err
		}
	}
	if f.exclude != "" {
		file, err := os.Open(f.exclude)
		if err != nil {
			return c, fmt.Errorf("exclude: %w", err)
		}
		defer file.Close()
		if c.Exclude, err = extract.ReadExclude(file, f.exclude); err != nil {
			return c, err
		}
	}
	return c, nil
}

// curatedGraph reads the graph of a store in [since, until] with the
// curation of f applied.
func curatedGraph(ctx context.Context, st graphstore.Store, since, until time.Time, c graphstore.Curation) (*graphstore.Graph, error) {
	g, err := st.Graph(ctx, since, until)
	if err != nil || c.IsZero() {
		return g, err
	}
	return g.Curate(c)
}
