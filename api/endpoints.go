package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/graphstore"
)

const (
	jsonType = "application/json; charset=utf-8"
	htmlType = "text/html; charset=utf-8"
)

// defaultLimit is the number of neighbors and top entities answered when
// the request gives no limit, as query's --limit.
const defaultLimit = 20

// querier returns a querier over the articles of w and the function that
// releases it. It is over the graph of w in memory, read once and kept (see
// graphs), unless w is the whole store, whose graph is not in memory, and
// the store's cache is fresh: then it is the store's, which answers from
// the cache without reading the graph, as query does. Both give the same
// answers; memory is faster.
func (h *Handler) querier(ctx context.Context, w window) (graphstore.Querier, func(), error) {
	if w.whole() && !h.graphs.has(w) {
		s, err := h.pool.get(ctx)
		if err != nil {
			return nil, nil, err
		}
		fresh, err := s.Fresh(ctx)
		if err == nil && fresh {
			q, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
			if err == nil && cached {
				return q, func() { h.pool.put(s) }, nil
			}
			// The cache went stale in between, and q is over the graph
			// it loaded; it no longer needs the store.
			h.pool.put(s)
			return q, func() {}, err
		}
		h.pool.put(s)
		if err != nil {
			return nil, nil, err
		}
	}
	l, err := h.graphs.get(ctx, w)
	if err != nil {
		return nil, nil, err
	}
	return l.q, func() {}, nil
}

// answerJSON runs answer on a querier over the window of p and writes its
// value as JSON.
func (h *Handler) answerJSON(ctx context.Context, p *params, answer func(graphstore.Querier) (any, error)) ([]byte, string, error) {
	w := p.window()
	if p.err != nil {
		return nil, "", p.err
	}
	done, err := h.turn(ctx)
	if err != nil {
		return nil, "", err
	}
	defer done()
	q, release, err := h.querier(ctx, w)
	if err != nil {
		return nil, "", err
	}
	defer release()
	v, err := answer(q)
	if err != nil {
		return nil, "", err
	}
	b, err := h.write(func(out io.Writer) error { return Encode(out, v) })
	return b, jsonType, err
}

func (h *Handler) top(ctx context.Context, p *params) ([]byte, string, error) {
	typ, limit := p.typ("type"), p.count("limit", defaultLimit)
	return h.answerJSON(ctx, p, func(q graphstore.Querier) (any, error) { return Top(ctx, q, typ, limit) })
}

func (h *Handler) neighbors(ctx context.Context, p *params) ([]byte, string, error) {
	name, limit := p.required("name"), p.count("limit", defaultLimit)
	return h.answerJSON(ctx, p, func(q graphstore.Querier) (any, error) { return Neighbors(ctx, q, name, limit) })
}

func (h *Handler) path(ctx context.Context, p *params) ([]byte, string, error) {
	from, to := p.required("from"), p.required("to")
	return h.answerJSON(ctx, p, func(q graphstore.Querier) (any, error) { return Path(ctx, q, from, to) })
}

func (h *Handler) entity(ctx context.Context, p *params) ([]byte, string, error) {
	name := p.required("name")
	return h.answerJSON(ctx, p, func(q graphstore.Querier) (any, error) { return EntityOf(ctx, q, name) })
}

func (h *Handler) articles(ctx context.Context, p *params) ([]byte, string, error) {
	names := p.oneOrTwoNames()
	return h.answerJSON(ctx, p, func(q graphstore.Querier) (any, error) { return Articles(ctx, q, names...) })
}

func (h *Handler) relations(ctx context.Context, p *params) ([]byte, string, error) {
	names := p.oneOrTwoNames()
	return h.answerJSON(ctx, p, func(q graphstore.Querier) (any, error) { return Relations(ctx, q, names...) })
}

