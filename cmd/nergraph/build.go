package main

import (
	"context"
	"fmt"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

type buildOptions struct {
	in         inputOptions
	out        string
	format     string
	filter     graphstore.Filter
	edgeLabels bool
}

func newBuildCmd(ios *IOStreams) *cobra.Command {
	var o buildOptions
	cmd := &cobra.Command{
		Use:   "build [flags] PATH...",
		Short: "Build the entity co-occurrence graph of articles and write it",
		Long: `Build reads articles, finds the people, organizations, countries and places
in each, and writes the graph of entities mentioned in the same article.

A PATH is a file, a folder (read recursively, in sorted order) or - for
standard input. A .txt file, or a file with no known extension, is one
article (a first line of its own is its date when it reads as one, such as
"Sun. Jul 7th, 2024", else its title unless it ends in a period); .jsonl and
.ndjson files hold one JSON article per line (id, title, text or body or
content or description, date, url, source); .csv files have a header row
naming those columns, or --columns names them; .sgm files are Reuters-21578
SGML. Any of them may be gzip-compressed (.gz). Articles with the same
cleaned text are counted once.

The format comes from -f, else from the -o extension, else DOT.`,
		Example: `  nergraph build testdata/articles -o graph.dot
  nergraph build --columns label,title,text news.csv -f json -o graph.json
  nergraph build articles.jsonl --types PERSON,COUNTRY --min-weight 2 -o people.gexf
  cat article.txt | nergraph build - | dot -Tsvg > graph.svg`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("no input: give files, folders or - for standard input")
			}
			return runBuild(cmd.Context(), ios, o, args)
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "output file (default: standard output); a folder for -f csv")
	cmd.Flags().StringVarP(&o.format, "format", "f", "", "output format: "+joinFormats()+" (default: from the -o extension, else dot)")
	addInputFlags(cmd, &o.in)
	addEdgeLabelsFlag(cmd, &o.edgeLabels)
	addFilterFlags(cmd, &o.filter)
	return cmd
}

func joinFormats() string {
	s := ""
	for i, f := range export.Formats() {
		if i > 0 {
			s += ", "
		}
		s += f
	}
	return s
}

func runBuild(ctx context.Context, ios *IOStreams, o buildOptions, paths []string) error {
	if o.format != "" {
		if _, err := export.Lookup(o.format); err != nil {
			return &usageError{err}
		}
	}
	g := graphstore.New()
	if _, err := runPipeline(ctx, ios, o.in, paths, nil, func(doc *extract.Doc) error {
		g.Add(doc)
		return nil
	}); err != nil {
		return err
	}
	fg, err := g.Filter(o.filter)
	if err != nil {
		return &usageError{fmt.Errorf("filter: %w", err)}
	}
	return writeGraphDrawing(ctx, ios, o.out, o.format, fg, drawLimit(o.filter), o.edgeLabels)
}
