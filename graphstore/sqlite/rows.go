package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// The rows of the cache tables, as they are written and read, each with
// its checksum.

// nodeRow is a row of graph_nodes.
type nodeRow struct {
	id                          string
	num                         int64
	label, typ, iso             string
	mentions, articles, sources int
	degree                      int
	first, last                 any    // RFC 3339 text, or nil
	aliases                     string // JSON
}

const nodeCols = `n.id, n.num, n.label, n.type, n.iso, n.mentions, n.articles, n.sources, n.degree, n.first, n.last, n.aliases, n.rank_sum, n.sum`

func (r *nodeRow) sum() int64 {
	return rowSum(r.id, r.num, r.label, r.typ, r.iso, r.mentions, r.articles, r.sources, r.degree, r.first, r.last, r.aliases)
}

// rankSum is the checksum of what Top ranks nodes by, which it reads of
// every node, and which graph_state sums over all of them.
func (r *nodeRow) rankSum() int64 { return rowSum(r.id, r.typ, r.articles, r.mentions) }

func (r *nodeRow) values() []any {
	return []any{r.id, r.num, r.label, r.typ, r.iso, r.mentions, r.articles, r.sources, r.degree, r.first, r.last, r.aliases,
		r.rankSum(), r.sum()}
}

// names returns the keys graph_names holds for the node: its id, label and
// aliases in lower case.
func (r *nodeRow) names() (map[string]bool, error) {
	keys := map[string]bool{strings.ToLower(r.id): true, strings.ToLower(r.label): true}
	var als []graphstore.Alias
	if err := json.Unmarshal([]byte(r.aliases), &als); err != nil {
		return nil, err
	}
	for _, a := range als {
		keys[strings.ToLower(a.Name)] = true
	}
	return keys, nil
}

// newNodeRow makes the row of a node.
func newNodeRow(n graphstore.Node, num int64, degree int) nodeRow {
	als, _ := json.Marshal(n.Aliases) // names and counts always marshal
	return nodeRow{id: n.ID, num: num, label: n.Label, typ: string(n.Type), iso: n.ISO, mentions: n.Mentions,
		articles: n.Articles, sources: n.Sources, degree: degree, first: timeOrNull(n.First), last: timeOrNull(n.Last),
		aliases: string(als)}
}

// scanNodeRow reads a row of nodeCols and checks it against its checksum.
func (s *Store) scanNodeRow(sc interface{ Scan(...any) error }, extra ...any) (nodeRow, error) {
	var r nodeRow
	var first, last sql.NullString
	var rank, sum int64
	dest := append([]any{&r.id, &r.num, &r.label, &r.typ, &r.iso, &r.mentions, &r.articles, &r.sources, &r.degree,
		&first, &last, &r.aliases, &rank, &sum}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return r, err
	}
	r.first, r.last = nullable(first.Valid, first.String), nullable(last.Valid, last.String)
	if r.sum() != sum || r.rankSum() != rank {
		return r, s.damaged("the graph_nodes row of %q does not match its checksum", r.id)
	}
	return r, nil
}

// node turns a row into the node it holds.
func (s *Store) node(r nodeRow) (graphstore.Node, error) {
	n := graphstore.Node{ID: r.id, Label: r.label, Type: extract.Type(r.typ), ISO: r.iso, Mentions: r.mentions,
		Articles: r.articles, Sources: r.sources}
	for _, t := range []struct {
		v  any
		to *time.Time
	}{{r.first, &n.First}, {r.last, &n.Last}} {
		if v, ok := t.v.(string); ok {
			d, err := time.Parse(time.RFC3339Nano, v)
			if err != nil {
				return n, s.damaged("node %q: %v", n.ID, err)
			}
			*t.to = d
		}
	}
	if err := json.Unmarshal([]byte(r.aliases), &n.Aliases); err != nil {
		return n, s.damaged("node %q: aliases: %v", n.ID, err)
	}
	return n, nil
}

func timeOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.RFC3339Nano)
}

// edgeRow is a row of graph_edges: source is the number of the node whose
// id sorts first.
type edgeRow struct {
	source, target    int64
	weight, sentences int
	articles          string // JSON array of articles.seq, ascending
}

const edgeCols = `e.source, e.target, e.weight, e.sentences, e.articles_sum, e.sum`

func (r *edgeRow) articlesSum() int64 { return rowSum(r.articles) }

func (r *edgeRow) sum(articlesSum int64) int64 {
	return rowSum(r.source, r.target, r.weight, r.sentences, articlesSum)
}

func (r *edgeRow) values() []any {
	as := r.articlesSum()
	return []any{r.source, r.target, r.weight, r.sentences, as, r.sum(as), r.articles}
}

// scanEdgeRow reads a row of edgeCols, with the articles when withArticles,
// and checks it against its checksums.
func (s *Store) scanEdgeRow(sc interface{ Scan(...any) error }, withArticles bool) (edgeRow, error) {
	var r edgeRow
	var as, sum int64
	dest := []any{&r.source, &r.target, &r.weight, &r.sentences, &as, &sum}
	if withArticles {
		dest = append(dest, &r.articles)
	}
	if err := sc.Scan(dest...); err != nil {
		return r, err
	}
	if r.sum(as) != sum || withArticles && r.articlesSum() != as {
		return r, s.damaged("the graph_edges row of nodes %d and %d does not match its checksum", r.source, r.target)
	}
	return r, nil
}

// seqs returns the article numbers of an edge row.
func (s *Store) seqs(r edgeRow) ([]int64, error) {
	var out []int64
	if err := json.Unmarshal([]byte(r.articles), &out); err != nil {
		return nil, s.damaged("the articles of the edge of nodes %d and %d: %v", r.source, r.target, err)
	}
	return out, nil
}

// appendSeqs returns the JSON array of an edge's articles with more, all
// later than those it holds.
func appendSeqs(articles string, more []int64) string {
	b := make([]byte, 0, len(articles)+8*len(more))
	b = append(b, strings.TrimSuffix(articles, "]")...)
	for i, seq := range more {
		if i > 0 || articles != "[]" {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, seq, 10)
	}
	return string(append(b, ']'))
}

// readRow reads one row of a query with scan; ok false when there is none.
func readRow[T any](ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, scan func(*sql.Rows) (T, error), args ...any) (T, bool, error) {
	var out T
	found := false
	err := eachRow(ctx, q, query, func(rows *sql.Rows) error {
		if found {
			return errors.New("more than one row")
		}
		var err error
		out, err = scan(rows)
		found = true
		return err
	}, args...)
	return out, found, err
}
