package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
)

// The spans and the counts are the recognizer's own ([ner.Spans],
// [ner.Evaluator]): a style's scores here are the ones "nergraph eval" gives.

// scores are counts overall and per entity type.
type scores struct {
	all    ner.Evaluator
	byType map[string]ner.Count // of all's last Scores, by type
}

// add scores one sentence's tags.
func (s *scores) add(gold, pred []string) { s.all.Add(gold, pred) }

// done returns the overall count and fills byType.
func (s *scores) done() ner.Count {
	sc := s.all.Scores()
	s.byType = map[string]ner.Count{}
	for _, c := range sc.Types {
		s.byType[c.Type] = c
	}
	return sc.Overall
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
func (e *errorKinds) add(style string, tokens []string, gold, pred []ner.Span) {
	text := func(s ner.Span) string { return strings.Join(tokens[s.Start:s.End], " ") }
	exact := map[ner.Span]bool{}
	for _, g := range gold {
		exact[g] = true
	}
	overlaps := func(a, b ner.Span) bool { return a.Start < b.End && b.Start < a.End }
	predOK := map[ner.Span]bool{}
	for _, p := range pred {
		predOK[p] = exact[p]
	}
	for _, g := range gold {
		if predOK[g] {
			continue
		}
		kind, ex := g.Type+" missed", fmt.Sprintf("%s [%s]", text(g), style)
		for _, p := range pred {
			if !overlaps(g, p) || predOK[p] {
				continue
			}
			switch {
			case p.Start == g.Start && p.End == g.End:
				kind = fmt.Sprintf("%s typed %s", g.Type, p.Type)
			case p.Type == g.Type:
				kind = g.Type + " boundary"
			default:
				kind = fmt.Sprintf("%s boundary, typed %s", g.Type, p.Type)
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
			e.note(p.Type+" spurious", fmt.Sprintf("%s [%s]", text(p), style))
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
