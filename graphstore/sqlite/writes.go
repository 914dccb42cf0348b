package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
)

// writes are the rows a refresh writes and deletes.
type writes struct {
	nodes   []nodeRow
	edges   []edgeRow
	names   [][2]string // key, id
	canon   [][2]string // raw, id
	tallies [][2]string // node id, tally
	links   []articleLink
	// The keys of rows to delete.
	nodeDel, tallyDel, canonDel [][]any
	nameDel, edgeDel, linkDel   [][]any
}

// articleLink is a row of graph_article_links to write.
type articleLink struct {
	article int64
	raw, id string
}

// planWrites reads the cache's rows of the nodes and edges the update
// changes and plans the rows to write.
func (u *update) planWrites(ctx context.Context, tx *sql.Tx) error {
	u.next = u.base
	if u.full {
		u.next = cacheState{}
	}
	if !u.full {
		// A cache computed from nothing has no rows to read.
		involved := map[string]bool{}
		for id := range u.tallies {
			involved[id] = true
		}
		for _, m := range []map[[2]string]*edgeAcc{u.recomputed, u.delta} {
			for k := range m {
				involved[k[0]], involved[k[1]] = true, true
			}
		}
		ids := slices.Sorted(maps.Keys(involved))
		if err := u.readNodes(ctx, `n.id`, anys(ids)); err != nil {
			return err
		}
		// No row: a node left out as unsure, whose tally says so.
		var rowless []string
		for _, id := range ids {
			if _, ok := u.tallies[id]; !ok && u.rows[id] == nil {
				rowless = append(rowless, id)
			}
		}
		if err := u.readTallies(ctx, rowless); err != nil {
			return err
		}
	}
	u.recomputed, u.delta = u.sureEdges(u.recomputed), u.sureEdges(u.delta)
	old, err := u.oldEdges(ctx, tx)
	if err != nil {
		return err
	}
	// New nodes are numbered in id order.
	for _, id := range slices.Sorted(maps.Keys(u.tallies)) {
		if u.rows[id] == nil && u.tallies[id].Articles > 0 && !u.tallies[id].LeftOut() {
			u.newNums[id] = u.next.nextNum
			u.next.nextNum++
		}
	}
	if err := u.planEdges(ctx, tx, old); err != nil {
		return err
	}
	u.recomputed, u.delta = nil, nil // in u.w now; let the collector have them
	if err := u.planNodes(); err != nil {
		return err
	}
	if u.full {
		// A new cache's names go in in the order of graph_names' key,
		// appended to its B-tree rather than put all over it (planNodes
		// plans them node by node): the same rows, in fewer pages, for
		// less work.
		slices.SortFunc(u.w.names, comparePairs)
	}
	u.planLinks()
	u.tallies, u.rows, u.oldIn, u.in = nil, nil, nil, nil
	return nil
}

// readNodes reads the cache's rows of the nodes whose column col (n.id or
// n.num) is one of keys, those there are, into u.rows.
func (u *update) readNodes(ctx context.Context, col string, keys []any) error {
	return readByKeys(ctx, u.q, `SELECT `+nodeCols+` FROM graph_nodes n WHERE `+col+` IN (%s)`, keys, func(rows *sql.Rows) error {
		r, err := u.s.scanNodeRow(rows)
		if err != nil {
			return err
		}
		u.rows[r.id] = &r
		u.byNum[r.num] = r.id
		return nil
	})
}

// keyReadChunk is how many keys readByKeys asks for in one query.
const keyReadChunk = 64

// readByKeys runs query, whose "%s" stands for the list of an IN, on keys
// up to keyReadChunk a query, and calls fn on each row: a refresh reads
// the rows of a thousand nodes, and a query a row cost more than its row.
// The rows come in no particular order; keys may repeat.
func readByKeys(ctx context.Context, q *preparedTx, query string, keys []any, fn func(*sql.Rows) error) error {
	if len(keys) == 0 {
		return nil
	}
	query = fmt.Sprintf(query, strings.TrimSuffix(strings.Repeat("?, ", keyReadChunk), ", "))
	args := make([]any, keyReadChunk)
	for i := 0; i < len(keys); i += keyReadChunk {
		n := copy(args, keys[i:])
		for j := n; j < len(args); j++ {
			args[j] = args[n-1] // the last key again: one statement for every query
		}
		if err := eachRow(ctx, q, query, fn, args...); err != nil {
			return err
		}
	}
	return nil
}

