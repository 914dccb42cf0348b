package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/graphstore"
)

// update is what one refresh changes in the cached graph.
type update struct {
	remap      map[string]string                // raw id → node id in every article, as linked now
	in         map[int64]map[string]string      // by article: raw id → node id in its own context, as linked now
	nodes      map[string]*graphstore.NodeTally // every node changed, with its new tally
	recomputed map[string]bool                  // nodes computed anew, edges included
	delta      map[[2]string]*edgeSum           // counts the new articles add to edges between other nodes
	edges      map[[2]string]*edgeSum           // the edges of the recomputed nodes, whole
	first      bool                             // the cache was empty
}

type edgeSum struct {
	weight, sentences int64
	articles          []int64
}

func (s *edgeSum) add(x, y graphstore.EntityCount, seq int64) {
	s.weight++
	s.sentences += int64(graphstore.SharedSentences(x, y))
	s.articles = append(s.articles, seq)
}

func newUpdate(remap map[string]string, in map[int64]map[string]string) *update {
	return &update{remap: remap, in: in, nodes: map[string]*graphstore.NodeTally{}, recomputed: map[string]bool{},
		delta: map[[2]string]*edgeSum{}, edges: map[[2]string]*edgeSum{}}
}

// linkedIn returns the node of raw id in article seq by the links of every
// article (remap) and of each article's own context (in).
func linkedIn(remap map[string]string, in map[int64]map[string]string, seq int64, id string) string {
	if to, ok := in[seq][id]; ok {
		return to
	}
	if to, ok := remap[id]; ok {
		return to
	}
	return id
}

// toIn returns the function that links the raw ids of article seq.
func (u *update) toIn(seq int64) func(string) string {
	return func(id string) string { return linkedIn(u.remap, u.in, seq, id) }
}

// moved returns the nodes that gained or lost a raw id in one of the old
// articles since the links old and oldIn: the old and the new node of each
// article's raw id whose link changed.
func (u *update) moved(old []storedArticle, oldRemap map[string]string, oldIn map[int64]map[string]string) map[string]bool {
	out := map[string]bool{}
	// A raw id can change node in an article only where its link in every
	// article changed or the article links it in its own context, before
	// or now: the others, nearly all, are passed over without looking up
	// their links.
	changed := map[string]bool{}
	for _, m := range []map[string]string{oldRemap, u.remap} {
		for raw := range m {
			if linkedIn(oldRemap, nil, 0, raw) != linkedIn(u.remap, nil, 0, raw) {
				changed[raw] = true
			}
		}
	}
	for _, a := range old {
		was, is := oldIn[a.seq], u.in[a.seq]
		if len(changed) == 0 && len(was) == 0 && len(is) == 0 {
			continue
		}
		for _, e := range a.Entities {
			_, o := was[e.ID]
			_, n := is[e.ID]
			if !changed[e.ID] && !o && !n {
				continue
			}
			if o, n := linkedIn(oldRemap, oldIn, a.seq, e.ID), linkedIn(u.remap, u.in, a.seq, e.ID); o != n {
				out[o], out[n] = true, true
			}
		}
	}
	return out
}

// recompute computes the nodes of moved, and all their edges, from every
// article, in the order their batches committed.
func (u *update) recompute(arts []storedArticle, moved map[string]bool) {
	if len(moved) == 0 {
		return
	}
	for id := range moved {
		u.nodes[id] = &graphstore.NodeTally{ID: id}
		u.recomputed[id] = true
	}
	for _, a := range arts {
		// Merging is by node, so an article none of whose raw ids goes
		// to a moved node adds nothing to them: most articles, passed
		// over without merging.
		if !slices.ContainsFunc(a.Entities, func(e graphstore.EntityCount) bool { return moved[linkedIn(u.remap, u.in, a.seq, e.ID)] }) {
			continue
		}
		merged := graphstore.MergeLinked(a.Entities, u.toIn(a.seq))
		mentions := false
		for _, e := range merged {
			if moved[e.ID] {
				u.nodes[e.ID].Add(e, a.Info.Date)
				mentions = true
			}
		}
		if !mentions {
			continue
		}
		graphstore.CoMentions(merged, nil, graphstore.Window{}, func(i, j int) {
			e, f := merged[i], merged[j]
			if moved[e.ID] || moved[f.ID] {
				sumOf(u.edges, e.ID, f.ID).add(e, f, a.seq)
			}
		})
	}
}

