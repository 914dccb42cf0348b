package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/nergraph/nergraph/api"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

type queryOptions struct {
	DB           string
	JSON         bool
	Since, Until string
	Limit        int
	Type         string
	Curate       curateFlags
}

// articleIDsShown is how many article ids a table cell lists.
const articleIDsShown = 5

func newQueryCmd(ios *IOStreams) *cobra.Command {
	var opts queryOptions
	cmd := &cobra.Command{
		Use:   "query --db FILE COMMAND",
		Short: "Answer questions about the graph in a store",
		Long: `query answers questions about the graph in a store made by ingest: who is
mentioned with an entity, how two entities are linked, who is mentioned most,
what the store knows of an entity, and which articles mention some entities.

NAME is an entity id ("person:vladimir-putin"), a label or an alias, in any
case; a name several entities go by equally often is refused with their ids.
The answers are computed on the same graph export writes, after partial names
are linked across articles, optionally cut to the articles dated in
--since/--until and curated by --aliases and --exclude as export curates it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return usagef("missing query: one of neighbors, path, top, entity, articles, relations")
		},
	}
	p := cmd.PersistentFlags()
	p.StringVar(&opts.DB, "db", "", "graph store made by ingest: an SQLite file or a postgres:// URL")
	p.BoolVar(&opts.JSON, "json", false, "write JSON instead of a table")
	p.StringVar(&opts.Since, "since", "", "only articles dated at or after this date (2006-01-02 or RFC 3339)")
	p.StringVar(&opts.Until, "until", "", "only articles dated at or before this date; a bare date includes the whole day")
	addCurateFlags(cmd, true, &opts.Curate)

	withQuerier := func(run func(ctx context.Context, q graphstore.Querier, args []string) error) func(*cobra.Command, []string) error {
		return func(cmd *cobra.Command, args []string) error {
			return runQuery(cmd.Context(), ios, opts, func(ctx context.Context, q graphstore.Querier) error {
				return run(ctx, q, args)
			})
		}
	}

	neighbors := &cobra.Command{
		Use:     "neighbors NAME",
		Short:   "List the entities mentioned with NAME, by number of articles",
		Example: "  nergraph query --db graph.db neighbors Putin --limit 10",
		Args:    cobra.ExactArgs(1),
		RunE: withQuerier(func(ctx context.Context, q graphstore.Querier, args []string) error {
			return queryNeighbors(ctx, ios.Out, q, args[0], opts)
		}),
	}
	neighbors.Flags().IntVarP(&opts.Limit, "limit", "n", 20, "show at most this many neighbors, 0 for all")

	path := &cobra.Command{
		Use:     "path NAME NAME",
		Short:   "Show a shortest chain of co-mentions between two entities, with the articles of each hop",
		Example: `  nergraph query --db graph.db path "Kim Jong Un" "Donald Trump"`,
		Args:    cobra.ExactArgs(2),
		RunE: withQuerier(func(ctx context.Context, q graphstore.Querier, args []string) error {
			return queryPath(ctx, ios.Out, q, args[0], args[1], opts)
		}),
	}

	top := &cobra.Command{
		Use:     "top",
		Short:   "List the entities mentioned in the most articles",
		Example: "  nergraph query --db graph.db top --type PERSON -n 10",
		Args:    cobra.NoArgs,
		RunE: withQuerier(func(ctx context.Context, q graphstore.Querier, args []string) error {
			return queryTop(ctx, ios.Out, q, opts)
		}),
	}
	top.Flags().IntVarP(&opts.Limit, "limit", "n", 20, "show at most this many entities, 0 for all")
	top.Flags().StringVarP(&opts.Type, "type", "t", "", "only entities of this type: PERSON, ORG, COUNTRY, LOCATION or MISC")

	entity := &cobra.Command{
		Use:     "entity NAME",
		Short:   "Show an entity's names, counts and first and last article dates",
		Example: "  nergraph query --db graph.db entity Putin",
		Args:    cobra.ExactArgs(1),
		RunE: withQuerier(func(ctx context.Context, q graphstore.Querier, args []string) error {
			return queryEntity(ctx, ios.Out, q, args[0], opts)
		}),
	}

	articles := &cobra.Command{
		Use:     "articles NAME [NAME]",
		Short:   "List the articles that mention an entity, or both of two",
		Example: `  nergraph query --db graph.db articles Putin "North Korea"`,
		Args:    cobra.RangeArgs(1, 2),
		RunE: withQuerier(func(ctx context.Context, q graphstore.Querier, args []string) error {
			return queryArticles(ctx, ios.Out, q, args, opts)
		}),
	}
	relations := newQueryRelationsCmd(&opts, withQuerier, func() io.Writer { return ios.Out })
	cmd.AddCommand(neighbors, path, top, entity, articles, relations)
	return cmd
}

// runQuery opens the store of opts for a query, runs it, and closes the
// store.
func runQuery(ctx context.Context, ios *IOStreams, opts queryOptions, run func(context.Context, graphstore.Querier) error) error {
	if opts.DB == "" {
		return usagef("--db is required")
	}
	since, until, err := parseWindow(opts.Since, opts.Until)
	if err != nil {
		return err
	}
	c, err := opts.Curate.curation()
	if err != nil {
		return err
	}
	st, err := graphstore.Open(ctx, opts.DB, graphstore.OpenOptions{})
	if err != nil {
		return err
	}
	defer st.Close()
	if !c.IsZero() {
		// The cache holds the graph as ingested: a curated one is made from
		// the store's articles.
		g, err := curatedGraph(ctx, st, since, until, c)
		if err != nil {
			return err
		}
		return run(ctx, graphstore.QuerierOf(g))
	}
	q, cached, err := st.Querier(ctx, since, until)
	if err != nil {
		return err
	}
	if !cached && since.IsZero() && until.IsZero() {
		// A fresh cache is passed over only for a SQLite store of schema 6
		// ingested with --min-confidence, whose cache counts the unsure
		// nodes the graph leaves out (schema 7's does not).
		if rules, other := otherRules(ctx, st); other {
			fmt.Fprintf(ios.ErrOut, "nergraph: %s; loading the whole graph (nergraph ingest --db %s with any input refreshes it)\n",
				graphstore.OtherRulesNote(rules), redactURL(opts.DB))
		} else if fresh, err := st.Fresh(ctx); err == nil && fresh {
			fmt.Fprintln(ios.ErrOut, "nergraph: the store's query cache was made by an older nergraph that counts the nodes --min-confidence leaves out; loading the whole graph (an ingest or refresh migrates the store)")
		} else {
			fmt.Fprintln(ios.ErrOut, "nergraph: the store's query cache is out of date (an ingest ran with --refresh=false, was interrupted or is running); loading the whole graph")
		}
	}
	return run(ctx, q)
}

// parseWindow reads --since and --until. A bare date as --until means the
// end of that day.
func parseWindow(since, until string) (time.Time, time.Time, error) {
	var s, u time.Time
	var err error
	if since != "" {
		if s, err = input.ParseDate(since); err != nil {
			return s, u, usagef("--since: %v", err)
		}
	}
	if until != "" {
		if u, err = input.ParseDate(until); err != nil {
			return s, u, usagef("--until: %v", err)
		}
		if len(strings.TrimSpace(until)) == len(time.DateOnly) { // a bare date
			u = u.AddDate(0, 0, 1).Add(-time.Nanosecond)
		}
	}
	if !s.IsZero() && !u.IsZero() && u.Before(s) {
		return s, u, usagef("--until %s is before --since %s", until, since)
	}
	return s, u, nil
}

func newTable(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0) }

// ids lists the first few article ids for a table cell.
func ids(articles []string) string {
	if len(articles) <= articleIDsShown {
		return strings.Join(articles, " ")
	}
	return strings.Join(articles[:articleIDsShown], " ") + fmt.Sprintf(" (+%d more)", len(articles)-articleIDsShown)
}

// The queries compute their answers with package api, which the server
// answers with too, so that --json and serve write the same.

func queryNeighbors(ctx context.Context, w io.Writer, q graphstore.Querier, name string, opts queryOptions) error {
	a, err := api.Neighbors(ctx, q, name, opts.Limit)
	if err != nil || opts.JSON {
		return jsonOr(w, a, err)
	}
	tw := newTable(w)
	fmt.Fprintf(tw, "%s (%s): %s\n", a.Entity.Label, a.Entity.ID, plural(a.Total, "neighbor"))
	fmt.Fprintln(tw, "NEIGHBOR\tTYPE\tARTICLES\tSENTENCES\tNPMI\tRELATION\tARTICLE IDS")
	for _, nb := range a.Neighbors {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.2f\t%s\t%s\n", nb.Label, nb.Type, nb.Weight, nb.Sentences, nb.NPMI,
			topRelationCell(nb, a.Entity.ID), ids(nb.Articles))
	}
	return tw.Flush()
}

// jsonOr returns err, or writes the answer a as JSON when err is nil.
func jsonOr(w io.Writer, a any, err error) error {
	if err != nil {
		return err
	}
	return api.Encode(w, a)
}

func queryPath(ctx context.Context, w io.Writer, q graphstore.Querier, from, to string, opts queryOptions) error {
	a, err := api.Path(ctx, q, from, to)
	if err != nil || opts.JSON {
		return jsonOr(w, a, err)
	}
	tw := newTable(w)
	fmt.Fprintf(tw, "%s to %s: %s\n", a.From.Label, a.To.Label, plural(len(a.Hops), "hop"))
	fmt.Fprintln(tw, "FROM\tTO\tARTICLES\tARTICLE IDS")
	for _, h := range a.Hops {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", h.From.Label, h.To.Label, h.Weight, ids(h.Articles))
	}
	return tw.Flush()
}

func queryTop(ctx context.Context, w io.Writer, q graphstore.Querier, opts queryOptions) error {
	typ, ok := extract.ParseType(opts.Type)
	if !ok && opts.Type != "" {
		return usagef("--type %q: want PERSON, ORG, COUNTRY, LOCATION or MISC", opts.Type)
	}
	top, err := api.Top(ctx, q, typ, opts.Limit)
	if err != nil || opts.JSON {
		return jsonOr(w, top, err)
	}
	tw := newTable(w)
	fmt.Fprintln(tw, "RANK\tENTITY\tTYPE\tARTICLES\tMENTIONS\tNEIGHBORS\tID")
	for i, n := range top {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%d\t%s\n", i+1, n.Label, n.Type, n.Articles, n.Mentions, n.Neighbors, n.ID)
	}
	return tw.Flush()
}

// day writes the date of t, "-" for none.
func day(t *time.Time) string {
	if t == nil || t.IsZero() {
		return "-"
	}
	return t.Format(time.DateOnly)
}

func queryEntity(ctx context.Context, w io.Writer, q graphstore.Querier, name string, opts queryOptions) error {
	a, err := api.EntityOf(ctx, q, name)
	if err != nil || opts.JSON {
		return jsonOr(w, a, err)
	}
	tw := newTable(w)
	fmt.Fprintf(tw, "id\t%s\n", a.ID)
	fmt.Fprintf(tw, "label\t%s\n", a.Label)
	fmt.Fprintf(tw, "type\t%s\n", a.Type)
	if a.ISO != "" {
		fmt.Fprintf(tw, "iso\t%s\n", a.ISO)
	}
	fmt.Fprintf(tw, "articles\t%d\n", a.Articles)
	fmt.Fprintf(tw, "mentions\t%d (%d as a source)\n", a.Mentions, a.Sources)
	fmt.Fprintf(tw, "neighbors\t%d\n", a.Neighbors)
	fmt.Fprintf(tw, "first seen\t%s\n", day(a.First))
	fmt.Fprintf(tw, "last seen\t%s\n", day(a.Last))
	var als []string
	for _, al := range a.Aliases {
		als = append(als, fmt.Sprintf("%s (%d)", al.Name, al.Count))
	}
	fmt.Fprintf(tw, "aliases\t%s\n", strings.Join(als, ", "))
	return tw.Flush()
}

func queryArticles(ctx context.Context, w io.Writer, q graphstore.Querier, names []string, opts queryOptions) error {
	a, err := api.Articles(ctx, q, names...)
	if err != nil || opts.JSON {
		return jsonOr(w, a, err)
	}
	var labels []string
	for _, e := range a.Entities {
		labels = append(labels, e.Label)
	}
	tw := newTable(w)
	verb := "mention"
	if len(a.Articles) == 1 {
		verb = "mentions"
	}
	fmt.Fprintf(tw, "%s %s %s\n", plural(len(a.Articles), "article"), verb, strings.Join(labels, " and "))
	fmt.Fprintln(tw, "ARTICLE\tDATE\tTITLE")
	for _, ar := range a.Articles {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", ar.ID, day(ar.Date), ar.Title)
	}
	return tw.Flush()
}

// plural says "1 article", "2 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return thousands(n) + " " + noun + "s"
}
