package main

import (
	"fmt"
	"sort"
	"strings"
)

// span is an entity: tokens [start, end) of a sentence with a type.
type span struct {
	start, end int
	typ        string
}

// spans chunks a tag sequence the way conlleval does, so IOB1 and IOB2 give
// the same entities: an entity starts at B-, at I- after O, or at a change
// of type, and ends before O, before B-, or before a change of type.
func spans(tags []string) []span {
	var out []span
	start, typ := -1, ""
	for i, t := range tags {
		p, ty := byte('O'), ""
		if t != "O" {
			p, ty = t[0], t[2:]
		}
		if start >= 0 && (p == 'O' || p == 'B' || ty != typ) {
			out = append(out, span{start, i, typ})
			start = -1
		}
		if p != 'O' && start < 0 {
			start, typ = i, ty
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(tags), typ})
	}
	return out
}

// count holds entity counts for precision and recall.
type count struct {
	gold, pred, correct int
}

func (c count) precision() float64 { return pct(c.correct, c.pred) }
func (c count) recall() float64    { return pct(c.correct, c.gold) }

// f1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c count) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// scores are counts overall and per entity type.
type scores struct {
	all    count
	byType map[string]*count
}

func newScores() *scores { return &scores{byType: map[string]*count{}} }

func (s *scores) typ(t string) *count {
	c := s.byType[t]
	if c == nil {
		c = &count{}
		s.byType[t] = c
	}
	return c
}

// add scores one sentence: an entity is correct only when its span and type
// both match a gold entity (the conlleval definition).
func (s *scores) add(gold, pred []span) {
	g := map[span]bool{}
	for _, e := range gold {
		g[e] = true
		s.all.gold++
		s.typ(e.typ).gold++
	}
	for _, e := range pred {
		s.all.pred++
		s.typ(e.typ).pred++
		if g[e] {
			s.all.correct++
			s.typ(e.typ).correct++
		}
	}
}

// types returns the entity types seen, sorted.
func (s *scores) types() []string {
	ts := make([]string, 0, len(s.byType))
	for t := range s.byType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// errorKind names how an entity went wrong, and keeps a few examples.
type errorKind struct {
	kind     string
	n        int
	examples []string
}

// errorKinds tallies the errors of sentences by kind.
type errorKinds struct {
	byKind map[string]*errorKind
	max    int // examples kept per kind
}

func newErrorKinds(max int) *errorKinds {
	return &errorKinds{byKind: map[string]*errorKind{}, max: max}
}

func (e *errorKinds) note(kind, example string) {
	k := e.byKind[kind]
	if k == nil {
		k = &errorKind{kind: kind}
		e.byKind[kind] = k
	}
	k.n++
	if len(k.examples) < e.max {
		k.examples = append(k.examples, example)
	}
}

// add classifies the errors of one sentence. Each gold entity that no
// prediction matches exactly is one error: "ORG typed PER" when a
// prediction has its span but another type, "ORG boundary" when an
// overlapping prediction has its type but another span, "ORG boundary,
// typed PER" when an overlapping prediction differs in both, and "ORG
// missed" when nothing overlaps. Each prediction that overlaps no gold
// entity is a "PER spurious".
func (e *errorKinds) add(style string, tokens []string, gold, pred []span) {
	text := func(s span) string { return strings.Join(tokens[s.start:s.end], " ") }
	exact := map[span]bool{}
	for _, g := range gold {
		exact[g] = true
	}
	overlaps := func(a, b span) bool { return a.start < b.end && b.start < a.end }
	predOK := map[span]bool{}
	for _, p := range pred {
		predOK[p] = exact[p]
	}
	for _, g := range gold {
		if predOK[g] {
			continue
		}
		kind, ex := g.typ+" missed", fmt.Sprintf("%s [%s]", text(g), style)
		for _, p := range pred {
			if !overlaps(g, p) || predOK[p] {
				continue
			}
			switch {
			case p.start == g.start && p.end == g.end:
				kind = fmt.Sprintf("%s typed %s", g.typ, p.typ)
			case p.typ == g.typ:
				kind = g.typ + " boundary"
			default:
				kind = fmt.Sprintf("%s boundary, typed %s", g.typ, p.typ)
			}
			ex = fmt.Sprintf("%s -> %s [%s]", text(g), text(p), style)
			break
		}
		e.note(kind, ex)
	}
	for _, p := range pred {
		if predOK[p] {
			continue
		}
		hit := false
		for _, g := range gold {
			if overlaps(g, p) {
				hit = true
				break
			}
		}
		if !hit {
			e.note(p.typ+" spurious", fmt.Sprintf("%s [%s]", text(p), style))
		}
	}
}

// sorted returns the kinds by count, most first, then by name.
func (e *errorKinds) sorted() []*errorKind {
	out := make([]*errorKind, 0, len(e.byKind))
	for _, k := range e.byKind {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return out[i].kind < out[j].kind
	})
	return out
}