func sumOf(m map[[2]string]*edgeSum, x, y string) *edgeSum {
	k := [2]string{x, y}
	s := m[k]
	if s == nil {
		s = &edgeSum{}
		m[k] = s
	}
	return s
}

// addArticles adds the new articles, in order, to the tallies of the nodes
// they mention and to the edges between them, but for the recomputed nodes,
// which hold them already.
func (u *update) addArticles(ctx context.Context, tx pgx.Tx, added []storedArticle) error {
	merged := make([][]graphstore.EntityCount, len(added))
	need := map[string]bool{}
	for i, a := range added {
		merged[i] = graphstore.MergeLinked(a.Entities, u.toIn(a.seq))
		for _, e := range merged[i] {
			if !u.recomputed[e.ID] {
				need[e.ID] = true
			}
		}
	}
	if len(need) > 0 {
		// The tallies of nodes, and of nodes left out as unsure.
		rows, err := tx.Query(ctx, `SELECT id, tally FROM graph_nodes WHERE id = ANY($1)
			UNION ALL SELECT id, tally FROM graph_unsure WHERE id = ANY($1)`, sortedKeys(need))
		if err != nil {
			return fmt.Errorf("read node tallies: %w", err)
		}
		var id string
		var b []byte
		if _, err := pgx.ForEachRow(rows, []any{&id, &b}, func() error {
			t := &graphstore.NodeTally{}
			u.nodes[id] = t
			return json.Unmarshal(b, t)
		}); err != nil {
			return fmt.Errorf("read node tallies: %w", err)
		}
	}
	for i, a := range added {
		ents := merged[i]
		for _, e := range ents {
			if !u.recomputed[e.ID] {
				t := u.nodes[e.ID]
				if t == nil {
					t = &graphstore.NodeTally{ID: e.ID}
					u.nodes[e.ID] = t
				}
				t.Add(e, a.Info.Date)
			}
		}
		graphstore.CoMentions(ents, nil, graphstore.Window{}, func(j, k int) {
			e, f := ents[j], ents[k]
			if !u.recomputed[e.ID] && !u.recomputed[f.ID] {
				sumOf(u.delta, e.ID, f.ID).add(e, f, a.seq)
			}
		})
	}
	return nil
}

// unsureToSure adds to moved the nodes left out as unsure (a tally in
// graph_unsure) that a new article's sure entity makes nodes: the cache
// holds none of their edges, so they are computed anew from every article,
// as nodes whose raw ids moved are.
func (u *update) unsureToSure(ctx context.Context, tx pgx.Tx, added []storedArticle, moved map[string]bool) error {
	if u.first {
		return nil
	}
	sure := map[string]bool{}
	for _, a := range added {
		for _, e := range a.Entities {
			if id := linkedIn(u.remap, u.in, a.seq, e.ID); !e.Unsure && !moved[id] {
				sure[id] = true
			}
		}
	}
	if len(sure) == 0 {
		return nil
	}
	return markUnsure(ctx, tx, sure, moved)
}

// markUnsure sets into[id] for every id of ids that graph_unsure holds (a
// node left out as unsure).
func markUnsure(ctx context.Context, tx pgx.Tx, ids, into map[string]bool) error {
	rows, err := tx.Query(ctx, `SELECT id FROM graph_unsure WHERE id = ANY($1)`, sortedKeys(ids))
	if err != nil {
		return fmt.Errorf("read unsure nodes: %w", err)
	}
	var id string
	if _, err := pgx.ForEachRow(rows, []any{&id}, func() error { into[id] = true; return nil }); err != nil {
		return fmt.Errorf("read unsure nodes: %w", err)
	}
	return nil
}

