package export

import (
	"fmt"
	"io"
	"math"

	"github.com/nergraph/nergraph/export/viewer"
	"github.com/nergraph/nergraph/graphstore"
)

func init() { register("html", HTML{}, ".html", ".htm") }

// HTML writes the graph as one interactive page that opens from a file,
// offline (see package [viewer]): search, filters, a focus mode, and the
// articles behind every link. About describes the graph in the page's
// title bar, and its Ego is the entity the page opens focused on; the zero
// HTML writes a page titled "nergraph".
//
// The page draws the graph's layout: its positions, and its communities for
// "colour by community". Layout, when set (see [Arrange]), is that layout,
// which must be the graph's and have positions; when nil, Write computes
// one.
type HTML struct {
	About
	Layout *graphstore.Layout
}

func (h HTML) with(l *graphstore.Layout) Exporter { h.Layout = l; return h }
func (HTML) autoPositions() bool                  { return true }

// Write writes g to w. It does not close w and returns the first write
// error; it fails before writing when Ego names no entity of g.
func (h HTML) Write(w io.Writer, g *graphstore.Graph) error {
	p, err := h.Page(g)
	if err != nil {
		return err
	}
	return viewer.Write(w, p)
}

// Page returns g as the viewer's page: nodes by id, links by source and
// target, articles by id, with the layout, communities and centrality of
// h.Layout (or of g's default layout when it is nil). It fails for a Layout
// of another graph or without positions.
func (h HTML) Page(g *graphstore.Graph) (viewer.Page, error) {
	l, err := layoutOf(h, g, h.Layout)
	if err != nil {
		return viewer.Page{}, err
	}
	if !l.Positioned {
		return viewer.Page{}, ErrPagePositions
	}
	p := viewer.Page{Title: h.title(), Corpus: h.Corpus, Filter: h.Filter}
	artIndex := map[string]int{}
	addArticle := func(a viewer.Article) int {
		artIndex[a.ID] = len(p.Articles)
		p.Articles = append(p.Articles, a)
		return len(p.Articles) - 1
	}
	for _, a := range g.Articles() {
		addArticle(viewer.Article{ID: a.ID, Title: a.Title, Date: formatTime(a.Date), URL: a.URL, Source: a.Source})
	}
	nodeIndex := map[string]int{}
	for i, n := range g.Nodes() {
		nodeIndex[n.ID] = i
		vn := viewer.Node{ID: n.ID, Label: n.Label, Type: string(n.Type), ISO: n.ISO, Mentions: n.Mentions,
			Articles: n.Articles, Sources: n.Sources, First: formatTime(n.First), Last: formatTime(n.Last),
			X: l.X[i], Y: l.Y[i], Community: l.Community[i], PageRank: l.PageRank[i],
			Degree: l.Degree[i], WeightedDegree: l.WeightedDegree[i]}
		for _, a := range n.Aliases {
			vn.Aliases = append(vn.Aliases, viewer.Alias{Name: a.Name, Count: a.Count})
		}
		p.Nodes = append(p.Nodes, vn)
	}
	for _, e := range g.Edges() {
		l := viewer.Link{Source: nodeIndex[e.Source], Target: nodeIndex[e.Target], Weight: e.Weight,
			Sentences: e.Sentences, NPMI: math.Round(e.NPMI*1e4) / 1e4, Articles: make([]int, 0, len(e.Articles))}
		for _, id := range e.Articles {
			a, ok := artIndex[id]
			if !ok {
				// A graph that cites an article it does not list still
				// shows the article's id.
				a = addArticle(viewer.Article{ID: id})
			}
			l.Articles = append(l.Articles, a)
		}
		l.Relations, l.Evidence = pageRelations(e, nodeIndex, artIndex, addArticle)
		p.Links = append(p.Links, l)
	}
	if h.Ego != "" {
		n, err := g.Lookup(h.Ego)
		if err != nil {
			return p, fmt.Errorf("html: ego: %w", err)
		}
		p.Ego, p.EgoDepth = n.ID, h.Depth
	}
	return p, nil
}