// anys returns the elements of s as a []any.
func anys[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// oldEdges reads the edges the cache holds of the moved nodes, which the
// update replaces, and the rows of the nodes at their other ends. The rows
// are read whole, articles too: planEdges writes again only those that
// change.
func (u *update) oldEdges(ctx context.Context, tx *sql.Tx) (map[[2]int64]edgeRow, error) {
	old := map[[2]int64]edgeRow{}
	for _, id := range slices.Sorted(maps.Keys(u.moved)) {
		r := u.rows[id]
		if r == nil {
			continue // a node the update makes
		}
		n := 0
		for _, q := range []string{`SELECT ` + edgeCols + `, e.articles FROM graph_edges e WHERE e.source = ?`,
			`SELECT ` + edgeCols + `, e.articles FROM graph_edges e WHERE e.target = ?`} {
			err := eachRow(ctx, u.q, q, func(rows *sql.Rows) error {
				e, err := u.s.scanEdgeRow(rows, true)
				old[[2]int64{e.source, e.target}] = e
				n++
				return err
			}, r.num)
			if err != nil {
				return nil, err
			}
		}
		if n != r.degree {
			return nil, u.s.damaged("graph_edges holds %d edges of %q, whose degree is %d", n, id, r.degree)
		}
	}
	var missing []int64
	for _, k := range slices.SortedFunc(maps.Keys(old), compareNums) {
		for _, num := range k {
			if _, ok := u.byNum[num]; !ok {
				missing = append(missing, num)
			}
		}
	}
	slices.Sort(missing)
	missing = slices.Compact(missing)
	if err := u.readNodes(ctx, `n.num`, anys(missing)); err != nil {
		return nil, err
	}
	for _, num := range missing {
		if _, ok := u.byNum[num]; !ok {
			return nil, u.s.damaged("graph_edges names node number %d, which graph_nodes lacks", num)
		}
	}
	return old, nil
}

func compareNums(a, b [2]int64) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) }

// numOf returns the number of a node the update writes edges of.
func (u *update) numOf(id string) (int64, error) {
	if r := u.rows[id]; r != nil {
		return r.num, nil
	}
	if num, ok := u.newNums[id]; ok {
		return num, nil
	}
	return 0, u.s.damaged("graph_nodes lacks node %q, which articles in the cache mention", id)
}

// planEdges plans the edges: those of the moved nodes replaced (where their
// row changes: most of a moved node's edges come out as they were, and a
// row written again costs its pages in the log), the others the new
// articles touch added to, and the changes of degree that follow.
// Each set is taken in the order of graph_edges' key, node numbers: the
// rows are read and written in the order the table keeps them, and numbers
// sort faster than the pairs of ids they stand for.
func (u *update) planEdges(ctx context.Context, tx *sql.Tx, old map[[2]int64]edgeRow) error {
	if u.all != nil {
		return u.planAllEdges()
	}
	kept := map[[2]int64]bool{}
	recomputed, err := u.edgesByNum(u.recomputed)
	if err != nil {
		return err
	}
	for _, p := range recomputed {
		e := p.acc
		r := p.row
		r.weight, r.sentences, r.articles = e.weight, e.sentences, appendSeqs("[]", e.seqs)
		nums := [2]int64{r.source, r.target}
		kept[nums] = true
		if was, ok := old[nums]; !ok {
			u.degrees[p.key[0]]++
			u.degrees[p.key[1]]++
		} else if was == r {
			continue // the row the cache holds
		}
		u.w.edges = append(u.w.edges, r)
	}
	for _, k := range slices.SortedFunc(maps.Keys(old), compareNums) {
		if !kept[k] {
			u.w.edgeDel = append(u.w.edgeDel, []any{k[0], k[1]})
			u.degrees[u.byNum[k[0]]]--
			u.degrees[u.byNum[k[1]]]--
		}
	}
	delta, err := u.edgesByNum(u.delta)
	if err != nil {
		return err
	}
	var cached map[[2]int64]edgeRow
	if !u.full {
		if cached, err = u.readEdges(ctx, delta); err != nil {
			return err
		}
	}
	u.w.edges = slices.Grow(u.w.edges, len(delta))
	for _, p := range delta {
		e := p.acc
		r := p.row
		r.articles = "[]"
		have, ok := cached[[2]int64{r.source, r.target}]
		if !ok {
			u.degrees[p.key[0]]++
			u.degrees[p.key[1]]++
			have = r
		}
		have.weight += e.weight
		have.sentences += e.sentences
		have.articles = appendSeqs(have.articles, e.seqs)
		u.w.edges = append(u.w.edges, have)
	}
	return nil
}

