package main

import (
	"fmt"
	"os"

	"github.com/nergraph/nergraph/extract"
	"github.com/spf13/cobra"
)

// resolveFlags are the entity-resolution flags of build, extract and ingest.
type resolveFlags struct {
	Demonyms bool
	Aliases  string
	Exclude  string
}

func addResolveFlags(cmd *cobra.Command, f *resolveFlags) {
	cmd.Flags().BoolVar(&f.Demonyms, "demonyms", false, `count demonyms ("Russian") as mentions of their country`)
	cmd.Flags().StringVar(&f.Aliases, "aliases", "", "CSV file of alias,canonical[,type] rules that merge or rename entities")
	cmd.Flags().StringVar(&f.Exclude, "exclude", "", "file of entity names or ids to drop, one per line")
}

func (f *resolveFlags) options() (extract.ResolveOptions, error) {
	o := extract.ResolveOptions{Demonyms: f.Demonyms}
	if f.Aliases != "" {
		fh, err := os.Open(f.Aliases)
		if err != nil {
			return o, fmt.Errorf("aliases: %w", err)
		}
		defer fh.Close()
		if o.Aliases, err = extract.ReadAliases(fh, f.Aliases); err != nil {
			return o, err
		}
	}
	if f.Exclude != "" {
		fh, err := os.Open(f.Exclude)
		if err != nil {
			return o, fmt.Errorf("exclude: %w", err)
		}
		defer fh.Close()
		if o.Exclude, err = extract.ReadExclude(fh, f.Exclude); err != nil {
			return o, err
		}
	}
	return o, nil
}
