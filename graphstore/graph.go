package graphstore

import (
	"cmp"
	"encoding/hex"
	"iter"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nergraph/nergraph/extract"
)

// Alias is one surface name of an entity and how often it was seen.
type Alias struct {
	Name  string
	Count int
}

// Node is one canonical entity of the graph.
type Node struct {
	ID       string
	Label    string
	Type     extract.Type
	ISO      string // ISO 3166-1 alpha-2, for countries
	Mentions int    // mentions over all articles
	Articles int    // articles that mention it
	Sources  int    // mentions in the role of a news source (credits)
	Aliases  []Alias
	First    time.Time // date of the earliest dated article that mentions it
	Last     time.Time // date of the latest dated article that mentions it
}

// Edge joins two entities mentioned in the same article. Source < Target.
type Edge struct {
	Source    string
	Target    string
	Weight    int      // articles that mention both
	Sentences int      // sentences that mention both
	NPMI      float64  // normalized pointwise mutual information over articles, in [-1, 1]
	Articles  []string // ids of the articles that mention both, sorted
	// Relations are what the articles say one entity did to the other
	// (see [LinkRelation]), the most stated first; none when they say
	// nothing.
	Relations []LinkRelation
}

// ArticleInfo is what the graph keeps of an article.
type ArticleInfo struct {
	ID     string
	Title  string
	Hash   string
	Date   time.Time
	Source string
	URL    string
}

// article is what the graph keeps of an article until finalize, made
// compact because a graph holds one for every article (issue 15: bounded
// memory): 136 bytes and its entries, where an ArticleInfo alone is 104.
// What few articles have (a source, a URL, a hash that is not a SHA-256,
// relations) is behind more.
type article struct {
	id, title string
	date      time.Time
	hash      [32]byte // the SHA-256 of Hash; all zeros when Hash is not one (see setHash)
	entries   []entry  // sorted by id
	// paras are the sentences that start paragraphs, when known
	// (Graph.Add), as encodeSentences writes them.
	paras string
	more  *articleMore
}

// articleMore is what few articles have: nil in most.
type articleMore struct {
	hashText    string // Hash when hash does not hold it
	source, url string
	relations   []Relation // as NormalizeRelations makes them
}

// newArticle returns the article of info, with no entries.
func newArticle(info ArticleInfo) article {
	a := article{id: info.ID, title: info.Title, date: info.Date}
	a.setHash(info.Hash)
	if info.Source != "" || info.URL != "" {
		m := a.moreOf()
		m.source, m.url = info.Source, info.URL
	}
	return a
}

// moreOf returns a.more, made when nil.
func (a *article) moreOf() *articleMore {
	if a.more == nil {
		a.more = &articleMore{}
	}
	return a.more
}

// infoOnly returns the article with its info alone: no entries,
// paragraphs or relations.
func (a *article) infoOnly() article {
	na := article{id: a.id, title: a.title, date: a.date, hash: a.hash}
	if m := a.more; m != nil && (m.hashText != "" || m.source != "" || m.url != "") {
		na.more = &articleMore{hashText: m.hashText, source: m.source, url: m.url}
	}
	return na
}

// setHash keeps h, as 32 bytes when it is a SHA-256 in 64 lowercase hex
// digits (as extract makes it) rather than an 80-byte string.
func (a *article) setHash(h string) {
	a.hash = [32]byte{}
	if a.more != nil {
		a.more.hashText = ""
	}
	if b, ok := parseHash(h); ok {
		a.hash = b
	} else if h != "" {
		a.moreOf().hashText = h
	}
}

