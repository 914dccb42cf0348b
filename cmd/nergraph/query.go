package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

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
			return usagef("missing query: one of neighbors, path, top, entity, articles")
		},
	}
	p := cmd.PersistentFlags()
	p.StringVar(&opts.DB, "db", "", "graph store file made by ingest")
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
	cmd.AddCommand(neighbors, path, top, entity, articles)
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
		fmt.Fprintln(ios.ErrOut, "nergraph: the store's query cache is out of date (an ingest ran with --refresh=false, was interrupted or is running); loading the whole graph")
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

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func newTable(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0) }

// ids lists the first few article ids for a table cell.
func ids(articles []string) string {
	if len(articles) <= articleIDsShown {
		return strings.Join(articles, " ")
	}
	return strings.Join(articles[:articleIDsShown], " ") + fmt.Sprintf(" (+%d more)", len(articles)-articleIDsShown)
}

type nodeJSON struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Type  string `json:"type"`
}

func nodeOut(n graphstore.Node) nodeJSON {
	return nodeJSON{ID: n.ID, Label: n.Label, Type: string(n.Type)}
}

func queryNeighbors(ctx context.Context, w io.Writer, q graphstore.Querier, name string, opts queryOptions) error {
	n, err := q.Lookup(ctx, name)
	if err != nil {
		return err
	}
	nbs, err := q.Neighbors(ctx, n.ID)
	if err != nil {
		return err
	}
	total := len(nbs)
	if opts.Limit > 0 && len(nbs) > opts.Limit {
		nbs = nbs[:opts.Limit]
	}
	if opts.JSON {
		type nbJSON struct {
			nodeJSON
			Weight    int      `json:"weight"`
			Sentences int      `json:"sentences"`
			NPMI      float64  `json:"npmi"`
			Articles  []string `json:"articles"`
		}
		out := struct {
			Entity    nodeJSON `json:"entity"`
			Total     int      `json:"total"`
			Neighbors []nbJSON `json:"neighbors"`
		}{Entity: nodeOut(n), Total: total, Neighbors: []nbJSON{}}
		for _, nb := range nbs {
			out.Neighbors = append(out.Neighbors, nbJSON{nodeOut(nb.Node), nb.Edge.Weight, nb.Edge.Sentences, nb.Edge.NPMI, nb.Edge.Articles})
		}
		return writeJSON(w, out)
	}
	tw := newTable(w)
	fmt.Fprintf(tw, "%s (%s): %s\n", n.Label, n.ID, plural(total, "neighbor"))
	fmt.Fprintln(tw, "NEIGHBOR\tTYPE\tARTICLES\tSENTENCES\tNPMI\tARTICLE IDS")
	for _, nb := range nbs {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.2f\t%s\n", nb.Node.Label, nb.Node.Type, nb.Edge.Weight, nb.Edge.Sentences, nb.Edge.NPMI, ids(nb.Edge.Articles))
	}
	return tw.Flush()
}

func queryPath(ctx context.Context, w io.Writer, q graphstore.Querier, a, b string, opts queryOptions) error {
	from, err := q.Lookup(ctx, a)
	if err != nil {
		return err
	}
	to, err := q.Lookup(ctx, b)
	if err != nil {
		return err
	}
	hops, err := q.Path(ctx, from.ID, to.ID)
	if err != nil {
		return err
	}
	if opts.JSON {
		type hopJSON struct {
			From     nodeJSON `json:"from"`
			To       nodeJSON `json:"to"`
			Weight   int      `json:"weight"`
			Articles []string `json:"articles"`
		}
		out := struct {
			From nodeJSON  `json:"from"`
			To   nodeJSON  `json:"to"`
			Hops []hopJSON `json:"hops"`
		}{From: nodeOut(from), To: nodeOut(to), Hops: []hopJSON{}}
		for _, h := range hops {
			out.Hops = append(out.Hops, hopJSON{nodeOut(h.From), nodeOut(h.To), h.Edge.Weight, h.Edge.Articles})
		}
		return writeJSON(w, out)
	}
	tw := newTable(w)
	fmt.Fprintf(tw, "%s to %s: %s\n", from.Label, to.Label, plural(len(hops), "hop"))
	fmt.Fprintln(tw, "FROM\tTO\tARTICLES\tARTICLE IDS")
	for _, h := range hops {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", h.From.Label, h.To.Label, h.Edge.Weight, ids(h.Edge.Articles))
	}
	return tw.Flush()
}

