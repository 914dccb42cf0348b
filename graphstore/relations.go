package graphstore

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract"
)

// Relation is one relation between two entities of an article as one of its
// sentences states it: what [Count] keeps of an [extract.Relation] and what a
// store holds per article. A symmetric relation has Subject < Object.
type Relation struct {
	Subject   string // entity id, as the article gave it
	Predicate string // "accuse", "meet with", "chief executive of"
	Object    string
	Negated   bool // the text says it did not or will not hold
	Symmetric bool // either order is right
	Role      bool // from a title, possessive or apposition
	Sentence  int  // index of the sentence in the article
	Text      string
	Evidence  string // the sentence, its runs of white space made one space (see [EvidenceText])
}

// LinkRelation is a relation summed over the articles of an edge: each
// predicate, direction and polarity once. Negated relations are entries of
// their own, never merged with the positive ones: "did not meet with" is
// not evidence of "meet with".
type LinkRelation struct {
	Predicate string
	Source    string // the subject's node id; for a symmetric relation the smaller id
	Target    string // the object's node id
	Negated   bool
	Symmetric bool
	Role      bool
	Count     int      // sentences that state it
	Articles  []string // ids of the articles that state it, sorted
	// Statements are the sentences that state it, sorted by article id and
	// sentence: its evidence.
	Statements []Statement
}

// Statement is one sentence of one article that states a relation.
type Statement struct {
	Article  string // article id
	Sentence int    // index of the sentence in the article
	Text     string // the words that state the relation: "has accused"
	Evidence string // the sentence
}

// maxEvidence bounds the evidence a relation keeps of its sentence, in
// bytes: a "sentence" can be a table of hundreds of lines.
const maxEvidence = 1000

// EvidenceText returns the evidence [Count] keeps of the sentence
// text[sentStart:sentEnd] for the phrase at text[start:end]: the sentence
// with each run of white space made one space, and, for a sentence longer
// than 1,000 bytes, only a window around the phrase, cut marks "…"
// included. Offsets out of range are clipped.
func EvidenceText(text string, sentStart, sentEnd, start, end int) string {
	clip := func(x int) int { return min(max(x, 0), len(text)) }
	sentStart, sentEnd = clip(sentStart), clip(sentEnd)
	start, end = max(clip(start), sentStart), min(clip(end), sentEnd)
	if sentEnd-sentStart > maxEvidence {
		mid := start + max(end-start, 0)/2
		from := max(sentStart, mid-maxEvidence/2)
		to := min(sentEnd, from+maxEvidence)
		from = max(sentStart, to-maxEvidence)
		for from > sentStart && from < len(text) && !utf8.RuneStart(text[from]) {
			from--
		}
		for to < sentEnd && !utf8.RuneStart(text[to]) {
			to++
		}
		s := strings.Join(strings.Fields(text[from:to]), " ")
		if from > sentStart {
			s = "…" + s
		}
		if to < sentEnd {
			s += "…"
		}
		return s
	}
	return strings.Join(strings.Fields(text[sentStart:sentEnd]), " ")
}

// countRelations makes the relations of doc what an [ArticleCounts] holds:
// only those between two distinct entities of doc, with their evidence.
func countRelations(doc *extract.Doc) []Relation {
	if len(doc.Relations) == 0 {
		return nil
	}
	known := make(map[string]bool, len(doc.Entities))
	for _, e := range doc.Entities {
		known[e.ID] = true
	}
	out := make([]Relation, 0, len(doc.Relations))
	evidence := map[[2]int]string{} // one string per sentence, shared by its relations
	for _, r := range doc.Relations {
		if r.Subject == r.Object || !known[r.Subject] || !known[r.Object] {
			continue
		}
		key := [2]int{r.SentenceStart, r.SentenceEnd}
		ev, ok := evidence[key]
		if !ok || r.SentenceEnd-r.SentenceStart > maxEvidence {
			ev = strings.Clone(EvidenceText(doc.Text, r.SentenceStart, r.SentenceEnd, r.Start, r.End))
			evidence[key] = ev
		}
		// Cloned: a substring would keep the whole text of doc alive.
		out = append(out, Relation{Subject: r.Subject, Predicate: strings.Clone(r.Predicate), Object: r.Object, Negated: r.Negated,
			Symmetric: r.Symmetric, Role: r.Role, Sentence: r.Sentence, Text: strings.Clone(r.Text), Evidence: ev})
	}
	return NormalizeRelations(out)
}

