package main

import (
	"fmt"

	"github.com/nergraph/nergraph/export"
	"github.com/spf13/cobra"
)

// positionsValue is the --layout flag: auto, on or off.
type positionsValue export.Positions

func (v *positionsValue) String() string { return export.Positions(*v).String() }

func (v *positionsValue) Set(s string) error {
	p, err := export.ParsePositions(s)
	if err != nil {
		return err
	}
	*v = positionsValue(p)
	return nil
}

func (v *positionsValue) Type() string { return "mode" }

// addLayoutFlag adds --layout, which fills p.
func addLayoutFlag(cmd *cobra.Command, p *export.Positions) {
	cmd.Flags().Var((*positionsValue)(p), "layout", fmt.Sprintf(
		"node positions (a ForceAtlas2 layout) in the output: auto lays out gexf, graphml, cyjs and html "+
			"of up to %s entities (html always), on every format with attributes, off none (not for html); "+
			"communities, degree and PageRank are always written; svg and png are laid out by Graphviz",
		thousands(export.AutoPositionsMax)))
}

// checkLayout fails with a usage error, before any work, for --layout off
// with html, whose page is a drawing of the positions.
func checkLayout(out, format string, p export.Positions) error {
	if p == export.PositionsOff && outputFormat(out, format) == "html" {
		return usagef("--layout off: html draws the layout, it needs positions (use --layout auto or on)")
	}
	return nil
}
