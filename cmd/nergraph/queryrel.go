package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/spf13/cobra"
)

// evidenceShown is how many sentences the relations table shows of each
// relation by default.
const evidenceShown = 3

func newQueryRelationsCmd(opts *queryOptions, withQuerier func(func(context.Context, graphstore.Querier, []string) error) func(*cobra.Command, []string) error, w func() io.Writer) *cobra.Command {
	var evidence int
	cmd := &cobra.Command{
		Use:   "relations NAME [NAME]",
		Short: "List what the articles say an entity did to others, or two entities to each other, with the sentences",
		Long: `relations lists the relations the articles state between an entity and the
others (one NAME), or between two entities (two NAMEs): who did what to whom
("United States → accuse → North Korea"), the most stated first, each with
the sentences that state it and their article ids, so that each can be
checked. A relation the text denies ("did not meet") is listed apart, with
"not". ↔ marks a symmetric relation ("Kim ↔ exchange letters ↔ Putin").`,
		Example: `  nergraph query --db graph.db relations "North Korea"
  nergraph query --db graph.db relations Kim Putin --evidence 10
  nergraph query --db graph.db relations Putin --json`,
		Args: cobra.RangeArgs(1, 2),
		RunE: withQuerier(func(ctx context.Context, q graphstore.Querier, args []string) error {
			return queryRelations(ctx, w(), q, args, *opts, evidence)
		}),
	}
	cmd.Flags().IntVarP(&opts.Limit, "limit", "n", 20, "show at most this many relations, 0 for all")
	cmd.Flags().IntVar(&evidence, "evidence", evidenceShown, "show at most this many sentences of each relation in the table, 0 for all")
	return cmd
}

type statementJSON struct {
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	Evidence string `json:"evidence"`
}

type relationJSON struct {
	Predicate  string          `json:"predicate"`
	Source     nodeJSON        `json:"source"`
	Target     nodeJSON        `json:"target"`
	Negated    bool            `json:"negated"`
	Symmetric  bool            `json:"symmetric"`
	Role       bool            `json:"role"`
	Count      int             `json:"count"`
	Articles   []string        `json:"articles"`
	Statements []statementJSON `json:"statements,omitempty"`
}

// nodeNames looks up the nodes of relation ends by id, once each.
type nodeNames struct {
	q     graphstore.Querier
	nodes map[string]graphstore.Node
}

func (n *nodeNames) get(ctx context.Context, id string) (graphstore.Node, error) {
	if nd, ok := n.nodes[id]; ok {
		return nd, nil
	}
	nd, err := n.q.Lookup(ctx, id)
	if err != nil {
		return nd, err
	}
	n.nodes[id] = nd
	return nd, nil
}

func queryRelations(ctx context.Context, w io.Writer, q graphstore.Querier, names []string, opts queryOptions, evidence int) error {
	nn := &nodeNames{q: q, nodes: map[string]graphstore.Node{}}
	var ents []graphstore.Node
	var ids []string
	for _, name := range names {
		n, err := q.Lookup(ctx, name)
		if err != nil {
			return err
		}
		nn.nodes[n.ID] = n
		ents = append(ents, n)
		ids = append(ids, n.ID)
	}
	rels, err := q.Relations(ctx, ids...)
	if err != nil {
		return err
	}
	total := len(rels)
	if opts.Limit > 0 && len(rels) > opts.Limit {
		rels = rels[:opts.Limit]
	}
	out := make([]relationJSON, 0, len(rels))
	for _, r := range rels {
		rj, err := relationOut(ctx, nn, r, true)
		if err != nil {
			return err
		}
		out = append(out, rj)
	}
	if opts.JSON {
		v := struct {
			Entities  []nodeJSON     `json:"entities"`
			Total     int            `json:"total"`
			Relations []relationJSON `json:"relations"`
		}{Total: total, Relations: out}
		for _, n := range ents {
			v.Entities = append(v.Entities, nodeOut(n))
		}
		return writeJSON(w, v)
	}
	return relationsTable(w, ents, total, out, evidence)
}

// relationOut is the JSON form of a relation, its ends named.
func relationOut(ctx context.Context, nn *nodeNames, r graphstore.LinkRelation, statements bool) (relationJSON, error) {
	s, err := nn.get(ctx, r.Source)
	if err != nil {
		return relationJSON{}, err
	}
	t, err := nn.get(ctx, r.Target)
	if err != nil {
		return relationJSON{}, err
	}
	rj := relationJSON{Predicate: r.Predicate, Source: nodeOut(s), Target: nodeOut(t), Negated: r.Negated, Symmetric: r.Symmetric,
		Role: r.Role, Count: r.Count, Articles: r.Articles}
	if statements {
		for _, st := range r.Statements {
			rj.Statements = append(rj.Statements, statementJSON{Article: st.Article, Sentence: st.Sentence, Text: st.Text, Evidence: st.Evidence})
		}
	}
	return rj, nil
}

// relationLine reads "United States → accuse → North Korea",
// "Kim Jong Un ↔ exchange letters ↔ Vladimir Putin", "A → not meet with → B".
func relationLine(r relationJSON) string {
	arrow := "→"
	if r.Symmetric {
		arrow = "↔"
	}
	pred := r.Predicate
	if r.Negated {
		pred = "not " + pred
	}
	return fmt.Sprintf("%s %s %s %s %s", r.Source.Label, arrow, pred, arrow, r.Target.Label)
}

func relationsTable(w io.Writer, ents []graphstore.Node, total int, rels []relationJSON, evidence int) error {
	var labels []string
	for _, n := range ents {
		labels = append(labels, fmt.Sprintf("%s (%s)", n.Label, n.ID))
	}
	head := plural(total, "relation")
	if len(ents) == 2 {
		head += " between " + strings.Join(labels, " and ")
	} else {
		head += " of " + labels[0]
	}
	if len(rels) < total {
		head += fmt.Sprintf(", the %d most stated", len(rels))
	}
	fmt.Fprintln(w, head)
	for _, r := range rels {
		line := relationLine(r)
		if r.Role {
			line += " (role)"
		}
		fmt.Fprintf(w, "\n%s: %s in %s\n", line, plural(r.Count, "sentence"), plural(len(r.Articles), "article"))
		for i, st := range r.Statements {
			if evidence > 0 && i == evidence {
				fmt.Fprintf(w, "  (+%d more; --evidence 0 shows all)\n", len(r.Statements)-evidence)
				break
			}
			fmt.Fprintf(w, "  %s: %s\n", st.Article, st.Evidence)
		}
	}
	return nil
}

// topRelationCell is the relation a neighbors table shows of an edge, read
// from the entity's side: "→ accuse" (it accuses the neighbour), "← accuse"
// (the neighbour accuses it), "↔ exchange letters"; "" for none.
func topRelationCell(e graphstore.Edge, id string) string {
	r, ok := e.TopRelation()
	if !ok {
		return ""
	}
	switch {
	case r.Symmetric:
		return "↔ " + r.Label()
	case r.Source == id:
		return "→ " + r.Label()
	}
	return "← " + r.Label()
}