// NormalizeRelations returns rs in the form [ArticleCounts] asks for: a
// symmetric relation's ends in id order, relations of an entity with itself
// left out, sorted by sentence, subject, predicate, object and flags, each
// statement once. It returns rs itself when it is in that form already, as
// [Count] makes it, and otherwise a new slice; it never changes rs.
func NormalizeRelations(rs []Relation) []Relation {
	if isNormalRelations(rs) {
		return rs
	}
	out := make([]Relation, 0, len(rs))
	for _, r := range rs {
		if r.Subject == r.Object {
			continue
		}
		if r.Symmetric && r.Subject > r.Object {
			r.Subject, r.Object = r.Object, r.Subject
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, compareRelations)
	return slices.CompactFunc(out, func(a, b Relation) bool { return compareRelations(a, b) == 0 })
}

func isNormalRelations(rs []Relation) bool {
	for i, r := range rs {
		if r.Subject == r.Object || r.Symmetric && r.Subject > r.Object || i > 0 && compareRelations(rs[i-1], r) >= 0 {
			return false
		}
	}
	return true
}

func compareRelations(a, b Relation) int {
	return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Predicate, b.Predicate),
		cmp.Compare(a.Object, b.Object), cmpBool(a.Negated, b.Negated), cmpBool(a.Symmetric, b.Symmetric), cmpBool(a.Role, b.Role),
		cmp.Compare(a.Text, b.Text))
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// relKey is what tells the relations of an edge apart.
type relKey struct {
	predicate, source, target string
	negated, symmetric, role  bool
}

// addRelations adds the relations of article i to b, on the edges of the
// ends they are linked to. A relation whose ends are linked to one node is
// left out, and so is one whose edge is not counted (see addRelation).
func (acc *accumulator) addRelations(i int, a article, b *edgeBatch) {
	for _, r := range a.relations() {
		s, o := acc.link.to(i, r.Subject), acc.link.to(i, r.Object)
		if s == o {
			continue
		}
		if r.Symmetric && s > o {
			s, o = o, s
		}
		x, okx := acc.byID[min(s, o)]
		y, oky := acc.byID[max(s, o)]
		if !okx || !oky {
			continue
		}
		b.rels = append(b.rels, relEvent{at: len(b.pairs), x: x, y: y, key: relKey{r.Predicate, s, o, r.Negated, r.Symmetric, r.Role},
			st: Statement{Article: a.id, Sentence: r.Sentence, Text: r.Text, Evidence: r.Evidence}})
	}
}

// addRelation adds a relation to its edge, when the articles counted so
// far made it.
func (acc *accumulator) addRelation(r *relEvent) {
	at, ok := acc.edgeAt[edgeKey(r.x, r.y)]
	if !ok {
		return
	}
	ea := &acc.edges[at]
	if ea.rels == 0 {
		acc.rels = append(acc.rels, map[relKey][]Statement{})
		ea.rels = int32(len(acc.rels))
	}
	m := acc.rels[ea.rels-1]
	m[r.key] = append(m[r.key], r.st)
}

// relationList makes an edge's relations, sorted as [SortRelations] says.
func relationList(rels map[relKey][]Statement) []LinkRelation {
	if len(rels) == 0 {
		return nil
	}
	out := make([]LinkRelation, 0, len(rels))
	for k, sts := range rels {
		out = append(out, newLinkRelation(k, sts))
	}
	SortRelations(out)
	return out
}

