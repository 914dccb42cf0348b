package api

import (
	"context"
	"encoding/json"
	"io"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// Entity names an entity in an answer.
type Entity struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Type  string `json:"type"`
}

func entityOf(n graphstore.Node) Entity {
	return Entity{ID: n.ID, Label: n.Label, Type: string(n.Type)}
}

// Neighbor is an entity mentioned with another, with the link between them.
type Neighbor struct {
	Entity
	Weight    int      `json:"weight"`    // articles that mention both
	Sentences int      `json:"sentences"` // sentences that mention both
	NPMI      float64  `json:"npmi"`
	Articles  []string `json:"articles"` // their ids
}

// NeighborsAnswer is the answer of [Neighbors].
type NeighborsAnswer struct {
	Entity    Entity     `json:"entity"`
	Total     int        `json:"total"` // neighbors in all, whatever the limit
	Neighbors []Neighbor `json:"neighbors"`
}

// Neighbors finds the entity name goes by and lists the entities mentioned
// with it, by number of articles, at most limit of them (0 for all). It
// fails as [graphstore.Querier] Lookup does for a name of no entity or of
// several.
func Neighbors(ctx context.Context, q graphstore.Querier, name string, limit int) (NeighborsAnswer, error) {
	n, err := q.Lookup(ctx, name)
	if err != nil {
		return NeighborsAnswer{}, err
	}
	nbs, err := q.Neighbors(ctx, n.ID)
	if err != nil {
		return NeighborsAnswer{}, err
	}
	a := NeighborsAnswer{Entity: entityOf(n), Total: len(nbs), Neighbors: []Neighbor{}}
	if limit > 0 && len(nbs) > limit {
		nbs = nbs[:limit]
	}
	for _, nb := range nbs {
		a.Neighbors = append(a.Neighbors, Neighbor{entityOf(nb.Node), nb.Edge.Weight, nb.Edge.Sentences, nb.Edge.NPMI, nb.Edge.Articles})
	}
	return a, nil
}

// Hop is one link of a path.
type Hop struct {
	From     Entity   `json:"from"`
	To       Entity   `json:"to"`
	Weight   int      `json:"weight"`
	Articles []string `json:"articles"`
}

// PathAnswer is the answer of [Path].
type PathAnswer struct {
	From Entity `json:"from"`
	To   Entity `json:"to"`
	Hops []Hop  `json:"hops"`
}

// Path finds the entities two names go by and a shortest chain of
// co-mentions between them. It fails with [graphstore.ErrNoPath] when none
// joins them.
func Path(ctx context.Context, q graphstore.Querier, fromName, toName string) (PathAnswer, error) {
	from, err := q.Lookup(ctx, fromName)
	if err != nil {
		return PathAnswer{}, err
	}
	to, err := q.Lookup(ctx, toName)
	if err != nil {
		return PathAnswer{}, err
	}
	hops, err := q.Path(ctx, from.ID, to.ID)
	if err != nil {
		return PathAnswer{}, err
	}
	a := PathAnswer{From: entityOf(from), To: entityOf(to), Hops: []Hop{}}
	for _, h := range hops {
		a.Hops = append(a.Hops, Hop{entityOf(h.From), entityOf(h.To), h.Edge.Weight, h.Edge.Articles})
	}
	return a, nil
}

// TopEntity is one entity of the answer of [Top].
type TopEntity struct {
	Entity
	Articles  int `json:"articles"`
	Mentions  int `json:"mentions"`
	Neighbors int `json:"neighbors"`
}

// Top lists the entities mentioned in the most articles, of type typ ("" for
// any), at most limit of them (0 for all).
func Top(ctx context.Context, q graphstore.Querier, typ extract.Type, limit int) ([]TopEntity, error) {
	nodes, err := q.Top(ctx, typ, limit)
	if err != nil {
		return nil, err
	}
	out := []TopEntity{}
	for _, n := range nodes {
		deg, err := q.Degree(ctx, n.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, TopEntity{entityOf(n), n.Articles, n.Mentions, deg})
	}
	return out, nil
}

