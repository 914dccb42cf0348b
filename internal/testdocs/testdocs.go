// Package testdocs makes extracted documents for the tests of the graph and
// of its stores, without running the recognizer.
package testdocs

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract"
)

// Doc makes a document with the given text about the given entities. Each
// name is "TYPE:Name", whose id is the name itself; names given twice are
// two mentions of one entity. Mention i is in sentence i%3, and the first
// mention is in the role of a news source.
func Doc(id, text string, date time.Time, names ...string) *extract.Doc {
	sum := sha256.Sum256([]byte(text))
	doc := &extract.Doc{
		Article: extract.Article{ID: id, Title: "T " + id, Text: text, Date: date, Source: "src", URL: "http://x/" + id},
		Text:    text, Hash: hex.EncodeToString(sum[:]), Tokens: 10, Sentences: 3,
	}
	byID := map[string]int{}
	for i, n := range names {
		typ, name, _ := strings.Cut(n, ":")
		eid := typ + ":" + name
		k, ok := byID[eid]
		if !ok {
			k = len(doc.Entities)
			byID[eid] = k
			doc.Entities = append(doc.Entities, extract.Entity{ID: eid, Name: name, Type: extract.Type(typ)})
		}
		m := extract.Mention{Text: name, Name: name, Sentence: i % 3}
		if i == 0 {
			m.Role = extract.RoleSource
		}
		doc.Entities[k].Mentions = append(doc.Entities[k].Mentions, m)
	}
	return doc
}

// Random makes n documents over a small vocabulary, the same for the same
// seed: some dated, some with the partial name "PERSON:Putin" (which the
// graph links to "PERSON:Vladimir Putin"), about one in twenty with the text
// of the first, and names that need escaping.
func Random(n int, seed uint64) []*extract.Doc {
	r := rand.New(rand.NewPCG(seed, 1))
	rr := rand.New(rand.NewPCG(seed, 2)) // relations, drawn apart so the entities stay those of before
	vocab := []string{"PERSON:Vladimir Putin", "PERSON:Putin", "PERSON:Kim Jong Un", "COUNTRY:Russia",
		"COUNTRY:North Korea", "ORG:Reuters", "ORG:KCNA", "LOCATION:Pyongyang", "PERSON:Zürich \"x\"", "ORG:AT&T"}
	var docs []*extract.Doc
	for i := range n {
		var names []string
		for range r.IntN(7) {
			names = append(names, vocab[r.IntN(len(vocab))])
		}
		var date time.Time
		if r.IntN(4) > 0 {
			date = time.Date(2020, 1, 1+r.IntN(60), r.IntN(24), 0, 0, 0, time.UTC)
		}
		text := fmt.Sprintf("text %d", i)
		if r.IntN(20) == 0 {
			text = "text 0" // same text as article 0
		}
		doc := Doc(fmt.Sprintf("a%d", i), text, date, names...)
		for k := range doc.Entities {
			doc.Entities[k].Partial = doc.Entities[k].ID == "PERSON:Putin"
		}
		doc.Relations = randomRelations(rr, doc)
		docs = append(docs, doc)
	}
	return docs
}

// predicates are the relations Random draws: predicate, symmetric, role.
var predicates = []struct {
	p         string
	sym, role bool
}{{"accuse", false, false}, {"meet with", false, false}, {"exchange letters", true, false},
	{"leader of", false, true}, {"agree to buy", false, false}}

// randomRelations draws up to three relations between the entities of doc,
// some negated, each with the whole text as its sentence.
func randomRelations(r *rand.Rand, doc *extract.Doc) []extract.Relation {
	if len(doc.Entities) < 2 {
		return nil
	}
	var out []extract.Relation
	for range r.IntN(4) {
		a, b := r.IntN(len(doc.Entities)), r.IntN(len(doc.Entities))
		if a == b {
			continue
		}
		p := predicates[r.IntN(len(predicates))]
		out = append(out, extract.Relation{Subject: doc.Entities[a].ID, Predicate: p.p, Object: doc.Entities[b].ID,
			Text: p.p, Sentence: r.IntN(3), Start: 0, End: len(doc.Text), SentenceStart: 0, SentenceEnd: len(doc.Text),
			Negated: r.IntN(5) == 0, Symmetric: p.sym, Role: p.role})
	}
	return out
}

// UnsureCopies returns copies of docs with every third entity of an article
// marked unsure (as --min-confidence marks them) and, in one article of
// four, a name unsure in every article, which is no node.
func UnsureCopies(docs []*extract.Doc) []*extract.Doc {
	out := make([]*extract.Doc, len(docs))
	for i, d := range docs {
		c := *d
		c.Entities = slices.Clone(d.Entities)
		for j := range c.Entities {
			c.Entities[j].Unsure = (i+j)%3 == 0
		}
		if i%4 == 0 {
			e := Doc("x", "x", time.Time{}, "ORG:Doubtful").Entities[0]
			e.Unsure = true
			c.Entities = append(c.Entities, e)
			slices.SortFunc(c.Entities, func(a, b extract.Entity) int { return strings.Compare(a.ID, b.ID) })
		}
		out[i] = &c
	}
	return out
}
