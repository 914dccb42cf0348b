package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

type buildOptions struct {
	in         inputOptions
	out        string
	format     string
	window     string
	filter     graphstore.Filter
	positions  export.Positions
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
standard input. A .txt file, or a file with no extension, is one article (a
first line of its own is its date when it reads as one, such as "Sun. Jul
7th, 2024", else its title unless it ends in a period; over --split-size,
one article per paragraph); .jsonl and .ndjson files hold one JSON article
per line (id, title, text or body or content or description, date, url,
source, author; --fields maps other names and nested paths); .csv files
have a header row naming those columns, or --columns names them; .sgm files
are Reuters-21578 SGML; .html pages give their main text and metadata;
.rss and .atom feeds one article per item; .warc archives one article per
HTML page. Standard input and unknown extensions are told by their content.
Any of them may be gzip-compressed (.gz). Articles with the same cleaned
text are counted once (--dedup near: nearly the same); articles not in
English are passed over (--lang any keeps them).

--since and --until keep only the articles dated in that period (undated
articles are then left out); a bare date as --until includes that whole
day. The graph is the one export makes of a store of the same articles with
the same period, unless two articles share an id or a text and only the
later one is in the period.

The format comes from -f, else from the -o extension (one no format has is
an error), else DOT.`,
		Example: `  nergraph build testdata/articles -o graph.dot
  nergraph build --columns label,title,text news.csv -f json -o graph.json
  nergraph build articles.jsonl --types PERSON,COUNTRY --min-weight 2 -o people.gexf
  cat article.txt | nergraph build - | dot -Tsvg > graph.svg`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("no input: give files, folders or - for standard input")
			}
			if err := checkFilterFlags(cmd, &o.filter); err != nil {
				return err
			}
			return runBuild(cmd.Context(), ios, o, args)
		},
	}
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "output file (default: standard output); a folder for -f csv")
	cmd.Flags().StringVarP(&o.format, "format", "f", "", "output format: "+joinFormats()+" (default: from the -o extension, else dot)")
	cmd.Flags().StringVar(&o.window, "window", "article", "entities count as mentioned together within this: article, paragraph, sentence or a number of sentences; articles of more than "+fmt.Sprint(graphstore.GuardEntities)+" entities are counted by sentence whatever it says")
	addInputFlags(cmd, &o.in)
	addLayoutFlag(cmd, &o.positions)
	addEdgeLabelsFlag(cmd, &o.edgeLabels)
	addFilterFlags(cmd, &o.filter, "nergraph build %s articles.jsonl")
	return cmd
}

// checkOutputFormat fails with a usage error, before any work, when -f
// names no format, or when -o has an extension that names none and -f is
// not given: the output would be DOT under a name that says otherwise.
func checkOutputFormat(out, format string) error {
	if format != "" {
		if _, err := export.Lookup(format); err != nil {
			return &usageError{err}
		}
		return nil
	}
	if out == "" || out == "-" || export.ForPath(out) != "" {
		return nil
	}
	if ext := filepath.Ext(out); ext != "" {
		return usagef("-o %s: no output format has the extension %s; give -f (%s)", out, ext, joinFormats())
	}
	return nil
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
	if err := checkOutputFormat(o.out, o.format); err != nil {
		return err
	}
	if err := checkLayout(o.out, o.format, o.positions); err != nil {
		return err
	}
	w, err := graphstore.ParseWindow(o.window)
	if err != nil {
		return usagef("--window: %v", err)
	}
	g := graphstore.New()
	g.SetWindow(w)
	if _, err := runPipeline(ctx, ios, o.in, paths, nil, func(doc *extract.Doc) error {
		g.Add(doc)
		return nil
	}); err != nil {
		return err
	}
	if ids := g.Guarded(); len(ids) > 0 {
		fmt.Fprintf(ios.ErrOut, "warning: %d articles name more than %d entities and were counted with a sentence window, first: %s\n",
			len(ids), graphstore.GuardEntities, ids[0])
	}
	if n := g.UnsureNodes(); n > 0 && !o.in.Quiet {
		fmt.Fprintf(ios.ErrOut, "%s nodes left out: the recognizer was unsure of every entity linked to them (--min-confidence)\n", thousands(n))
	}
	// Not a usage error: whether --ego names an entity is known only now,
	// after the work, and the flags were checked before it.
	fg, err := g.Filter(o.filter)
	if err != nil {
		return err
	}
	about := aboutInputs(paths, g.Len(), o.filter, o.in.read.since, o.in.read.until, egoID(fg, o.filter))
	return writeGraphDrawing(ctx, ios, o.out, o.format, fg, drawing{drawLimit(o.filter), about, o.positions, o.edgeLabels})
}