// newLinkRelation sums the statements of one relation.
func newLinkRelation(k relKey, sts []Statement) LinkRelation {
	slices.SortFunc(sts, compareStatements)
	lr := LinkRelation{Predicate: k.predicate, Source: k.source, Target: k.target, Negated: k.negated,
		Symmetric: k.symmetric, Role: k.role, Count: len(sts), Statements: sts}
	for _, s := range sts {
		if n := len(lr.Articles); n == 0 || lr.Articles[n-1] != s.Article {
			lr.Articles = append(lr.Articles, s.Article)
		}
	}
	return lr
}

func compareStatements(a, b Statement) int {
	return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Text, b.Text),
		cmp.Compare(a.Evidence, b.Evidence))
}

// SortRelations sorts relations as an [Edge] lists them: the most stated
// first (by sentences, then articles), positive before negated, then by
// predicate, source, target and flags. A store that sums relations itself
// sorts them with it.
func SortRelations(rs []LinkRelation) {
	slices.SortFunc(rs, func(a, b LinkRelation) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(len(b.Articles), len(a.Articles)), cmpBool(a.Negated, b.Negated),
			cmp.Compare(a.Predicate, b.Predicate), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target),
			cmpBool(a.Symmetric, b.Symmetric), cmpBool(a.Role, b.Role))
	})
}

// SumRelations sums statements into relations: each (predicate, source,
// target, flags) once, its statements sorted, the relations sorted by
// [SortRelations]. The statements' relations must be in node ids already,
// a symmetric one with source < target. A store that reads statements row
// by row sums them with it, as the graph does.
func SumRelations(stated []StatedRelation) []LinkRelation {
	m := map[relKey][]Statement{}
	for _, s := range stated {
		k := relKey{s.Predicate, s.Source, s.Target, s.Negated, s.Symmetric, s.Role}
		m[k] = append(m[k], s.Statement)
	}
	return relationList(m)
}

// PutRelations puts the relations of node id, as a store lists them, on
// the edges of its neighbors nbs: each relation on the edge to its other
// end, if that is one of them.
func PutRelations(id string, rels []LinkRelation, nbs []Neighbor) {
	if len(rels) == 0 {
		return
	}
	at := make(map[string]int, len(nbs))
	for i, nb := range nbs {
		at[nb.Node.ID] = i
	}
	for _, r := range rels {
		other := r.Target
		if other == id {
			other = r.Source
		}
		if i, ok := at[other]; ok {
			nbs[i].Edge.Relations = append(nbs[i].Edge.Relations, r)
		}
	}
}

// StatedRelation is one statement of a relation between two nodes, as a
// store reads it to sum with [SumRelations].
type StatedRelation struct {
	Predicate, Source, Target string
	Negated, Symmetric, Role  bool
	Statement
}

// TopRelation returns the relation that labels an edge: the most stated
// positive one, else the most stated negated one. It reports false for an
// edge without relations.
func (e Edge) TopRelation() (LinkRelation, bool) {
	for _, r := range e.Relations {
		if !r.Negated {
			return r, true
		}
	}
	if len(e.Relations) > 0 {
		return e.Relations[0], true
	}
	return LinkRelation{}, false
}

// Label returns how a relation reads as an edge label: its predicate,
// after "not " when negated.
func (r LinkRelation) Label() string {
	if r.Negated {
		return "not " + r.Predicate
	}
	return r.Predicate
}

// Relations returns the relations of the entity id with any other (one id)
// or between two entities (two ids), sorted as [SortRelations] says, each
// with its statements. It returns none for unknown ids, and for no or more
// than two ids.
func (g *Graph) Relations(ids ...string) []LinkRelation {
	if len(ids) == 0 || len(ids) > 2 {
		return nil
	}
	var out []LinkRelation
	for _, e := range g.finished().edges {
		if e.Source != ids[0] && e.Target != ids[0] {
			continue
		}
		if len(ids) == 2 && e.Other(ids[0]) != ids[1] {
			continue
		}
		out = append(out, e.Relations...)
	}
	SortRelations(out)
	return out
}
