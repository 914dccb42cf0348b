package export

import (
	"strconv"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
)

// About says what a graph shows, for the formats that print it beside the
// graph: the title bar of [HTML] and the title and legend of [Render]'s
// pictures. The zero About prints a title of "nergraph" and nothing else.
type About struct {
	Title  string // e.g. "reuters21578"
	Corpus string // what the graph was built from, e.g. "22 files, 19,043 articles"
	Filter string // the filters applied, e.g. "--types PERSON --top 2000"
	// Ego, when set, is the id, name or alias of the entity the graph is
	// centred on, as for the --ego filter, reaching Depth links away (0
	// means 1): the page opens focused on it, the picture marks it.
	Ego   string
	Depth int
}

// Describe returns ex with a set to what it prints of the graph when ex is
// a format that prints it ([HTML], [Render]), else ex unchanged.
func Describe(ex Exporter, a About) Exporter {
	switch e := ex.(type) {
	case HTML:
		e.About = a
		return e
	case Render:
		e.About = a
		return e
	}
	return ex
}

// title returns the title, "nergraph" when none is set.
func (a About) title() string {
	if t := strings.TrimSpace(a.Title); t != "" {
		return t
	}
	return "nergraph"
}

// subtitle is the line under a picture's title: the corpus, the filters
// and the size of g, e.g. "22 files · --top 150 · 150 entities, 1,024 links".
func (a About) subtitle(g *graphstore.Graph) string {
	var parts []string
	for _, s := range []string{a.Corpus, a.Filter} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	parts = append(parts, countOf(g.NumNodes(), "entity", "entities")+", "+countOf(g.NumEdges(), "link", "links"))
	return strings.Join(parts, " · ")
}

// countOf says "1 entity", "1,024 entities".
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s + " " + many
}