// edgeReadChunk is how many edges of one node readEdges asks for in one
// query.
const edgeReadChunk = 64

// readEdges reads the cache's rows of the edges of delta (sorted by node
// numbers), those of one source node up to edgeReadChunk a query: a batch
// of a hundred articles touches thousands of edges, and a query a row cost
// more than the rows.
func (u *update) readEdges(ctx context.Context, delta []plannedEdge) (map[[2]int64]edgeRow, error) {
	out := make(map[[2]int64]edgeRow, len(delta))
	query := `SELECT ` + edgeCols + `, e.articles FROM graph_edges e WHERE e.source = ? AND e.target IN (` +
		strings.TrimSuffix(strings.Repeat("?, ", edgeReadChunk), ", ") + `)`
	args := make([]any, 0, 1+edgeReadChunk)
	for i := 0; i < len(delta); {
		source := delta[i].row.source
		args = append(args[:0], source)
		j := i
		for ; j < len(delta) && delta[j].row.source == source && j-i < edgeReadChunk; j++ {
			args = append(args, delta[j].row.target)
		}
		for len(args) < cap(args) {
			args = append(args, args[len(args)-1]) // the last target again: one statement for every query
		}
		err := eachRow(ctx, u.q, query, func(rows *sql.Rows) error {
			r, err := u.s.scanEdgeRow(rows, true)
			out[[2]int64{r.source, r.target}] = r
			return err
		}, args...)
		if err != nil {
			return nil, err
		}
		i = j
	}
	return out, nil
}

// plannedEdge is an edge of the update: its key by ids, what the articles
// give it, and its row's key by numbers.
type plannedEdge struct {
	key [2]string
	acc *edgeAcc
	row edgeRow // source and target only
}

// edgesByNum returns the edges of m with their node numbers, in the order
// of the numbers.
func (u *update) edgesByNum(m map[[2]string]*edgeAcc) ([]plannedEdge, error) {
	edges := make([]plannedEdge, 0, len(m))
	// Sorted by their numbers alone, then put in that order: a new
	// cache's 400,000 edges (Reuters+BBC) sorted as whole plannedEdges
	// moved four times the bytes.
	type byNum struct {
		nums [2]int64
		i    int
	}
	order := make([]byNum, 0, len(m))
	for k, e := range m {
		r, err := u.edgeRow(k)
		if err != nil {
			return nil, err
		}
		order = append(order, byNum{[2]int64{r.source, r.target}, len(edges)})
		edges = append(edges, plannedEdge{key: k, acc: e, row: r})
	}
	slices.SortFunc(order, func(a, b byNum) int { return compareNums(a.nums, b.nums) })
	// In place, cycle by cycle: edges[j] becomes the edge order[j] names.
	for i := range order {
		if order[i].i < 0 {
			continue // placed
		}
		first := edges[i]
		for j := i; ; {
			k := order[j].i
			order[j].i = -1
			if k == i {
				edges[j] = first
				break
			}
			edges[j] = edges[k]
			j = k
		}
	}
	return edges, nil
}

