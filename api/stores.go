package api

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

// pool hands out open stores, one request at a time each, as the Store
// contract asks, opening up to cap(slots) of them as requests need them.
type pool struct {
	open  func(ctx context.Context) (graphstore.Store, error)
	slots chan struct{}         // one per store open
	idle  chan graphstore.Store // open stores not in use
	mu    sync.Mutex            // guards all
	all   []graphstore.Store    // every store opened, to close them
}

func newPool(n int, open func(ctx context.Context) (graphstore.Store, error)) *pool {
	return &pool{open: open, slots: make(chan struct{}, n), idle: make(chan graphstore.Store, n)}
}

// get returns a store for the caller alone, opening one when none is idle
// and fewer than the limit are open, else waiting for one until ctx ends.
func (p *pool) get(ctx context.Context) (graphstore.Store, error) {
	select {
	case s := <-p.idle:
		return s, nil
	default:
	}
	select {
	case s := <-p.idle:
		return s, nil
	case p.slots <- struct{}{}:
		s, err := p.open(ctx)
		if err != nil {
			<-p.slots
			return nil, err
		}
		p.mu.Lock()
		p.all = append(p.all, s)
		p.mu.Unlock()
		return s, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for the store: %w", ctx.Err())
	}
}

// put gives back a store that get returned.
func (p *pool) put(s graphstore.Store) { p.idle <- s }

// close closes every store opened; none may be in use.
func (p *pool) close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	var errs []error
	for _, s := range p.all {
		errs = append(errs, s.Close())
	}
	p.all = nil
	return errors.Join(errs...)
}

// window is a time window of a store's articles; the zero window is all.
type window struct{ since, until time.Time }

func (w window) whole() bool { return w.since.IsZero() && w.until.IsZero() }

func (w window) key() string {
	return w.since.UTC().Format(time.RFC3339Nano) + "/" + w.until.UTC().Format(time.RFC3339Nano)
}

// loaded is a graph of a window read from the store, with a querier over
// it, the store's article count when it was read (the store only grows, so
// the same count means the same graph) and the time of that count.
type loaded struct {
	g        *graphstore.Graph
	q        graphstore.Querier
	articles int
	at       time.Time
}

// entry is a cached graph and the state of its loading.
type entry struct {
	cur     *loaded       // the graph answers come from; nil until the first load
	err     error         // the error of the last load, when cur is nil
	loading chan struct{} // closed when the running load ends; nil when none runs
	checked time.Time     // when the store last had cur's article count
	used    time.Time
}

// graphs keeps the graphs of the windows asked for most recently, loading
// each once however many requests ask for it at once. A graph checked
// longer than recheck ago is checked again against the store's article
// count, and read again when the store grew. Until the new graph is read,
// requests get the one before if it was current less than maxLag ago, and
// wait for the new one otherwise.
type graphs struct {
	pool    *pool
	base    context.Context // cancelled when the server closes
	recheck time.Duration
	maxLag  time.Duration
	load    time.Duration // bound on one load
	max     int           // windows kept
	now     func() time.Time

	mu      sync.Mutex
	entries map[string]*entry
}

// get returns the graph of w, as current as the type says, waiting for a
// load until ctx ends.
func (c *graphs) get(ctx context.Context, w window) (*loaded, error) {
	c.mu.Lock()
	e, ok := c.entries[w.key()]
	if !ok {
		c.evict()
		e = &entry{}
		c.entries[w.key()] = e
		c.startLoad(e, w)
	}
	e.used = c.now()
	check := e.cur != nil && e.loading == nil && c.now().Sub(e.checked) >= c.recheck
	c.mu.Unlock()
	if check {
		c.revalidate(ctx, e, w)
	}
	c.mu.Lock()
	wait := e.loading
	if e.cur != nil && c.now().Sub(e.checked) <= c.maxLag {
		wait = nil // the graph before is recent enough
	}
	c.mu.Unlock()
	if wait != nil {
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, fmt.Errorf("load the graph: %w", ctx.Err())
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.cur == nil {
		err := e.err
		if c.entries[w.key()] == e {
			delete(c.entries, w.key()) // the next request tries again
		}
		return nil, err
	}
	return e.cur, nil
}

// has reports whether the graph of w is in memory.
func (c *graphs) has(w window) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[w.key()]
	return ok && e.cur != nil
}

// revalidate asks the store for its article count and, when it differs
// from that of e's graph, starts reading the graph again. On an error the
// graph stays as it is.
func (c *graphs) revalidate(ctx context.Context, e *entry, w window) {
	s, err := c.pool.get(ctx)
	if err != nil {
		return
	}
	at := c.now()
	st, err := s.Stats(ctx)
	c.pool.put(s)
	if err != nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case e.loading != nil:
	case st.Articles == e.cur.articles:
		e.checked = at
	default:
		c.startLoad(e, w)
	}
}

// startLoad reads the graph of w into e in the background, bounded by the
// load time and the server's life rather than by the request that asked.
// c.mu must be held.
func (c *graphs) startLoad(e *entry, w window) {
	done := make(chan struct{})
	e.loading = done
	go func() {
		ctx, cancel := context.WithTimeout(c.base, c.load)
		defer cancel()
		l, err := c.read(ctx, w)
		c.mu.Lock()
		defer c.mu.Unlock()
		e.loading = nil
		if err == nil {
			e.cur, e.checked = l, l.at
		} else if e.cur == nil {
			e.err = err
		}
		close(done)
	}()
}

// read reads the graph of w and the article count it goes with: the count
// first, so that a batch committed in between makes the count lower, not
// higher, and the graph is read again at the next check.
func (c *graphs) read(ctx context.Context, w window) (*loaded, error) {
	s, err := c.pool.get(ctx)
	if err != nil {
		return nil, err
	}
	defer c.pool.put(s)
	at := c.now()
	st, err := s.Stats(ctx)
	if err != nil {
		return nil, err
	}
	g, err := s.Graph(ctx, w.since, w.until)
	if err != nil {
		return nil, err
	}
	g.NumNodes() // links the graph's names now rather than in the first request
	return &loaded{g: g, q: graphstore.QuerierOf(g), articles: st.Articles, at: at}, nil
}

// evict drops the least recently used graph that is not loading when the
// cache is full. c.mu must be held.
func (c *graphs) evict() {
	if len(c.entries) < c.max {
		return
	}
	var oldest string
	for k, e := range c.entries {
		if e.loading != nil {
			continue
		}
		if oldest == "" || e.used.Before(c.entries[oldest].used) {
			oldest = k
		}
	}
	if oldest != "" {
		delete(c.entries, oldest)
	}
}
