package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
)

// resolveFlags are the entity-resolution flags shared by build and extract.
type resolveFlags struct {
	demonyms    bool
	dropSources bool
	successors  bool
	aliases     string
	exclude     string
}

// addResolveFlags registers --demonyms, --drop-sources, --aliases and
// --exclude on cmd.
func addResolveFlags(cmd *cobra.Command, f *resolveFlags) {
	fs := cmd.Flags()
	fs.BoolVar(&f.demonyms, "demonyms", false, `count demonyms ("Russian") as mentions of their country`)
	fs.BoolVar(&f.dropSources, "drop-sources", false, `leave out entities mentioned only as credits ("(Reuters)", "KCNA said")`)
	fs.BoolVar(&f.successors, "successor-countries", false, "count former countries (the Soviet Union, West Germany, Yugoslavia...) as the countries that succeeded them")
	fs.StringVar(&f.aliases, "aliases", "", "CSV `FILE` of alias,canonical[,type] rules that merge or rename entities")
	fs.StringVar(&f.exclude, "exclude", "", "`FILE` of names or ids to drop, one per line")
}

// maxRuleFile bounds an --aliases or --exclude file: rules are written by
// hand, and /dev/zero must not fill the memory.
const maxRuleFile = 64 << 20

// options reads the alias and exclude files and returns the resolver
// options. Errors name the file (and line, for a bad rule).
func (f *resolveFlags) options() (extract.ResolveOptions, error) {
	opts := extract.ResolveOptions{Demonyms: f.demonyms, DropSources: f.dropSources, Successors: f.successors}
	if f.aliases != "" {
		file, err := input.OpenRegular(f.aliases, maxRuleFile, "a smaller file")
		if err != nil {
			return opts, fmt.Errorf("aliases: %w", err)
		}
		defer file.Close()
		if opts.Aliases, err = extract.ReadAliases(file, f.aliases); err != nil {
			return opts, err
		}
	}
	if f.exclude != "" {
		file, err := input.OpenRegular(f.exclude, maxRuleFile, "a smaller file")
		if err != nil {
			return opts, fmt.Errorf("exclude: %w", err)
		}
		defer file.Close()
		if opts.Exclude, err = extract.ReadExclude(file, f.exclude); err != nil {
			return opts, err
		}
	}
	return opts, nil
}