// edgeRow makes the row of the edge between two nodes, the one whose id
// sorts first as its source, with their numbers alone.
func (u *update) edgeRow(k [2]string) (edgeRow, error) {
	s, err := u.numOf(k[0])
	if err != nil {
		return edgeRow{}, err
	}
	t, err := u.numOf(k[1])
	if err != nil {
		return edgeRow{}, err
	}
	return edgeRow{source: s, target: t}, nil
}

// planNodes plans the rows of the nodes whose tally or degree changed, their
// names and tallies, and the size and checksum of the nodes after.
func (u *update) planNodes() error {
	ids := map[string]bool{}
	for id := range u.tallies {
		ids[id] = true
	}
	for id, d := range u.degrees {
		if d != 0 {
			ids[id] = true
		}
	}
	for _, id := range slices.Sorted(maps.Keys(ids)) {
		old := u.rows[id] // nil for a node the update makes
		row, gone, err := u.nodeRowOf(id, old)
		if err != nil {
			return err
		}
		if old != nil {
			u.next.nodes.remove(old.rankSum())
		}
		if gone {
			if old != nil {
				u.w.nodeDel = append(u.w.nodeDel, []any{id})
			}
		} else {
			u.next.nodes.add(row.rankSum())
			u.w.nodes = append(u.w.nodes, row)
		}
		if err := u.planNames(id, old, row, gone); err != nil {
			return err
		}
	}
	return nil
}

// nodeRowOf makes the new row of a node, or reports that it is gone.
func (u *update) nodeRowOf(id string, old *nodeRow) (nodeRow, bool, error) {
	degree, num := u.degrees[id], u.newNums[id]
	if old != nil {
		degree += old.degree
		num = old.num
	}
	if degree < 0 {
		return nodeRow{}, false, u.s.damaged("node %q would have %d edges: the cache's edges and degrees disagree", id, degree)
	}
	t, ok := u.tallies[id]
	if !ok {
		if old == nil {
			return nodeRow{}, false, u.s.damaged("graph_nodes lacks node %q, which the cache's edges name", id)
		}
		row := *old
		row.degree = degree
		return row, false, nil
	}
	if t.Articles == 0 {
		// Its tally goes too: a node's with a row, or one left out as
		// unsure (a tally and no row) whose raw ids all went to other
		// nodes. Deleting a tally the cache lacks deletes nothing.
		if !u.full {
			u.w.tallyDel = append(u.w.tallyDel, []any{id})
		}
		return nodeRow{}, true, nil
	}
	b, err := marshalTally(t)
	if err != nil {
		return nodeRow{}, false, fmt.Errorf("node tally of %q: %w", id, err)
	}
	u.w.tallies = append(u.w.tallies, [2]string{id, string(b)})
	if t.LeftOut() {
		// Left out as unsure: no row, no names, no edges; the tally
		// stays for the articles to come.
		return nodeRow{}, true, nil
	}
	return newNodeRow(t.Node(), num, degree), false, nil
}

// planNames plans the rows of graph_names of a node whose row changes.
func (u *update) planNames(id string, old *nodeRow, row nodeRow, gone bool) error {
	before, after := map[string]bool{}, map[string]bool{}
	var err error
	if old != nil {
		if before, err = old.names(); err != nil {
			return u.s.damaged("node %q: aliases: %v", id, err)
		}
	}
	if !gone {
		if after, err = row.names(); err != nil {
			return err
		}
	}
	for _, k := range slices.Sorted(maps.Keys(before)) {
		if !after[k] {
			u.w.nameDel = append(u.w.nameDel, []any{k, id})
		}
	}
	for _, k := range slices.Sorted(maps.Keys(after)) {
		if !before[k] {
			u.w.names = append(u.w.names, [2]string{k, id})
		}
	}
	return nil
}

