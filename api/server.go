package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

// Config says what a [Handler] serves and within which limits. Zero
// fields take the defaults named.
type Config struct {
	// Open opens the store, read-only where the backend can. The handler
	// opens up to Stores of them, and uses each for one request at a time.
	Open   func(ctx context.Context) (graphstore.Store, error)
	Stores int // default 4

	Name    string // the store's name, the page's title; default "nergraph"
	PageTop int    // the page's top when the request gives none; default 500

	MaxResponse int // bytes an answer may take; default 64 MiB
	// MaxConcurrent bounds the answers made at once (each may hold up to
	// MaxResponse bytes); others wait for a turn within the time limit.
	// Default 16.
	MaxConcurrent int
	MaxURL        int           // bytes of path and query string; default 4,096
	Timeout       time.Duration // per request; default 30 s
	// The page, /api/graph, windows (since, until) and the queries while
	// the store's cache is stale (an ingest is running) are answered from
	// a graph read from the store and kept. Recheck is how long it is used
	// before the store is asked whether it grew; default 2 s. When it did,
	// the graph is read again, and until then requests get the graph
	// before if it was current less than MaxLag ago (default 1 min; a
	// negative MaxLag means never: they wait for the new one). LoadTimeout
	// bounds one read of a graph, which outlives the request that asked
	// for it; default 5 min.
	Recheck     time.Duration
	MaxLag      time.Duration
	LoadTimeout time.Duration
	// Hosts, when set, are the host names (without port) that requests
	// may name in their Host header; others get 403. A server on a
	// loopback address sets them to the loopback names, so that no web
	// page can reach it by a name of its own (DNS rebinding).
	Hosts []string
}

func (c *Config) defaults() {
	set := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	set(&c.Stores, 4)
	set(&c.PageTop, 500)
	set(&c.MaxResponse, 64<<20)
	set(&c.MaxConcurrent, 16)
	set(&c.MaxURL, 4096)
	setDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	setDur(&c.Timeout, 30*time.Second)
	setDur(&c.Recheck, 2*time.Second)
	switch {
	case c.MaxLag == 0:
		c.MaxLag = time.Minute
	case c.MaxLag < 0:
		c.MaxLag = 0
	}
	c.Recheck = min(c.Recheck, c.MaxLag) // no older than MaxLag, checked or not
	setDur(&c.LoadTimeout, 5*time.Minute)
	if c.Name == "" {
		c.Name = "nergraph"
	}
}

// Handler serves the page and the API over one store, read-only (see the
// package documentation). It is safe for concurrent use; Close releases
// the stores once the server has stopped.
type Handler struct {
	cfg    Config
	pool   *pool
	graphs *graphs
	stop   context.CancelFunc
	routes map[string]route
	busy   chan struct{} // one per answer being made
}

// route is one endpoint: the parameters it takes, and how it answers with
// a body and its media type.
type route struct {
	params []string
	run    func(ctx context.Context, p *params) ([]byte, string, error)
}

// NewHandler returns a handler over the store cfg.Open opens. It opens no
// store before the first request.
func NewHandler(cfg Config) *Handler {
	cfg.defaults()
	base, stop := context.WithCancel(context.Background())
	p := newPool(cfg.Stores, cfg.Open)
	h := &Handler{cfg: cfg, pool: p, stop: stop, busy: make(chan struct{}, cfg.MaxConcurrent),
		graphs: &graphs{pool: p, base: base, recheck: cfg.Recheck, maxLag: cfg.MaxLag, load: cfg.LoadTimeout, max: 2,
			now: time.Now, entries: map[string]*entry{}}}
	window := []string{"since", "until"}
	with := func(names ...string) []string { return append(names, window...) }
	h.routes = map[string]route{
		"/":              {graphParams, h.page},
		"/api/graph":     {graphParams, h.graph},
		"/api/top":       {with("type", "limit"), h.top},
		"/api/neighbors": {with("name", "limit"), h.neighbors},
		"/api/path":      {with("from", "to"), h.path},
		"/api/entity":    {with("name"), h.entity},
		"/api/articles":  {with("name"), h.articles},
		"/api/relations": {with("name"), h.relations},
	}
	return h
}

// Preload starts reading the graph of the whole store in the background,
// so that the first request for the page does not wait for it, and the
// queries answer from memory.
func (h *Handler) Preload() {
	go func() {
		// A failed read is read again at the next request that needs it.
		_, _ = h.graphs.get(h.graphs.base, window{})
	}()
}

// Close stops the graphs being loaded and closes the stores. Call it once
// the server has shut down.
func (h *Handler) Close() error {
	h.stop()
	return h.pool.close()
}

// NewServer returns an http.Server for h on addr with timeouts: 5 s to
// read the request's header and 10 s for all of it, the handler's time
// limit and a minute to write the answer, two minutes idle between
// requests, and 16 KiB of header.
func NewServer(addr string, h *Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      h.cfg.Timeout + time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
}

// LoopbackHosts are the host names of a loopback address, for
// [Config].Hosts.
var LoopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// IsLoopback reports whether the host of addr (host:port) is a loopback
// address or localhost.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// ServeHTTP checks the request (method, host, size), runs its endpoint
// within the time limit, and writes the answer or the error as JSON.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	w.Header().Set("Cache-Control", "no-store")
	if err := h.check(r); err != nil {
		if errors.Is(err, errMethod) {
			w.Header().Set("Allow", "GET, HEAD")
		}
		writeError(w, err)
		return
	}
	rt, ok := h.routes[r.URL.Path]
	if !ok {
		writeError(w, &Error{Status: http.StatusNotFound, Message: fmt.Sprintf("no endpoint %s (see /api/...)", r.URL.Path)})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	body, ctype, err := h.answer(ctx, rt, r.URL.RawQuery)
	if err != nil {
		writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body) // a failure is the client's: nothing to tell it
	}
}

