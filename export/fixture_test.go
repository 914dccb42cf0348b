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
		if !g.Add(doc) {
			t.Fatalf("article %d not added", i)
		}
	}
	// An undated article, so dates are partly unknown.
	g.Add(&extract.Doc{Article: extract.Article{ID: "undated"}, Hash: "undated",
		Entities: []extract.Entity{hub, ent("org:lonely", "Lonely Org", extract.Org, "Lonely", 2)}})
	return g
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
