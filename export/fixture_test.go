package export_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// nastyNames are names that break naive writers; every exporter must carry
// them through byte for byte.
var nastyNames = []string{
	`The "Times"`, `C:\path`, `AT&T`, `<b>`, `]]>`, `Zürich`, `a,b`, "two\nlines",
	`=HYPERLINK("x")`, `+1`, `-x`, `@home`, `ends\`, `semi;colon|pipe`, `'quoted'`, "tab\there", "cr\r\nlf",
}

var nastyTypes = []extract.Type{extract.Person, extract.Org, extract.Country, extract.Location, extract.Misc}

// ent makes an entity with one mention per given sentence.
func ent(id, name string, typ extract.Type, alias string, sentences ...int) extract.Entity {
	e := extract.Entity{ID: id, Name: name, Type: typ}
	if typ == extract.Country {
		e.ISO = "CH"
	}
	for _, s := range sentences {
		e.Mentions = append(e.Mentions, extract.Mention{Name: alias, Sentence: s})
	}
	return e
}

// nastyGraph returns a graph whose ids, names, aliases and article ids are
// the nasty names, in a ring of co-mentions plus one hub, with dated
// articles.
func nastyGraph(t testing.TB) *graphstore.Graph {
	t.Helper()
	g := graphstore.New()
	ids := make([]string, len(nastyNames))
	for i, name := range nastyNames {
		ids[i] = strings.ToLower(string(nastyTypes[i%len(nastyTypes)])) + ":" + name
	}
	hub := ent("person:hub", "Hub Person", extract.Person, "Hub", 0)
	for i, name := range nastyNames {
		j := (i + 1) % len(nastyNames)
		typ, typ2 := nastyTypes[i%len(nastyTypes)], nastyTypes[j%len(nastyTypes)]
		doc := &extract.Doc{
			Article: extract.Article{
				ID:    fmt.Sprintf("art %d %s", i, name),
				Title: "Title " + name,
				Date:  time.Date(2024, 1, 1+i, 0, 0, 0, 0, time.UTC),
			},
			Hash: fmt.Sprint("hash", i),
			Entities: []extract.Entity{
				ent(ids[i], name, typ, name, 0, 1),
				ent(ids[j], nastyNames[j], typ2, "alias "+nastyNames[j], 1),
			},
		}
		if i%3 == 0 {
			doc.Entities = append(doc.Entities, hub)
		}
		addRelations(doc, i, ids[i], ids[j], name)
		if !g.Add(doc) {
			t.Fatalf("article %d not added", i)
		}
	}
	// An undated article, so dates are partly unknown.
	g.Add(&extract.Doc{Article: extract.Article{ID: "undated"}, Hash: "undated",
		Entities: []extract.Entity{hub, ent("org:lonely", "Lonely Org", extract.Org, "Lonely", 2)}})
	return g
}

// nastyPredicates are the relations of the fixture: plain ones, one whose
// predicate is a nasty name, negated, symmetric and role ones.
var nastyPredicates = []struct {
	predicate                string
	negated, symmetric, role bool
}{{"accuse", false, false, false}, {"meet with", false, false, false}, {"meet with", true, false, false},
	{"exchange letters", false, true, false}, {"chief executive of", false, false, true}, {"", false, false, false}}

// addRelations gives article i of the nasty graph a text of two sentences
// that name its entities and relations between them stated in the second:
// one per article, two in every fourth (the second from b to a), so that
// links have relations of both directions, and some none.
func addRelations(doc *extract.Doc, i int, a, b, name string) {
	doc.Text = "Title " + name + "\n\nThe first " + name + " met the second " + name + " on Monday.\tThen: more."
	sent := len("Title " + name + "\n\n")
	end := strings.Index(doc.Text, "\tThen")
	if i%5 == 4 {
		return // a link without relations
	}
	p := nastyPredicates[i%len(nastyPredicates)]
	if p.predicate == "" {
		p.predicate = name
	}
	at := strings.Index(doc.Text, " met ")
	rel := extract.Relation{Subject: a, Predicate: p.predicate, Object: b, Text: "met", Sentence: 1, Start: at + 1, End: at + 4,
		SentenceStart: sent, SentenceEnd: end, Negated: p.negated, Symmetric: p.symmetric, Role: p.role}
	doc.Relations = append(doc.Relations, rel)
	if i%4 == 0 {
		rel.Subject, rel.Object, rel.Predicate, rel.Negated, rel.Symmetric, rel.Role = b, a, "accuse", false, false, false
		doc.Relations = append(doc.Relations, rel)
	}
}

// graphs is the table every exporter test runs over.
func graphs(t testing.TB) []struct {
	name string
	g    *graphstore.Graph
} {
	return []struct {
		name string
		g    *graphstore.Graph
	}{
		{"nasty", nastyGraph(t)},
		{"empty", graphstore.New()},
	}
}

// failWriter fails once n bytes have been written.
type failWriter struct{ n int }

var errWrite = fmt.Errorf("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errWrite
	}
	w.n -= len(p)
	return len(p), nil
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }
