package graphstore_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	_ "github.com/nergraph/nergraph/extract/prose" // tests the prose recognizer too
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// TestSeedArticle is the acceptance test of entity resolution on the seed
// article, through the default recognizer: the exact PERSON, ORG and COUNTRY
// nodes, every pair of them joined once, the agencies credited as sources,
// and --drop-sources leaving them out.
func TestSeedArticle(t *testing.T) {
	path := testenv.Shared(t, "seed/kim-putin-letters.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := input.NewReader(f, path, input.ReaderOptions{}).Read()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"country:JP Japan", "country:KP North Korea", "country:KR South Korea", "country:RU Russia",
		"country:UA Ukraine", "country:US United States", "org:kcna KCNA", "org:reuters Reuters",
		"person:kim-jong-un Kim Jong Un", "person:vladimir-putin Vladimir Putin",
	}
	for _, name := range extract.RecognizerNames() {
		rec, err := extract.RecognizerByName(name)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) { checkSeed(t, a, rec, want) })
	}
}

func checkSeed(t *testing.T, a extract.Article, rec extract.Recognizer, want []string) {
	for _, drop := range []bool{false, true} {
		ex, err := extract.New(extract.WithRecognizer(rec), extract.WithResolveOptions(extract.ResolveOptions{DropSources: drop}))
		if err != nil {
			t.Fatal(err)
		}
		doc := ex.Extract(a)
		g := graphstore.New()
		g.Add(doc)
		var got, ids []string
		for _, n := range g.Nodes() {
			if n.Type != extract.Person && n.Type != extract.Org && n.Type != extract.Country {
				continue
			}
			got = append(got, n.ID+" "+n.Label)
			ids = append(ids, n.ID)
			for _, bad := range []string{"#39", "quot", "nbsp", "President", "leader"} {
				if strings.Contains(n.Label, bad) {
					t.Errorf("node %s: label %q contains %q", n.ID, n.Label, bad)
				}
			}
		}
		w := want
		if drop {
			w = slices.DeleteFunc(slices.Clone(want), func(s string) bool { return strings.HasPrefix(s, "org:") })
		}
		if !slices.Equal(got, w) {
			t.Errorf("drop-sources=%v: nodes\n got %q\nwant %q", drop, got, w)
		}
		weights := map[[2]string]int{}
		for _, e := range g.Edges() {
			weights[[2]string{e.Source, e.Target}] = e.Weight
		}
		for i, x := range ids {
			for _, y := range ids[i+1:] {
				if weights[[2]string{x, y}] != 1 {
					t.Errorf("edge %s -- %s: weight %d, want 1", x, y, weights[[2]string{x, y}])
				}
			}
		}
		for _, e := range doc.Entities {
			if e.Type != extract.Org {
				continue
			}
			for _, m := range e.Mentions {
				if m.Role != extract.RoleSource {
					t.Errorf("%s mention %q at %d: role %q, want source", e.ID, m.Text, m.Start, m.Role)
				}
			}
		}
	}
}
