package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/nergraph/nergraph/api"
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

func queryRelations(ctx context.Context, w io.Writer, q graphstore.Querier, names []string, opts queryOptions, evidence int) error {
	a, err := api.Relations(ctx, q, names...)
	if err == nil && opts.Limit > 0 && len(a.Relations) > opts.Limit {
		a.Relations = a.Relations[:opts.Limit]
	}
	if err != nil || opts.JSON {
		return jsonOr(w, a, err)
	}
	head := fmt.Sprintf("%s of %s (%s)", plural(a.Total, "relation"), a.Entity.Label, a.Entity.ID)
	if a.With != nil {
		head = fmt.Sprintf("%s between %s (%s) and %s (%s)", plural(a.Total, "relation"), a.Entity.Label, a.Entity.ID, a.With.Label, a.With.ID)
	}
	if len(a.Relations) < a.Total {
		head += fmt.Sprintf(", the %d most stated", len(a.Relations))
	}
	fmt.Fprintln(w, head)
	for _, r := range a.Relations {
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

// relationLine reads "United States → accuse → North Korea",
// "Kim Jong Un ↔ exchange letters ↔ Vladimir Putin", "A → not meet with → B".
func relationLine(r api.Relation) string {
	arrow := "→"
	if r.Symmetric {
		arrow = "↔"
	}
	pred := r.Predicate
	if r.Negated {
		pred = "not " + pred
	}
	return strings.Join([]string{r.SourceLabel, arrow, pred, arrow, r.TargetLabel}, " ")
}

// topRelationCell is the relation a neighbors table shows of a link, read
// from the entity's side: "→ accuse" (it accuses the neighbour), "← accuse"
// (the neighbour accuses it), "↔ exchange letters"; "-" for none.
func topRelationCell(nb api.Neighbor, id string) string {
	if nb.Predicate == "" {
		return "-"
	}
	for _, r := range nb.Relations {
		label := r.Predicate
		if r.Negated {
			label = "not " + label
		}
		if label != nb.Predicate {
			continue
		}
		switch {
		case r.Symmetric:
			return "↔ " + label
		case r.Source == id:
			return "→ " + label
		}
		return "← " + label
	}
	return nb.Predicate
}