// parseHash returns h as 32 bytes when it is a SHA-256 in 64 lowercase hex
// digits, not all zeros (which stands for "not here").
func parseHash(h string) ([32]byte, bool) {
	var b [32]byte
	if len(h) != 64 || strings.IndexFunc(h, func(r rune) bool { return !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') }) >= 0 {
		return b, false
	}
	if _, err := hex.Decode(b[:], []byte(h)); err != nil || b == [32]byte{} {
		return [32]byte{}, false
	}
	return b, true
}

// hashOf returns the article's Hash.
func (a *article) hashOf() string {
	if a.hash != [32]byte{} {
		return hex.EncodeToString(a.hash[:])
	}
	if a.more != nil {
		return a.more.hashText
	}
	return ""
}

// public returns the article's info.
func (a *article) public() ArticleInfo {
	info := ArticleInfo{ID: a.id, Title: a.title, Date: a.date, Hash: a.hashOf()}
	if a.more != nil {
		info.Source, info.URL = a.more.source, a.more.url
	}
	return info
}

// paragraphs appends the sentences that start the article's paragraphs
// to buf.
func (a *article) paragraphs(buf []int) []int { return decodeSentences(a.paras, buf) }

func (a *article) relations() []Relation {
	if a.more == nil {
		return nil
	}
	return a.more.relations
}

// Graph is an in-memory co-occurrence graph.
//
// Adding is not safe for concurrent use: add documents from one goroutine,
// with no reader running. Reading is: once the articles are in, any number
// of goroutines may call the other methods at once. The first read after a
// change computes the nodes and edges (cross-article linking, counts, NPMI)
// once; later reads share that result and change nothing.
type Graph struct {
	articles []article
	seen     *seenSet     // the hashes and ids of articles, nil on a read-only graph
	keys     *keyInterner // the entries' keys, nil on a read-only graph
	names    nameTable    // the entries' ids, names and ISO codes, nil on a read-only graph
	frozen   bool         // made by NewView: nodes and edges are given, Add is refused
	window   Window
	// prelinked: made by Curate, whose entries hold node ids already;
	// corpus linking is not run again, and Add is refused.
	prelinked bool

	mu  sync.Mutex               // held while computing fin
	fin atomic.Pointer[finished] // nil after a change, until a read computes it
}

// finished is what the graph's articles come to: its nodes and edges and how
// ids were linked. It is computed whole and never changed after, so readers
// share it and an iterator handed out before a change keeps its snapshot.
type finished struct {
	nodes        []Node         // sorted by ID
	edges        []Edge         // sorted by Source, Target
	index        map[string]int // node id → position in nodes
	link         *linking       // how corpus linking linked the articles' ids
	articleIndex map[string]int // article id → index in Graph.articles, of the articles in link.inArticle
	// guarded are the ids of the articles of more than GuardEntities
	// entities, counted with the sentence window, sorted.
	guarded []string
	unsure  int // nodes dropped, all their entities unsure
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{seen: newSeenSet(), keys: newKeyInterner(0), names: nameTable{}}
}

// Add counts the entities of doc and their co-mentions: it is
// [Graph.AddArticle] of what [Count] makes of doc. It reports false, and adds
// nothing, when an article with the same cleaned text or the same id was
// added before, and on a read-only graph made by [NewView] or [Graph.Filter].
func (g *Graph) Add(doc *extract.Doc) bool {
	if g.frozen || g.prelinked || g.seen.has(g.articles, doc.Hash, doc.Article.ID) {
		return false // before the work of counting
	}
	// The aliases are not copied: AddCounts copies them into the entries'
	// encoded lists, and keeps no Aliases map.
	name := intern
	if g.names != nil {
		name = g.names.get
	}
	if !g.AddCounts(countWith(doc, name, func(s string) string { return s })) {
		return false
	}
	if len(doc.Paragraphs) > 0 {
		g.articles[len(g.articles)-1].paras = encodeSentences(doc.Paragraphs)
	}
	return true
}

// SetWindow sets the window within which entities of one article count as
// mentioned together; the default is the whole article. The paragraph
// window needs the paragraphs of articles added by [Graph.Add]; articles
// added by AddArticle are counted by sentence under it.
func (g *Graph) SetWindow(w Window) {
	g.window = w
	g.fin.Store(nil)
}

// Guarded returns the ids of the articles with more than [GuardEntities]
// entities, counted with the sentence window instead of the whole article,
// sorted.
func (g *Graph) Guarded() []string { return g.finished().guarded }

// AddArticle adds an article given by what it says about each of its
// entities, as [Count] sums them from an extracted document or as a store
// reads them back. Entities out of the order [ArticleCounts] asks for are
// put in it first (see [NormalizeEntities]). The graph keeps the Aliases maps
// and Sentences slices of ents: the caller must not change them afterwards.
//
// It reports false, and adds nothing, when an article with the same Hash
// (the cleaned text) or the same ID was added before, and on a read-only
// graph made by [NewView] or [Graph.Filter].
func (g *Graph) AddArticle(info ArticleInfo, ents []EntityCount) bool {
	return g.AddCounts(ArticleCounts{Info: info, Entities: ents})
}

// AddCounts adds an article as [Graph.AddArticle] does, with its relations
// (taken as [NormalizeRelations] returns them), which become the relations
// of its edges. The graph keeps the slices and maps of a: the caller must
// not change them afterwards.
func (g *Graph) AddCounts(a ArticleCounts) bool {
	info, ents := a.Info, a.Entities
	if g.frozen || g.prelinked || g.seen.has(g.articles, info.Hash, info.ID) {
		return false
	}
	ents = NormalizeEntities(ents)
	art := newArticle(info)
	art.entries = make([]entry, len(ents))
	if rels := NormalizeRelations(a.Relations); len(rels) > 0 {
		art.moreOf().relations = rels
	}
	for i, e := range ents {
		art.entries[i] = newEntry(e, g.keys)
	}
	g.articles = append(g.articles, art)
	g.seen.add(g.articles, len(g.articles)-1)
	g.fin.Store(nil)
	return true
}

// UnsureNodes returns the number of nodes left out because the recognizer
// was unsure of every entity linked to them, in every article
// ([EntityCount].Unsure, set by extract.WithMinConfidence): 0 unless some
// entities are unsure. Their articles count no co-mentions with them.
func (g *Graph) UnsureNodes() int { return g.finished().unsure }

// Len returns the number of articles added.
func (g *Graph) Len() int { return len(g.articles) }

// Articles returns what the graph keeps of each article, sorted by ID, in a
// new slice.
func (g *Graph) Articles() []ArticleInfo {
	out := make([]ArticleInfo, len(g.articles))
	for i, a := range g.articles {
		out[i] = a.public()
	}
	slices.SortFunc(out, func(x, y ArticleInfo) int { return cmp.Compare(x.ID, y.ID) })
	return out
}

// EachArticle returns what the graph keeps of each article, sorted by ID
// as [Graph.Articles] returns them, one at a time: an exporter that
// writes them out holds none but the one it writes (issue 15: a slice of
// every article was 23 MB of a 16× AG News build's peak, with their
// hashes in hex). It makes only a 4-byte index an article, when the graph
// does not keep its articles in that order already (a filter's view
// does).
func (g *Graph) EachArticle() iter.Seq[ArticleInfo] {
	byID := func(x, y *article) int { return cmp.Compare(x.id, y.id) }
	return func(yield func(ArticleInfo) bool) {
		if slices.IsSortedFunc(g.articles, func(x, y article) int { return byID(&x, &y) }) {
			for i := range g.articles {
				if !yield(g.articles[i].public()) {
					return
				}
			}
			return
		}
		order := make([]int32, len(g.articles))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(x, y int32) int { return byID(&g.articles[x], &g.articles[y]) })
		for _, i := range order {
			if !yield(g.articles[i].public()) {
				return
			}
		}
	}
}

