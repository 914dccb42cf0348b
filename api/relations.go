package api

import (
	"context"

	"github.com/nergraph/nergraph/graphstore"
)

// Relation is a typed, directed relation between two entities that
// articles state, in the shape links carry them: the predicate ("accuse",
// "meet with"), its ends by id from subject (Source) to object (Target), the
// sentences that state it (Count) and their articles. A negated relation
// ("did not meet with") is a relation of its own; a symmetric one has
// Source < Target. The labels name the ends; Statements, in the answer of
// [Relations], are the sentences themselves, the evidence.
type Relation struct {
	Predicate   string      `json:"predicate"`
	Source      string      `json:"source"`
	Target      string      `json:"target"`
	Count       int         `json:"count"`
	Articles    []string    `json:"articles"`
	Negated     bool        `json:"negated"`
	Symmetric   bool        `json:"symmetric,omitempty"`
	Role        bool        `json:"role,omitempty"` // from a title, possessive or apposition
	SourceLabel string      `json:"source_label"`
	TargetLabel string      `json:"target_label"`
	Statements  []Statement `json:"statements,omitempty"`
}

// Statement is one sentence of one article that states a relation.
type Statement struct {
	Article  string `json:"article"`  // its id
	Sentence int    `json:"sentence"` // index of the sentence in the article
	Text     string `json:"text"`     // the words that state the relation
	Evidence string `json:"evidence"` // the sentence
}

// RelationsAnswer is the answer of [Relations].
type RelationsAnswer struct {
	Entity    Entity     `json:"entity"`
	With      *Entity    `json:"with,omitempty"` // the second entity asked about, if any
	Total     int        `json:"total"`
	Relations []Relation `json:"relations"`
}

// Relations finds the entities one or two names go by and lists the
// relations the first is an end of, or those between the two, the most
// stated first, each with the sentences that state it. It fails as
// [graphstore.Querier] Lookup does for a name of no entity or of several.
func Relations(ctx context.Context, q graphstore.Querier, names ...string) (RelationsAnswer, error) {
	labels := map[string]string{}
	var ids []string
	var a RelationsAnswer
	for i, name := range names {
		n, err := q.Lookup(ctx, name)
		if err != nil {
			return RelationsAnswer{}, err
		}
		labels[n.ID] = n.Label
		ids = append(ids, n.ID)
		if e := entityOf(n); i == 0 {
			a.Entity = e
		} else {
			a.With = &e
		}
	}
	rels, err := q.Relations(ctx, ids...)
	if err != nil {
		return RelationsAnswer{}, err
	}
	a.Total, a.Relations = len(rels), make([]Relation, 0, len(rels))
	for _, r := range rels {
		rel := relationOf(r, nil)
		for _, end := range []struct {
			id    string
			label *string
		}{{r.Source, &rel.SourceLabel}, {r.Target, &rel.TargetLabel}} {
			l, ok := labels[end.id]
			if !ok {
				n, err := q.Lookup(ctx, end.id)
				if err != nil {
					return RelationsAnswer{}, err
				}
				l = n.Label
				labels[end.id] = l
			}
			*end.label = l
		}
		for _, s := range r.Statements {
			rel.Statements = append(rel.Statements, Statement{Article: s.Article, Sentence: s.Sentence, Text: s.Text, Evidence: s.Evidence})
		}
		a.Relations = append(a.Relations, rel)
	}
	return a, nil
}

// relationOf is a relation without its statements, its ends labelled from
// labels (id → label) when given.
func relationOf(r graphstore.LinkRelation, labels map[string]string) Relation {
	return Relation{Predicate: r.Predicate, Source: r.Source, Target: r.Target, Count: r.Count, Articles: r.Articles,
		Negated: r.Negated, Symmetric: r.Symmetric, Role: r.Role, SourceLabel: labels[r.Source], TargetLabel: labels[r.Target]}
}

// topLabel is the label of a link's top relation, "" for none.
func topLabel(e graphstore.Edge) string {
	if r, ok := e.TopRelation(); ok {
		return r.Label()
	}
	return ""
}

// linkRelations lists the relations of the link between n and a neighbor,
// without their sentences.
func linkRelations(n graphstore.Node, nb graphstore.Neighbor) []Relation {
	if len(nb.Edge.Relations) == 0 {
		return nil
	}
	labels := map[string]string{n.ID: n.Label, nb.Node.ID: nb.Node.Label}
	out := make([]Relation, len(nb.Edge.Relations))
	for i, r := range nb.Edge.Relations {
		out[i] = relationOf(r, labels)
	}
	return out
}
