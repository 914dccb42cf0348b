package api

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/graphstore"
)

// params are the query parameters of a request, checked against the names
// an endpoint takes. Each getter records the first bad value; err reports
// it.
type params struct {
	v   url.Values
	err error
}

// parseParams reads raw, the query string, refusing names that are not in
// allowed (a misspelt filter must not be silently ignored) and bad
// escapes.
func parseParams(raw string, allowed ...string) (*params, error) {
	v, err := url.ParseQuery(raw)
	if err != nil {
		return nil, badRequest("query string: %v", err)
	}
	var unknown []string
	for k := range v {
		if !slices.Contains(allowed, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, badRequest("unknown parameter %q (this endpoint takes %s)", unknown[0], strings.Join(allowed, ", "))
	}
	return &params{v: v}, nil
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = badRequest(format, args...)
	}
}

// one returns the value of a parameter given at most once, "" when absent.
func (p *params) one(name string) string {
	vs := p.v[name]
	if len(vs) > 1 {
		p.fail("%s given %d times; give it once", name, len(vs))
	}
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// has reports whether the parameter was given.
func (p *params) has(name string) bool { return len(p.v[name]) > 0 }

// required returns a parameter that must be given once, not empty.
func (p *params) required(name string) string {
	s := p.one(name)
	if strings.TrimSpace(s) == "" && p.err == nil {
		p.fail("%s is required", name)
	}
	return s
}

// count returns a whole number of 0 or more, def when absent.
func (p *params) count(name string, def int) int {
	s := p.one(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		p.fail("%s=%q is not a whole number of 0 or more", name, s)
		return def
	}
	return n
}

// typ returns an entity type, "" when absent.
func (p *params) typ(name string) extract.Type {
	s := p.one(name)
	if s == "" {
		return ""
	}
	t, ok := extract.ParseType(s)
	if !ok {
		p.fail("%s=%q: want PERSON, ORG, COUNTRY, LOCATION or MISC", name, s)
	}
	return t
}

// types returns a comma-separated list of entity types.
func (p *params) types(name string) []extract.Type {
	var out []extract.Type
	for _, s := range strings.Split(p.one(name), ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		t, ok := extract.ParseType(s)
		if !ok {
			p.fail("%s: unknown entity type %q (known: PERSON, ORG, COUNTRY, LOCATION, MISC)", name, s)
			return nil
		}
		out = append(out, t)
	}
	return out
}

// window returns since and until as [ParseWindow] reads them.
func (p *params) window() window {
	s, u, err := ParseWindow(p.one("since"), p.one("until"))
	if err != nil {
		p.fail("%v", err)
	}
	return window{s, u}
}

// filter returns the graph filter of the parameters types, min_weight,
// min_mentions, top, ego and depth; top is defTop when absent.
func (p *params) filter(defTop int) graphstore.Filter {
	f := graphstore.Filter{
		Types:       p.types("types"),
		MinWeight:   p.count("min_weight", 0),
		MinMentions: p.count("min_mentions", 0),
		Top:         p.count("top", defTop),
		Ego:         p.one("ego"),
		Depth:       p.count("depth", 1),
	}
	if p.has("ego") && strings.TrimSpace(f.Ego) == "" {
		p.fail("ego is empty")
	}
	if p.has("depth") && f.Ego == "" {
		p.fail("depth is for ego; give ego too")
	}
	if p.has("depth") && f.Depth == 0 {
		p.fail("depth=0: want 1 or more")
	}
	return f
}

// graphParams are the parameters of the endpoints that write a graph.
var graphParams = []string{"types", "min_weight", "min_mentions", "top", "ego", "depth", "since", "until"}

// ParseWindow reads since and until as "nergraph query" and "export" read
// --since and --until: a date (2006-01-02) or an RFC 3339 time, a bare date
// as until meaning the end of that day; "" leaves that end open. It fails
// on a value that is neither, and when until is before since.
func ParseWindow(since, until string) (time.Time, time.Time, error) {
	var s, u time.Time
	var err error
	if since != "" {
		if s, err = input.ParseDate(since); err != nil {
			return s, u, fmt.Errorf("since: %w", err)
		}
	}
	if until != "" {
		if u, err = input.ParseDate(until); err != nil {
			return s, u, fmt.Errorf("until: %w", err)
		}
		if len(strings.TrimSpace(until)) == len(time.DateOnly) { // a bare date
			u = u.AddDate(0, 0, 1).Add(-time.Nanosecond)
		}
	}
	if !s.IsZero() && !u.IsZero() && u.Before(s) {
		return s, u, fmt.Errorf("until %s is before since %s", until, since)
	}
	return s, u, nil
}