// dropUnsureEdges removes from the update the edges with an end left out
// as unsure: one whose new tally says so, or, for the other end of a
// recomputed node's edge that the new articles do not touch, one that
// graph_unsure holds.
func (u *update) dropUnsureEdges(ctx context.Context, tx pgx.Tx) error {
	out := map[string]bool{}
	other := map[string]bool{}
	for id, t := range u.nodes {
		if t.LeftOut() {
			out[id] = true
		}
	}
	for k := range u.edges {
		for _, id := range k {
			if _, ok := u.nodes[id]; !ok {
				other[id] = true
			}
		}
	}
	if len(other) > 0 && !u.first {
		if err := markUnsure(ctx, tx, other, out); err != nil {
			return err
		}
	}
	if len(out) == 0 {
		return nil
	}
	for _, m := range []map[[2]string]*edgeSum{u.edges, u.delta} {
		for k := range m {
			if out[k[0]] || out[k[1]] {
				delete(m, k)
			}
		}
	}
	return nil
}

// write stores the update: nodes, their names, edges, and degrees.
func (u *update) write(ctx context.Context, tx pgx.Tx) error {
	if err := u.dropUnsureEdges(ctx, tx); err != nil {
		return err
	}
	var rows, unsure [][]any
	var gone, changed []string
	var names [][]any
	for _, id := range sortedKeys(u.nodes) {
		t := u.nodes[id]
		changed = append(changed, id)
		if t.Articles == 0 {
			gone = append(gone, id)
			continue
		}
		if t.LeftOut() {
			// No node: its tally waits in graph_unsure.
			b, err := json.Marshal(t)
			if err != nil {
				return err
			}
			gone = append(gone, id)
			unsure = append(unsure, []any{id, b})
			continue
		}
		n := t.Node()
		b, err := json.Marshal(t)
		if err != nil {
			return err
		}
		rows = append(rows, []any{n.ID, n.Label, string(n.Type), n.ISO, n.Mentions, n.Articles, n.Sources, 0,
			timeText(n.First), timeText(n.Last), aliasesJSON(n.Aliases), strings.ToLower(n.ID), strings.ToLower(n.Label), b})
		seen := map[string]bool{}
		for _, a := range n.Aliases {
			if k := strings.ToLower(a.Name); !seen[k] {
				seen[k] = true
				names = append(names, []any{k, n.ID})
			}
		}
	}
	// Edges first, so that each node row is written once, with its degree.
	ends, err := u.writeEdges(ctx, tx)
	if err != nil {
		return fmt.Errorf("edges: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM graph_nodes WHERE id = ANY($1)`, gone); err != nil {
		return fmt.Errorf("nodes: %w", err)
	}
	if !u.first {
		if _, err := tx.Exec(ctx, `DELETE FROM graph_unsure WHERE id = ANY($1)`, changed); err != nil {
			return fmt.Errorf("unsure nodes: %w", err)
		}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"graph_unsure"}, []string{"id", "tally"}, pgx.CopyFromRows(unsure)); err != nil {
		return fmt.Errorf("unsure nodes: %w", err)
	}
	if err := stage(ctx, tx, "graph_nodes", nodeColumns, rows); err != nil {
		return fmt.Errorf("nodes: %w", err)
	}
	if len(rows) > 0 {
		// Statistics for the plan: the staging table has none, and a first
		// refresh has just filled graph_edges.
		analyze := `ANALYZE stage_graph_nodes`
		if len(u.delta)+len(u.edges) > 20000 {
			analyze += `; ANALYZE graph_edges`
		}
		if _, err := tx.Exec(ctx, analyze); err != nil {
			return fmt.Errorf("nodes: %w", err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO graph_nodes AS t SELECT s.id, label, type, iso, mentions, articles, sources,
			coalesce(d.n, 0), first, last, aliases, id_key, label_key, tally FROM stage_graph_nodes s LEFT JOIN (
				SELECT id, count(*) AS n FROM (
					SELECT e.source AS id FROM graph_edges e JOIN stage_graph_nodes x ON x.id = e.source
					UNION ALL SELECT e.target FROM graph_edges e JOIN stage_graph_nodes x ON x.id = e.target) ends
				GROUP BY id) d ON d.id = s.id
			ORDER BY s.id
			ON CONFLICT (id) DO UPDATE SET label = excluded.label, type = excluded.type, iso = excluded.iso,
			mentions = excluded.mentions, articles = excluded.articles, sources = excluded.sources, degree = excluded.degree,
			first = excluded.first, last = excluded.last, aliases = excluded.aliases, id_key = excluded.id_key,
			label_key = excluded.label_key, tally = excluded.tally`); err != nil {
			return fmt.Errorf("nodes: %w", err)
		}
	}
	if _, err := tx.Exec(ctx, `DELETE FROM graph_names WHERE id = ANY($1)`, changed); err != nil {
		return fmt.Errorf("names: %w", err)
	}
	if err := upsert(ctx, tx, "graph_names", []string{"key", "id"}, names, `DO NOTHING`); err != nil {
		return fmt.Errorf("names: %w", err)
	}
	// The other ends of edges that appeared or went, whose rows the nodes
	// above did not rewrite.
	var recount []string
	for _, id := range ends {
		if _, ok := u.nodes[id]; !ok {
			recount = append(recount, id)
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE graph_nodes n SET degree = (SELECT count(*) FROM graph_edges WHERE source = n.id)
		+ (SELECT count(*) FROM graph_edges WHERE target = n.id) WHERE n.id = ANY($1)`, recount); err != nil {
		return fmt.Errorf("degrees: %w", err)
	}
	return nil
}

// writeEdges replaces the edges of the recomputed nodes and adds the new
// articles' counts to the others. It returns the nodes whose degree may
// have changed.
func (u *update) writeEdges(ctx context.Context, tx pgx.Tx) ([]string, error) {
	ends := map[string]bool{}
	if len(u.recomputed) > 0 {
		rows, err := tx.Query(ctx, `DELETE FROM graph_edges WHERE source = ANY($1) OR target = ANY($1) RETURNING source, target`,
			sortedKeys(u.recomputed))
		if err != nil {
			return nil, err
		}
		var s, t string
		if _, err := pgx.ForEachRow(rows, []any{&s, &t}, func() error { ends[s], ends[t] = true, true; return nil }); err != nil {
			return nil, err
		}
	}
	var rows [][]any
	for _, k := range sortedPairs(u.edges) {
		e := u.edges[k]
		ends[k[0]], ends[k[1]] = true, true
		rows = append(rows, []any{k[0], k[1], e.weight, e.sentences, e.articles})
	}
	cols := []string{"source", "target", "weight", "sentences", "articles"}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"graph_edges"}, cols, pgx.CopyFromRows(rows)); err != nil {
		return nil, err
	}
	rows = rows[:0]
	for _, k := range sortedPairs(u.delta) {
		e := u.delta[k]
		ends[k[0]], ends[k[1]] = true, true
		rows = append(rows, []any{k[0], k[1], e.weight, e.sentences, e.articles})
	}
	if u.first {
		// Nothing to add to: a plain COPY, without a staging table.
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"graph_edges"}, cols, pgx.CopyFromRows(rows))
		return sortedKeys(ends), err
	}
	if err := upsert(ctx, tx, "graph_edges", cols, rows, `(source, target) DO UPDATE SET weight = t.weight + excluded.weight,
		sentences = t.sentences + excluded.sentences, articles = t.articles || excluded.articles`); err != nil {
		return nil, err
	}
	return sortedKeys(ends), nil
}

var nodeColumns = []string{"id", "label", "type", "iso", "mentions", "articles", "sources", "degree", "first", "last",
	"aliases", "id_key", "label_key", "tally"}

// timeText is how the cache keeps a node's first and last dates: RFC 3339
// with the zone the article gave, which a timestamptz would lose.
func timeText(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.RFC3339Nano)
}

// aliasesJSON is a node's aliases as graph_nodes.aliases keeps them, in the
// node's order.
func aliasesJSON(as []graphstore.Alias) []byte {
	type alias struct {
		Name  string `json:"name"`
		Count int    `json:"count"`
	}
	out := make([]alias, len(as))
	for i, a := range as {
		out[i] = alias(a)
	}
	b, _ := json.Marshal(out) // strings and ints always marshal
	return b
}
