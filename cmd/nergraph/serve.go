package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/nergraph/nergraph/api"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

type serveOptions struct {
	db          string
	addr        string
	pageTop     int
	maxResponse int // MiB
	timeout     time.Duration
	maxLag      time.Duration
	preload     bool
}

func newServeCmd(ios *IOStreams) *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve --db FILE [--addr HOST:PORT]",
		Short: "Serve the graph of a store: its page, and a JSON API of the queries",
		Long: `serve answers over HTTP, read-only, from a store made by ingest: the
interactive page of its graph at /, and the answers of query --json and
export -f json under /api:

  /api/top?type=&limit=                  /api/entity?name=NAME
  /api/neighbors?name=NAME&limit=        /api/articles?name=A[&name=B]
  /api/path?from=A&to=B                  /api/relations?name=A[&name=B]
  /api/graph?types=&min_weight=&min_mentions=&top=&ego=&depth=

Every endpoint takes since= and until= as query and export take --since and
--until; the page takes the parameters of /api/graph, and shows the --page-top
most connected entities unless top= says otherwise (top=0 for all).

Errors are JSON {"error", "status"}: 400 for a bad or unknown parameter or an
answer over --max-response, 404 for a name of no entity, 409 for a name
several entities go by (with their ids), 405 for methods other than GET and
HEAD, 503 past --timeout. It listens on 127.0.0.1 unless --addr says
otherwise, and then answers only requests for localhost.

It reads the store's graph at start (--preload) and answers from it, with
the answers query gives; until then, or with --preload=false, queries on the
whole store answer from the store's cache when it is current, as query does.
An ingest may add articles meanwhile: when the store grew, the graph is read
again, and answers lag at most --max-lag behind the store. Ctrl-C or SIGTERM
stops it, letting the requests in progress finish.`,
		Example: `  nergraph serve --db graph.db
  curl 'http://127.0.0.1:8080/api/neighbors?name=Putin&limit=5'
  nergraph serve --db graph.db --addr :8080    # every interface: mind who can reach it`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.db == "" {
				return usagef("--db is required")
			}
			if o.maxResponse < 1 || o.timeout <= 0 || o.maxLag < 0 {
				return usagef("--max-response and --timeout must be positive, --max-lag not negative")
			}
			return runServe(cmd.Context(), ios, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.db, "db", "", "graph store made by ingest (a file, or a postgres:// URL)")
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT (port 0 picks a free one)")
	f.IntVar(&o.pageTop, "page-top", 500, "entities the page at / shows when the request gives no top=")
	f.IntVar(&o.maxResponse, "max-response", 64, "largest answer in MiB; a request for more gets 400")
	f.DurationVar(&o.timeout, "timeout", 30*time.Second, "longest time to answer one request")
	f.BoolVar(&o.preload, "preload", true, "read the store's graph at start, so the page opens at once and queries answer from memory (takes the memory export takes)")
	f.DurationVar(&o.maxLag, "max-lag", time.Minute, "while an ingest adds articles, answers may lag this far behind the store (a new graph is read meanwhile); 0 makes every answer wait for the latest")
	return cmd
}

// runServe serves until ctx is cancelled, then shuts the server down,
// giving the requests in progress up to 5 seconds.
func runServe(ctx context.Context, ios *IOStreams, o serveOptions) error {
	ro := graphstore.OpenOptions{ReadOnly: true}
	// Open once now, so that a missing or foreign store fails at once.
	st, err := graphstore.Open(ctx, o.db, ro)
	if err != nil {
		return err
	}
	if rules, other := otherRules(ctx, st); other {
		fmt.Fprintf(ios.ErrOut, "nergraph: %s; answering from the graph loaded whole (nergraph ingest --db %s with any input refreshes it)\n",
			graphstore.OtherRulesNote(rules), redactURL(o.db))
	}
	st.Close()
	cfg := api.Config{
		Open:        func(ctx context.Context) (graphstore.Store, error) { return graphstore.Open(ctx, o.db, ro) },
		Name:        storeName(o.db),
		PageTop:     o.pageTop,
		MaxResponse: o.maxResponse << 20,
		Timeout:     o.timeout,
		MaxLag:      o.maxLag,
	}
	if o.maxLag == 0 {
		cfg.MaxLag = -1 // none
	}
	if api.IsLoopback(o.addr) {
		cfg.Hosts = api.LoopbackHosts
	}
	h := api.NewHandler(cfg)
	defer h.Close()
	if o.preload {
		h.Preload()
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	srv := api.NewServer(o.addr, h)
	fmt.Fprintf(ios.ErrOut, "nergraph: serving %s on http://%s/ (Ctrl-C stops)\n", o.db, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(ios.ErrOut, "nergraph: stopped")
	return nil
}