// planLinks plans the links that changed, in every article and in
// articles' own contexts.
func (u *update) planLinks() {
	for _, seq := range slices.Sorted(maps.Keys(u.oldIn)) {
		for _, raw := range slices.Sorted(maps.Keys(u.oldIn[seq])) {
			if _, ok := u.in[seq][raw]; !ok {
				u.w.linkDel = append(u.w.linkDel, []any{seq, raw})
			}
		}
	}
	for _, seq := range slices.Sorted(maps.Keys(u.in)) {
		for _, raw := range slices.Sorted(maps.Keys(u.in[seq])) {
			if id := u.in[seq][raw]; u.oldIn[seq][raw] != id {
				u.w.links = append(u.w.links, articleLink{seq, raw, id})
			}
		}
	}
	for _, raw := range slices.Sorted(maps.Keys(u.oldRemap)) {
		if _, ok := u.remap[raw]; !ok {
			u.w.canonDel = append(u.w.canonDel, []any{raw})
		}
	}
	for _, raw := range slices.Sorted(maps.Keys(u.remap)) {
		if id := u.remap[raw]; u.oldRemap[raw] != id {
			u.w.canon = append(u.w.canon, [2]string{raw, id})
		}
	}
}

// write writes the update in tx.
func (u *update) write(ctx context.Context, tx *writeTx) error {
	if u.full {
		if err := emptyCache(ctx, tx.Tx); err != nil {
			return err
		}
	}
	for _, d := range []struct {
		query string
		keys  [][]any
	}{
		{`DELETE FROM graph_edges WHERE source = ? AND target = ?`, u.w.edgeDel},
		{`DELETE FROM graph_nodes WHERE id = ?`, u.w.nodeDel},
		{`DELETE FROM graph_names WHERE key = ? AND id = ?`, u.w.nameDel},
		{`DELETE FROM node_tallies WHERE id = ?`, u.w.tallyDel},
		{`DELETE FROM graph_canonical WHERE raw = ?`, u.w.canonDel},
		{`DELETE FROM graph_article_links WHERE article = ? AND raw = ?`, u.w.linkDel},
	} {
		if err := deleteRows(ctx, tx.Tx, d.query, d.keys); err != nil {
			return err
		}
	}
	w := u.w
	pair := func(p [2]string) []any { return []any{p[0], p[1], rowSum(p[0], p[1])} }
	for _, in := range []struct {
		verb, table string
		n           int
		row         func(i int) []any
	}{
		{"INSERT OR REPLACE", "graph_nodes", len(w.nodes), func(i int) []any { return w.nodes[i].values() }},
		{"INSERT OR IGNORE", "graph_names", len(w.names), func(i int) []any { return pair(w.names[i]) }},
		{"INSERT OR REPLACE", "node_tallies", len(w.tallies), func(i int) []any { return pair(w.tallies[i]) }},
		{"INSERT OR REPLACE", "graph_article_links", len(w.links), func(i int) []any {
			l := w.links[i]
			return []any{l.article, l.raw, l.id, rowSum(l.article, l.raw, l.id)}
		}},
		{"INSERT OR REPLACE", "graph_edges", len(w.edges), func(i int) []any { return w.edges[i].values() }},
		{"INSERT OR REPLACE", "graph_canonical", len(w.canon), func(i int) []any { return pair(w.canon[i]) }},
	} {
		verb := in.verb
		if u.full {
			// The tables are empty and each row's key comes once:
			// no row replaces another, and a plain insert needs no
			// statement journal.
			verb = "INSERT OR FAIL"
		}
		if err := insertRows(ctx, tx, verb, in.table, in.n, in.row); err != nil {
			return err
		}
	}
	if u.full {
		if err := makeIndexes(ctx, tx.Tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM graph_state`); err != nil {
		return err
	}
	n := u.next
	n.rules = graphstore.CacheRules
	_, err := tx.ExecContext(ctx, `INSERT INTO graph_state (articles, max_seq, nodes, node_sum, next_num, rules, sum) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		n.articles, n.maxSeq, n.nodes.rows, n.nodes.sum, n.nextNum, n.rules, n.sum())
	return err
}

// deleteRows runs a delete statement for each key.
func deleteRows(ctx context.Context, tx *sql.Tx, query string, keys [][]any) error {
	if len(keys) == 0 {
		return nil
	}
	st, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, k := range keys {
		if _, err := st.ExecContext(ctx, k...); err != nil {
			return fmt.Errorf("%s: %w", strings.Fields(query)[2], err)
		}
	}
	return nil
}