// Nodes returns the nodes sorted by ID, each with its position in that
// order, as slices.All does: for i, n := range g.Nodes(). The sequence is a
// snapshot: articles added afterwards do not change it. The nodes' Aliases
// are shared with the graph and must not be modified.
func (g *Graph) Nodes() iter.Seq2[int, Node] { return slices.All(g.finished().nodes) }

// Edges returns the edges sorted by Source, then Target, each with its
// position in that order, as [Graph.Nodes] returns the nodes. The edges'
// Articles are shared with the graph and must not be modified.
func (g *Graph) Edges() iter.Seq2[int, Edge] { return slices.All(g.finished().edges) }

// NumNodes returns the number of nodes.
func (g *Graph) NumNodes() int { return len(g.finished().nodes) }

// NumEdges returns the number of edges.
func (g *Graph) NumEdges() int { return len(g.finished().edges) }

// Node returns the node with the given id.
func (g *Graph) Node(id string) (Node, bool) {
	return g.finished().node(id)
}

func (f *finished) node(id string) (Node, bool) {
	i, ok := f.index[id]
	if !ok {
		return Node{}, false
	}
	return f.nodes[i], true
}

// finished returns the nodes and edges of the articles added so far,
// computing them on the first call after a change. Concurrent callers wait
// for one computation.
func (g *Graph) finished() *finished {
	if f := g.fin.Load(); f != nil {
		return f
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if f := g.fin.Load(); f != nil {
		return f
	}
	f := g.finalize()
	g.fin.Store(f)
	return f
}