var errMethod = errors.New("method not allowed")

// check refuses what no endpoint takes: other methods than GET and HEAD, a
// host not allowed, a URL over the limit, a body.
func (h *Handler) check(r *http.Request) error {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return &Error{Status: http.StatusMethodNotAllowed, Message: r.Method + " not allowed: the server is read-only (GET, HEAD)", err: errMethod}
	}
	if len(h.cfg.Hosts) > 0 {
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			host = r.Host
		}
		host = strings.Trim(host, "[]")
		if !containsFold(h.cfg.Hosts, host) {
			return &Error{Status: http.StatusForbidden, Message: fmt.Sprintf("host %q not allowed (the server answers to %s)", r.Host, strings.Join(h.cfg.Hosts, ", "))}
		}
	}
	if n := len(r.URL.RawPath) + len(r.URL.Path) + len(r.URL.RawQuery); n > h.cfg.MaxURL {
		return &Error{Status: http.StatusRequestURITooLong, Message: fmt.Sprintf("URL of %d bytes: the limit is %d", n, h.cfg.MaxURL)}
	}
	if r.ContentLength > 0 || len(r.TransferEncoding) > 0 {
		return &Error{Status: http.StatusRequestEntityTooLarge, Message: "requests have no body"}
	}
	return nil
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// answer reads the parameters rt takes and runs it. An answer that ran
// out of time is a 503, whatever error the store gave for it.
func (h *Handler) answer(ctx context.Context, rt route, rawQuery string) ([]byte, string, error) {
	p, err := parseParams(rawQuery, rt.params...)
	if err != nil {
		return nil, "", err
	}
	body, ctype, err := rt.run(ctx, p)
	var e *Error
	if err != nil && ctx.Err() != nil && !errors.As(err, &e) {
		return nil, "", &Error{Status: http.StatusServiceUnavailable,
			Message: fmt.Sprintf("no answer within %v; narrow the question or try again", h.cfg.Timeout), err: err}
	}
	return body, ctype, err
}

// turn waits for one of the MaxConcurrent turns to make an answer, and
// returns the function that gives it back; past ctx it fails with a 503.
func (h *Handler) turn(ctx context.Context) (func(), error) {
	release := func() { <-h.busy }
	select {
	case h.busy <- struct{}{}:
		return release, nil
	default:
	}
	select {
	case h.busy <- struct{}{}:
		return release, nil
	case <-ctx.Done():
		return nil, &Error{Status: http.StatusServiceUnavailable,
			Message: fmt.Sprintf("busy: no turn within %v; try again", h.cfg.Timeout), err: ctx.Err()}
	}
}

// Error is an error answer: an HTTP status, a message, and for a name that
// several entities go by, their ids.
type Error struct {
	Status     int
	Message    string
	Candidates []string
	err        error
}

func (e *Error) Error() string { return e.Message }
func (e *Error) Unwrap() error { return e.err }

func badRequest(format string, args ...any) *Error {
	return &Error{Status: http.StatusBadRequest, Message: fmt.Sprintf(format, args...)}
}

// errorOf maps an error of the answers to its HTTP status: a name of no
// entity or no path is 404, a name of several 409, the rest 500.
func errorOf(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	var amb *graphstore.AmbiguousError
	switch {
	case errors.As(err, &amb):
		return &Error{Status: http.StatusConflict, Message: err.Error(), Candidates: amb.Candidates, err: err}
	case errors.Is(err, graphstore.ErrNoEntity), errors.Is(err, graphstore.ErrNoPath):
		return &Error{Status: http.StatusNotFound, Message: err.Error(), err: err}
	}
	return &Error{Status: http.StatusInternalServerError, Message: err.Error(), err: err}
}

// writeError writes err as {"error", "status"[, "candidates"]}.
func writeError(w http.ResponseWriter, err error) {
	e := errorOf(err)
	var b bytes.Buffer
	_ = Encode(&b, struct { // strings into memory: it cannot fail
		Error      string   `json:"error"`
		Status     int      `json:"status"`
		Candidates []string `json:"candidates,omitempty"`
	}{e.Message, e.Status, e.Candidates})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(e.Status)
	_, _ = w.Write(b.Bytes()) // a failure is the client's
}

// capped is a buffer that refuses to grow past max bytes.
type capped struct {
	bytes.Buffer
	max int
}

var errTooLarge = errors.New("answer too large")

func (c *capped) Write(p []byte) (int, error) {
	if c.Len()+len(p) > c.max {
		return 0, errTooLarge
	}
	return c.Buffer.Write(p)
}

// write runs fill on a buffer of at most the response limit, and returns
// its bytes, or a 400 saying to narrow the question when it overflows.
func (h *Handler) write(fill func(io.Writer) error) ([]byte, error) {
	b := &capped{max: h.cfg.MaxResponse}
	if err := fill(b); err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, badRequest("the answer is over the limit of %d bytes: narrow it (top, types, min_weight, limit, since/until)", h.cfg.MaxResponse)
		}
		return nil, err
	}
	return b.Bytes(), nil
}