func queryTop(ctx context.Context, w io.Writer, q graphstore.Querier, opts queryOptions) error {
	typ, ok := extract.ParseType(opts.Type)
	if !ok && opts.Type != "" {
		return usagef("--type %q: want PERSON, ORG, COUNTRY, LOCATION or MISC", opts.Type)
	}
	nodes, err := q.Top(ctx, typ, opts.Limit)
	if err != nil {
		return err
	}
	deg := map[string]int{}
	for _, n := range nodes {
		if deg[n.ID], err = q.Degree(ctx, n.ID); err != nil {
			return err
		}
	}
	if opts.JSON {
		type topJSON struct {
			nodeJSON
			Articles  int `json:"articles"`
			Mentions  int `json:"mentions"`
			Neighbors int `json:"neighbors"`
		}
		out := []topJSON{}
		for _, n := range nodes {
			out = append(out, topJSON{nodeOut(n), n.Articles, n.Mentions, deg[n.ID]})
		}
		return writeJSON(w, out)
	}
	tw := newTable(w)
	fmt.Fprintln(tw, "RANK\tENTITY\tTYPE\tARTICLES\tMENTIONS\tNEIGHBORS\tID")
	for i, n := range nodes {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%d\t%s\n", i+1, n.Label, n.Type, n.Articles, n.Mentions, deg[n.ID], n.ID)
	}
	return tw.Flush()
}

func day(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format(time.DateOnly)
}

func queryEntity(ctx context.Context, w io.Writer, q graphstore.Querier, name string, opts queryOptions) error {
	n, err := q.Lookup(ctx, name)
	if err != nil {
		return err
	}
	deg, err := q.Degree(ctx, n.ID)
	if err != nil {
		return err
	}
	if opts.JSON {
		type aliasJSON struct {
			Name  string `json:"name"`
			Count int    `json:"count"`
		}
		out := struct {
			nodeJSON
			ISO       string      `json:"iso,omitempty"`
			Mentions  int         `json:"mentions"`
			Articles  int         `json:"articles"`
			Sources   int         `json:"sources"`
			Neighbors int         `json:"neighbors"`
			First     *time.Time  `json:"first,omitempty"`
			Last      *time.Time  `json:"last,omitempty"`
			Aliases   []aliasJSON `json:"aliases"`
		}{nodeJSON: nodeOut(n), ISO: n.ISO, Mentions: n.Mentions, Articles: n.Articles, Sources: n.Sources, Neighbors: deg, Aliases: []aliasJSON{}}
		if !n.First.IsZero() {
			out.First, out.Last = &n.First, &n.Last
		}
		for _, a := range n.Aliases {
			out.Aliases = append(out.Aliases, aliasJSON{a.Name, a.Count})
		}
		return writeJSON(w, out)
	}
	tw := newTable(w)
	fmt.Fprintf(tw, "id\t%s\n", n.ID)
	fmt.Fprintf(tw, "label\t%s\n", n.Label)
	fmt.Fprintf(tw, "type\t%s\n", n.Type)
	if n.ISO != "" {
		fmt.Fprintf(tw, "iso\t%s\n", n.ISO)
	}
	fmt.Fprintf(tw, "articles\t%d\n", n.Articles)
	fmt.Fprintf(tw, "mentions\t%d (%d as a source)\n", n.Mentions, n.Sources)
	fmt.Fprintf(tw, "neighbors\t%d\n", deg)
	fmt.Fprintf(tw, "first seen\t%s\n", day(n.First))
	fmt.Fprintf(tw, "last seen\t%s\n", day(n.Last))
	var als []string
	for _, a := range n.Aliases {
		als = append(als, fmt.Sprintf("%s (%d)", a.Name, a.Count))
	}
	fmt.Fprintf(tw, "aliases\t%s\n", strings.Join(als, ", "))
	return tw.Flush()
}

func queryArticles(ctx context.Context, w io.Writer, q graphstore.Querier, names []string, opts queryOptions) error {
	var nodes []graphstore.Node
	var idList []string
	for _, name := range names {
		n, err := q.Lookup(ctx, name)
		if err != nil {
			return err
		}
		nodes = append(nodes, n)
		idList = append(idList, n.ID)
	}
	arts, err := q.ArticlesOf(ctx, idList...)
	if err != nil {
		return err
	}
	if opts.JSON {
		type artJSON struct {
			ID     string     `json:"id"`
			Title  string     `json:"title"`
			Date   *time.Time `json:"date,omitempty"`
			Source string     `json:"source,omitempty"`
			URL    string     `json:"url,omitempty"`
		}
		out := struct {
			Entities []nodeJSON `json:"entities"`
			Articles []artJSON  `json:"articles"`
		}{Articles: []artJSON{}}
		for _, n := range nodes {
			out.Entities = append(out.Entities, nodeOut(n))
		}
		for _, a := range arts {
			aj := artJSON{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL}
			if !a.Date.IsZero() {
				aj.Date = &a.Date
			}
			out.Articles = append(out.Articles, aj)
		}
		return writeJSON(w, out)
	}
	var labels []string
	for _, n := range nodes {
		labels = append(labels, n.Label)
	}
	tw := newTable(w)
	verb := "mention"
	if len(arts) == 1 {
		verb = "mentions"
	}
	fmt.Fprintf(tw, "%s %s %s\n", plural(len(arts), "article"), verb, strings.Join(labels, " and "))
	fmt.Fprintln(tw, "ARTICLE\tDATE\tTITLE")
	for _, a := range arts {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", a.ID, day(a.Date), a.Title)
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
