package viewer

import (
	"fmt"
	"math"
)

// Page is what the viewer shows: a graph with its layout, the articles
// behind it, and a few words on where it came from. Nodes and articles are
// referred to by their index in Nodes and Articles, which keeps the page
// small (a link names two numbers, not two ids).
//
// Dates are strings as the other exports write them: "2006-01-02" for a
// day, RFC 3339 for an instant; the viewer reads the day (the first ten
// characters) and ignores what it cannot parse. An empty date is unknown.
type Page struct {
	Title  string `json:"title"`            // shown in the window title and the top bar
	Corpus string `json:"corpus,omitempty"` // what the graph was built from, e.g. "testdata/articles (11 articles)"
	Filter string `json:"filter,omitempty"` // the filters applied, e.g. "--top 2000"
	// Ego is the id of a node the page opens focused on: that entity and
	// its neighbours, the centre marked. Empty opens the whole graph; an id
	// of no node is an error of [Write].
	Ego string `json:"ego,omitempty"`
	// EgoDepth is how many links away from Ego the focus reaches; 0 means 1.
	EgoDepth int       `json:"ego_depth,omitempty"`
	Nodes    []Node    `json:"nodes"`
	Links    []Link    `json:"links"`
	Articles []Article `json:"articles"`
}

// Node is one entity.
type Node struct {
	ID       string  `json:"id"`
	Label    string  `json:"label"`
	Type     string  `json:"type"`          // PERSON, ORG, COUNTRY, LOCATION, MISC (others get a grey of their own)
	ISO      string  `json:"iso,omitempty"` // ISO 3166-1 alpha-2, for countries
	Aliases  []Alias `json:"aliases,omitempty"`
	Mentions int     `json:"mentions"`
	Articles int     `json:"articles"`
	Sources  int     `json:"sources,omitempty"` // mentions as a news credit
	First    string  `json:"first,omitempty"`   // earliest dated article that mentions it
	Last     string  `json:"last,omitempty"`    // latest one

	// Layout and centrality: X and Y in any unit, y growing upwards (the
	// viewer fits the drawing to the window), Community a small number
	// shared by the nodes of one community, PageRank in (0, 1], Degree the
	// links and WeightedDegree the sum of their weights. export.HTML takes
	// them all from graphstore's Graph.Layout.
	X              float64 `json:"x"`
	Y              float64 `json:"y"`
	Community      int     `json:"community"`
	PageRank       float64 `json:"pagerank"`
	Degree         int     `json:"degree"`
	WeightedDegree int     `json:"weighted_degree"`
}

// Alias is one name an entity was written as, with how often.
type Alias struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Link is two entities mentioned in the same articles. Source and Target
// are indices into [Page.Nodes]; Articles are indices into [Page.Articles].
type Link struct {
	Source    int     `json:"source"`
	Target    int     `json:"target"`
	Weight    int     `json:"weight"`    // articles that mention both
	Sentences int     `json:"sentences"` // sentences that mention both
	NPMI      float64 `json:"npmi"`      // normalized PMI over articles, in [-1, 1]
	// Articles are the link's articles; the page finds its first and last
	// dates from theirs (written out, they were a sixth of a big page).
	Articles  []int      `json:"articles"`
	Relations []Relation `json:"relations,omitempty"`
	// Evidence holds, for some of the link's articles, the sentences that
	// show the two entities together. Optional: the viewer lists the
	// articles either way.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Relation is a typed, directed relation found in the text between the two
// ends of a link ("accuse", "meet with"). Source and Target are node
// indices (one of them the link's source, the other its target); Articles
// are article indices.
type Relation struct {
	Predicate string `json:"predicate"`
	Source    int    `json:"source"`
	Target    int    `json:"target"`
	Count     int    `json:"count"`
	Articles  []int  `json:"articles"`
	Negated   bool   `json:"negated,omitempty"`   // "did not meet with": shown as such
	Symmetric bool   `json:"symmetric,omitempty"` // either direction is right
}

// Evidence is the sentences of one article that back a link.
type Evidence struct {
	Article   int      `json:"article"`
	Sentences []string `json:"sentences"`
}

// Article is one article behind the graph.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	URL    string `json:"url,omitempty"` // shown as a link only when it is http or https
	Source string `json:"source,omitempty"`
}

// check returns an error naming the first index that points nowhere, so
// that the page never has to guard against them.
func (p *Page) check() error {
	for i, n := range p.Nodes {
		if !finite(n.X, n.Y, n.PageRank) {
			return fmt.Errorf("viewer: node %d (%s): x, y or pagerank is not a finite number", i, n.ID)
		}
	}
	for i, l := range p.Links {
		if err := p.checkLink(i, l); err != nil {
			return err
		}
	}
	if p.EgoDepth < 0 {
		return fmt.Errorf("viewer: ego depth %d is negative", p.EgoDepth)
	}
	if p.Ego != "" {
		for _, n := range p.Nodes {
			if n.ID == p.Ego {
				return nil
			}
		}
		return fmt.Errorf("viewer: ego %q is not a node of the page", p.Ego)
	}
	return nil
}

// checkLink checks the indices of link i: its ends, its articles, and
// those of its relations and evidence.
func (p *Page) checkLink(i int, l Link) error {
	what := fmt.Sprintf("link %d", i)
	if !finite(l.NPMI) {
		return fmt.Errorf("viewer: %s: npmi is not a finite number", what)
	}
	if err := p.checkNodes(what, l.Source, l.Target); err != nil {
		return err
	}
	if err := p.checkArticles(what, l.Articles...); err != nil {
		return err
	}
	for j, r := range l.Relations {
		what := fmt.Sprintf("link %d relation %d", i, j)
		if err := p.checkNodes(what, r.Source, r.Target); err != nil {
			return err
		}
		if err := p.checkArticles(what, r.Articles...); err != nil {
			return err
		}
	}
	for j, e := range l.Evidence {
		if err := p.checkArticles(fmt.Sprintf("link %d evidence %d", i, j), e.Article); err != nil {
			return err
		}
	}
	return nil
}

// checkNodes fails for the first index that is no node.
func (p *Page) checkNodes(what string, is ...int) error {
	for _, i := range is {
		if i < 0 || i >= len(p.Nodes) {
			return fmt.Errorf("viewer: %s: node %d out of range (%d nodes)", what, i, len(p.Nodes))
		}
	}
	return nil
}

// checkArticles fails for the first index that is no article.
func (p *Page) checkArticles(what string, is ...int) error {
	for _, i := range is {
		if i < 0 || i >= len(p.Articles) {
			return fmt.Errorf("viewer: %s: article %d out of range (%d articles)", what, i, len(p.Articles))
		}
	}
	return nil
}

// finite reports whether no x is NaN or infinite.
func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}