// Alias is one name an entity was written as, with how often.
type Alias struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// EntityAnswer is the answer of [EntityOf].
type EntityAnswer struct {
	Entity
	ISO       string     `json:"iso,omitempty"`
	Mentions  int        `json:"mentions"`
	Articles  int        `json:"articles"`
	Sources   int        `json:"sources"` // mentions as a news credit
	Neighbors int        `json:"neighbors"`
	First     *time.Time `json:"first,omitempty"` // earliest dated article
	Last      *time.Time `json:"last,omitempty"`  // latest
	Aliases   []Alias    `json:"aliases"`
}

// EntityOf finds the entity name goes by and says what the store knows of
// it.
func EntityOf(ctx context.Context, q graphstore.Querier, name string) (EntityAnswer, error) {
	n, err := q.Lookup(ctx, name)
	if err != nil {
		return EntityAnswer{}, err
	}
	deg, err := q.Degree(ctx, n.ID)
	if err != nil {
		return EntityAnswer{}, err
	}
	a := EntityAnswer{Entity: entityOf(n), ISO: n.ISO, Mentions: n.Mentions, Articles: n.Articles,
		Sources: n.Sources, Neighbors: deg, Aliases: []Alias{}}
	if !n.First.IsZero() {
		a.First, a.Last = &n.First, &n.Last
	}
	for _, al := range n.Aliases {
		a.Aliases = append(a.Aliases, Alias{al.Name, al.Count})
	}
	return a, nil
}

// Article is an article in an answer.
type Article struct {
	ID     string     `json:"id"`
	Title  string     `json:"title"`
	Date   *time.Time `json:"date,omitempty"`
	Source string     `json:"source,omitempty"`
	URL    string     `json:"url,omitempty"`
}

// ArticlesAnswer is the answer of [Articles].
type ArticlesAnswer struct {
	Entities []Entity  `json:"entities"`
	Articles []Article `json:"articles"`
}

// Articles finds the entities the names go by and lists the articles that
// mention all of them, by id.
func Articles(ctx context.Context, q graphstore.Querier, names ...string) (ArticlesAnswer, error) {
	var a ArticlesAnswer
	var ids []string
	for _, name := range names {
		n, err := q.Lookup(ctx, name)
		if err != nil {
			return ArticlesAnswer{}, err
		}
		a.Entities = append(a.Entities, entityOf(n))
		ids = append(ids, n.ID)
	}
	arts, err := q.ArticlesOf(ctx, ids...)
	if err != nil {
		return ArticlesAnswer{}, err
	}
	a.Articles = []Article{}
	for _, ar := range arts {
		out := Article{ID: ar.ID, Title: ar.Title, Source: ar.Source, URL: ar.URL}
		if !ar.Date.IsZero() {
			out.Date = &ar.Date
		}
		a.Articles = append(a.Articles, out)
	}
	return a, nil
}

// Relation is a typed, directed relation between two entities found in the
// text of articles, in the shape links carry them (see DESIGN.md): the
// predicate ("accuse", "meet with"), the ids of its two ends, and the
// articles that state it.
type Relation struct {
	Predicate string   `json:"predicate"`
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Count     int      `json:"count"`
	Articles  []string `json:"articles"`
}

// RelationsAnswer is the answer of [Relations].
type RelationsAnswer struct {
	Entity    Entity     `json:"entity"`
	Relations []Relation `json:"relations"`
}

// Relations finds the entity name goes by and lists the relations it is an
// end of. Stores keep no relations yet (the graph's links will carry them),
// so the list is empty, in the shape that will hold them.
func Relations(ctx context.Context, q graphstore.Querier, name string) (RelationsAnswer, error) {
	n, err := q.Lookup(ctx, name)
	if err != nil {
		return RelationsAnswer{}, err
	}
	return RelationsAnswer{Entity: entityOf(n), Relations: []Relation{}}, nil
}

// Encode writes v as the answers are written, by the server and by
// "nergraph query --json": indented JSON, HTML characters as they are, and
// a final newline. It returns the first write error.
func Encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
