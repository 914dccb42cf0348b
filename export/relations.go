package export

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/export/viewer"
	"github.com/nergraph/nergraph/graphstore"
)

// jsonRelation is the JSON form of a relation on a link, in node-link JSON,
// Cytoscape JSON, and the relations attribute of GEXF, GraphML and DOT.
// Source and Target are entity ids: the relation goes from the subject to
// the object, whatever the link's own source and target. Evidence is the
// first sentence that states it (by article id), for a reader who wants to
// check it; the store and the HTML page keep every one.
type jsonRelation struct {
	Predicate string        `json:"predicate"`
	Source    string        `json:"source"`
	Target    string        `json:"target"`
	Count     int           `json:"count"`
	Articles  []string      `json:"articles"`
	Negated   bool          `json:"negated,omitempty"`
	Symmetric bool          `json:"symmetric,omitempty"`
	Role      bool          `json:"role,omitempty"`
	Evidence  *jsonEvidence `json:"evidence,omitempty"`
}

// jsonEvidence is a sentence that states a relation.
type jsonEvidence struct {
	Article  string `json:"article"`
	Sentence string `json:"sentence"`
}

// jsonRelations returns the JSON form of relations, nil for none.
func jsonRelations(rs []graphstore.LinkRelation) []jsonRelation {
	if len(rs) == 0 {
		return nil
	}
	out := make([]jsonRelation, len(rs))
	for i, r := range rs {
		out[i] = jsonRelation{Predicate: r.Predicate, Source: r.Source, Target: r.Target, Count: r.Count,
			Articles: nonNil(r.Articles), Negated: r.Negated, Symmetric: r.Symmetric, Role: r.Role}
		if len(r.Statements) > 0 {
			s := r.Statements[0]
			out[i].Evidence = &jsonEvidence{Article: s.Article, Sentence: s.Evidence}
		}
	}
	return out
}

// topPredicate returns the label of the relation that labels e: its most
// stated positive predicate, else "not " and its most stated negated one;
// "" when e has no relation.
func topPredicate(e graphstore.Edge) string {
	r, ok := e.TopRelation()
	if !ok {
		return ""
	}
	return r.Label()
}

// predicateList returns the labels of e's relations, each once, the most
// stated first: the "predicates" attribute of the XML formats and DOT.
func predicateList(e graphstore.Edge) []string {
	var out []string
	for _, r := range e.Relations {
		if l := r.Label(); !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// relationsJSON encodes e's relations as a JSON array, for formats whose
// attribute values are single strings.
func relationsJSON(e graphstore.Edge) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(jsonRelations(e.Relations)) // strings, ints and bools always encode
	return strings.TrimSuffix(buf.String(), "\n")
}

// neo4jType makes a relationship type of Neo4j's naming convention from a
// predicate: upper case, words joined by "_" ("meet with" → MEET_WITH,
// "chief executive of" → CHIEF_EXECUTIVE_OF), of letters, digits and "_"
// only and starting with a letter, so that Cypher needs no backticks for it;
// a negated relation gets NOT_ in front, so that a query for ACCUSE never
// finds "did not accuse". A predicate without a letter or digit becomes
// RELATED_TO.
func neo4jType(predicate string, negated bool) string {
	var b strings.Builder
	gap := false
	for _, r := range predicate {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte('_')
			gap = false
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	t := b.String()
	switch {
	case t == "":
		t = "RELATED_TO"
	case !unicode.IsLetter([]rune(t)[0]):
		t = "R_" + t
	}
	if negated {
		t = "NOT_" + t
	}
	return t
}

// WithEdgeLabels returns ex set to label edges with their top relation when
// ex is [DOT]; other exporters, which carry relations as data, come back
// unchanged.
func WithEdgeLabels(ex Exporter, on bool) Exporter {
	if d, ok := ex.(DOT); ok {
		d.EdgeLabels = on
		return d
	}
	return ex
}

// maxPageEvidence bounds the evidence sentences the page holds for one
// link: a hub's link can have thousands.
const maxPageEvidence = 100

// pageRelations returns the relations of e for the viewer's page, with
// node and article indices, and the sentences that state them as the
// link's evidence, grouped by article, at most maxPageEvidence in all.
func pageRelations(e graphstore.Edge, nodeIndex, artIndex map[string]int, addArticle func(viewer.Article) int) ([]viewer.Relation, []viewer.Evidence) {
	if len(e.Relations) == 0 {
		return nil, nil
	}
	article := func(id string) int {
		a, ok := artIndex[id]
		if !ok {
			a = addArticle(viewer.Article{ID: id})
		}
		return a
	}
	rels := make([]viewer.Relation, 0, len(e.Relations))
	sentences := map[int][]string{}
	var order []int
	n := 0
	for _, r := range e.Relations {
		vr := viewer.Relation{Predicate: r.Predicate, Source: nodeIndex[r.Source], Target: nodeIndex[r.Target], Count: r.Count,
			Articles: make([]int, 0, len(r.Articles)), Negated: r.Negated, Symmetric: r.Symmetric}
		for _, id := range r.Articles {
			vr.Articles = append(vr.Articles, article(id))
		}
		rels = append(rels, vr)
		for _, st := range r.Statements {
			a := article(st.Article)
			if n >= maxPageEvidence || slices.Contains(sentences[a], st.Evidence) {
				continue
			}
			if _, ok := sentences[a]; !ok {
				order = append(order, a)
			}
			sentences[a] = append(sentences[a], st.Evidence)
			n++
		}
	}
	ev := make([]viewer.Evidence, 0, len(order))
	for _, a := range order {
		ev = append(ev, viewer.Evidence{Article: a, Sentences: sentences[a]})
	}
	return rels, ev
}
