package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// ArticleIDs returns the ids of every article in the store.
func (s *Store) ArticleIDs(ctx context.Context) (map[string]bool, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles`)
	if err != nil {
		return nil, failed(ctx, "store "+s.path, err)
	}
	defer rows.Close()
	ids := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, failed(ctx, "store "+s.path, err)
		}
		ids[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, failed(ctx, "store "+s.path, err)
	}
	return ids, nil
}

// Graph returns the graph of the articles dated in [since, until], as
// [graphstore.Store] says.
func (s *Store) Graph(ctx context.Context, since, until time.Time) (*graphstore.Graph, error) {
	// One read transaction, so the graph is one snapshot even while an ingest
	// commits batches.
	tx, err := s.begin(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, failed(ctx, "load graph", err)
	}
	defer tx.Rollback()
	return loadGraph(ctx, tx, since, until)
}

// loadGraph adds the articles dated in [since, until] to a new graph, in the
// order they were ingested, each with the counts its mention rows hold.
func loadGraph(ctx context.Context, tx *sql.Tx, since, until time.Time) (*graphstore.Graph, error) {
	query := `SELECT a.id, a.hash, a.title, a.date, a.source, a.url, a.tokens, a.sentences,
		m.entity, m.name, m.type, m.iso, m.partial, m.mentions, m.sources, m.sentences, m.aliases
		FROM articles a LEFT JOIN mentions m ON m.article = a.seq`
	rels, err := loadRelations(ctx, tx, since, until)
	if err != nil {
		return nil, failed(ctx, "load graph", err)
	}
	where, args := windowWhere(since, until)
	query += where + " ORDER BY a.seq, m.entity"
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, failed(ctx, "load graph", err)
	}
	defer rows.Close()
	g := graphstore.New()
	var cur *graphstore.ArticleCounts
	for rows.Next() {
		a, e, err := scanMention(rows)
		if err != nil {
			return nil, fmt.Errorf("load graph: %w", err)
		}
		if cur == nil || cur.Info.ID != a.Info.ID {
			if cur != nil {
				cur.Relations = rels[cur.Info.ID]
				g.AddCounts(*cur)
			}
			cur = &a
		}
		if e != nil {
			cur.Entities = append(cur.Entities, *e)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, failed(ctx, "load graph", err)
	}
	if cur != nil {
		cur.Relations = rels[cur.Info.ID]
		g.AddCounts(*cur)
	}
	return g, nil
}

// scanMention reads a row of loadGraph's query: an article, and one of its
// entities or nil for an article without any.
func scanMention(rows *sql.Rows) (graphstore.ArticleCounts, *graphstore.EntityCount, error) {
	var (
		a                                                  graphstore.ArticleCounts
		date, entity, name, typ, iso, sentences, aliasJSON sql.NullString
		partial                                            sql.NullBool
		mentions, sources                                  sql.NullInt64
	)
	if err := rows.Scan(&a.Info.ID, &a.Info.Hash, &a.Info.Title, &date, &a.Info.Source, &a.Info.URL, &a.Tokens, &a.Sentences,
		&entity, &name, &typ, &iso, &partial, &mentions, &sources, &sentences, &aliasJSON); err != nil {
		return a, nil, err
	}
	if date.Valid {
		d, err := time.Parse(time.RFC3339Nano, date.String)
		if err != nil {
			return a, nil, fmt.Errorf("article %s: date: %w", a.Info.ID, err)
		}
		a.Info.Date = d
	}
	if !entity.Valid {
		return a, nil, nil
	}
	e := &graphstore.EntityCount{ID: entity.String, Name: name.String, Type: extract.Type(typ.String), ISO: iso.String,
		Partial: partial.Bool, Mentions: int(mentions.Int64), Sources: int(sources.Int64)}
	if err := json.Unmarshal([]byte(sentences.String), &e.Sentences); err != nil {
		return a, nil, fmt.Errorf("article %s, entity %s: sentences: %w", a.Info.ID, e.ID, err)
	}
	if err := json.Unmarshal([]byte(aliasJSON.String), &e.Aliases); err != nil {
		return a, nil, fmt.Errorf("article %s, entity %s: aliases: %w", a.Info.ID, e.ID, err)
	}
	return a, e, nil
}

// Stats counts the rows of the store's tables and measures its file: Bytes
// is the size of the database as the file will be once its write-ahead log
// is checkpointed.
func (s *Store) Stats(ctx context.Context) (graphstore.Stats, error) {
	var st graphstore.Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM edges), (SELECT count(*) FROM relations)`).
		Scan(&st.Articles, &st.Entities, &st.Mentions, &st.Edges, &st.Relations)
	if err != nil {
		return st, failed(ctx, "store stats", err)
	}
	// The pages of the database as of now, committed pages still in the
	// write-ahead log included.
	if err := s.db.QueryRowContext(ctx, `SELECT page_count * page_size FROM pragma_page_count, pragma_page_size`).Scan(&st.Bytes); err != nil {
		return st, failed(ctx, "store stats", err)
	}
	return st, nil
}