// oneOrTwoNames returns the name parameters of a question about one entity
// or the link of two, failing p when there are none, more than two or an
// empty one.
func (p *params) oneOrTwoNames() []string {
	names := p.v["name"]
	switch {
	case len(names) == 0:
		p.fail("name is required")
	case len(names) > 2:
		p.fail("name given %d times; give one or two", len(names))
	}
	for _, n := range names {
		if strings.TrimSpace(n) == "" {
			p.fail("name is empty")
		}
	}
	return names
}

// filtered returns the graph of the window of p with the filters of p, top
// defTop when p gives none, and the graph of the whole window it was cut
// from. The caller must hold a turn.
func (h *Handler) filtered(ctx context.Context, p *params, defTop int) (*graphstore.Graph, *graphstore.Graph, graphstore.Filter, error) {
	w, f := p.window(), p.filter(defTop)
	if p.err != nil {
		return nil, nil, f, p.err
	}
	l, err := h.graphs.get(ctx, w)
	if err != nil {
		return nil, nil, f, err
	}
	fg, err := l.g.Filter(f)
	if err != nil {
		var amb *graphstore.AmbiguousError
		if errors.Is(err, graphstore.ErrNoEntity) || errors.As(err, &amb) {
			return nil, nil, f, err
		}
		return nil, nil, f, badRequest("%v", err) // an ego the other filters drop
	}
	return fg, l.g, f, nil
}

// turnFor checks the graph parameters of p, so that a bad one is answered
// at once, and waits for a turn.
func (h *Handler) turnFor(ctx context.Context, p *params, defTop int) (func(), error) {
	p.window()
	p.filter(defTop)
	if p.err != nil {
		return nil, p.err
	}
	return h.turn(ctx)
}

// graph answers with the node-link JSON that export -f json writes of the
// same window and filters.
func (h *Handler) graph(ctx context.Context, p *params) ([]byte, string, error) {
	done, err := h.turnFor(ctx, p, 0)
	if err != nil {
		return nil, "", err
	}
	defer done()
	fg, _, _, err := h.filtered(ctx, p, 0)
	if err != nil {
		return nil, "", err
	}
	ex, _, err := export.Arrange(ctx, export.JSON{}, fg, export.PositionsAuto)
	if err != nil {
		return nil, "", err
	}
	b, err := h.write(func(out io.Writer) error { return ex.Write(out, fg) })
	return b, jsonType, err
}

// page answers with the interactive page of the graph, the PageTop most
// connected entities unless top says otherwise, focused on ego when given.
func (h *Handler) page(ctx context.Context, p *params) ([]byte, string, error) {
	done, err := h.turnFor(ctx, p, h.cfg.PageTop)
	if err != nil {
		return nil, "", err
	}
	defer done()
	fg, whole, f, err := h.filtered(ctx, p, h.cfg.PageTop)
	if err != nil {
		return nil, "", err
	}
	about := export.About{Title: h.cfg.Name, Filter: describe(p, f),
		Corpus: fmt.Sprintf("store %s (%s articles)", h.cfg.Name, thousands(len(whole.Articles())))}
	if f.Ego != "" {
		if n, err := fg.Lookup(f.Ego); err == nil {
			about.Ego, about.Depth = n.ID, f.Depth
		}
	}
	ex, _, err := export.Arrange(ctx, export.HTML{About: about}, fg, export.PositionsAuto)
	if err != nil {
		return nil, "", err
	}
	b, err := h.write(func(out io.Writer) error { return ex.Write(out, fg) })
	return b, htmlType, err
}

// describe writes the filters of a page as its query parameters, in the
// order they apply, top included: "types=PERSON top=500".
func describe(p *params, f graphstore.Filter) string {
	var parts []string
	for _, k := range []string{"since", "until", "types", "min_mentions", "min_weight", "ego", "depth"} {
		if v := p.one(k); v != "" {
			parts = append(parts, k+"="+v)
		}
	}
	if f.Top > 0 {
		parts = append(parts, "top="+strconv.Itoa(f.Top))
	}
	return strings.Join(parts, " ")
}

// thousands writes n with thousands separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
