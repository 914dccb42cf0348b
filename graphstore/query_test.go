package graphstore

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
)

func queryGraph() *Graph {
	d := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	g := New()
	for _, doc := range []*struct {
		id    string
		names []string
	}{
		{"1", []string{"PERSON:Ann Lee", "ORG:Acme"}},
		{"2", []string{"PERSON:Ann Lee", "ORG:Acme", "COUNTRY:France"}},
		{"3", []string{"ORG:Acme", "ORG:Bolt"}},
		{"4", []string{"ORG:Bolt", "PERSON:Cy"}},
		{"5", []string{"PERSON:Ann Lee", "PERSON:Cy"}},
		{"6", []string{"ORG:Lone"}},
		{"7", []string{"ORG:Twin", "ORG:Twin"}},
	} {
		g.Add(fakeDoc(doc.id, doc.id, d.AddDate(0, 0, len(doc.id)), doc.names...))
	}
	return g
}

func TestLookup(t *testing.T) {
	g := queryGraph()
	// Two people who each go by "Same" once: the name alone is ambiguous.
	same := fakeDoc("8", "8", time.Time{}, "PERSON:Same Smith", "PERSON:Same Jones")
	for i := range same.Entities {
		same.Entities[i].Mentions[0].Name = "Same"
	}
	g.Add(same)
	// Ann Lee goes by "Lee" twice; a place called Lee is mentioned once.
	lee := fakeDoc("9", "9", time.Time{}, "PERSON:Ann Lee", "PERSON:Ann Lee", "LOCATION:Lee")
	for i := range lee.Entities[0].Mentions {
		lee.Entities[0].Mentions[i].Name = "Lee"
	}
	g.Add(lee)
	tests := []struct {
		name, want string
		err        error
	}{
		{"PERSON:Ann Lee", "PERSON:Ann Lee", nil},
		{"Lee", "PERSON:Ann Lee", nil}, // as an alias 2 times, against a label used once
		{"twin", "ORG:Twin", nil},
		{"ann lee", "PERSON:Ann Lee", nil},
		{"ACME", "ORG:Acme", nil},
		{"Nobody", "", ErrNoEntity},
		{"Same", "", &AmbiguousError{}},
	}
	for _, tt := range tests {
		n, err := g.Lookup(tt.name)
		var amb *AmbiguousError
		if errors.As(tt.err, &amb) && errors.As(err, &amb) {
			err = tt.err
		}
		if !errors.Is(err, tt.err) || n.ID != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tt.name, n.ID, err, tt.want, tt.err)
		}
	}
}

func TestNeighborsAndPath(t *testing.T) {
	g := queryGraph()
	var got []string
	for _, nb := range g.Neighbors("PERSON:Ann Lee") {
		got = append(got, nb.Node.ID)
	}
	want := []string{"ORG:Acme", "COUNTRY:France", "PERSON:Cy"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Neighbors = %v, want %v", got, want)
	}

	tests := []struct {
		from, to string
		want     []string // from, then each hop's To
		err      error
	}{
		{"COUNTRY:France", "ORG:Bolt", []string{"COUNTRY:France", "ORG:Acme", "ORG:Bolt"}, nil},
		{"ORG:Bolt", "COUNTRY:France", []string{"ORG:Bolt", "ORG:Acme", "COUNTRY:France"}, nil},
		{"PERSON:Cy", "ORG:Acme", []string{"PERSON:Cy", "PERSON:Ann Lee", "ORG:Acme"}, nil}, // Ann Lee-Acme weighs 2
		{"ORG:Acme", "ORG:Acme", []string{"ORG:Acme"}, nil},
		{"ORG:Acme", "ORG:Lone", nil, ErrNoPath},
		{"ORG:Acme", "ORG:Nope", nil, ErrNoEntity},
	}
	for _, tt := range tests {
		hops, err := g.Path(tt.from, tt.to)
		var got []string
		if err == nil {
			got = []string{tt.from}
			for _, h := range hops {
				got = append(got, h.To.ID)
			}
		}
		if !errors.Is(err, tt.err) || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Path(%s, %s) = %v, %v; want %v, %v", tt.from, tt.to, got, err, tt.want, tt.err)
		}
	}
}

func TestTopAndArticlesOf(t *testing.T) {
	g := queryGraph()
	var got []string
	for _, n := range g.Top("", 3) {
		got = append(got, n.ID)
	}
	if want := []string{"ORG:Acme", "PERSON:Ann Lee", "ORG:Bolt"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Top(all, 3) = %v, want %v", got, want)
	}
	got = nil
	for _, n := range g.Top("person", 0) {
		got = append(got, n.ID)
	}
	if want := []string{"PERSON:Ann Lee", "PERSON:Cy"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Top(person) = %v, want %v", got, want)
	}

	tests := []struct {
		ids  []string
		want []string
	}{
		{[]string{"ORG:Acme"}, []string{"1", "2", "3"}},
		{[]string{"ORG:Acme", "PERSON:Ann Lee"}, []string{"1", "2"}},
		{[]string{"ORG:Lone", "ORG:Acme"}, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range g.ArticlesOf(tt.ids...) {
			got = append(got, a.ID)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ArticlesOf(%v) = %v, want %v", tt.ids, got, tt.want)
		}
	}
}

// TestCacheQuerierMatchesGraph asks the store's cache and the loaded graph
// every question on a corpus with partial names, and wants the same answers.
func TestCacheQuerierMatchesGraph(t *testing.T) {
	s := openTemp(t)
	docs := randomDocs(200, 5)
	addAll(t, s, docs[:150], 25)
	if done, err := s.Refresh(); err != nil || !done {
		t.Fatalf("Refresh() = %v, %v; want true, nil", done, err)
	}
	if done, err := s.Refresh(); err != nil || done {
		t.Fatalf("second Refresh() = %v, %v; want false, nil", done, err)
	}
	addAll(t, s, docs[150:], 25)
	if _, cached, err := s.Querier(time.Time{}, time.Time{}); err != nil || cached {
		t.Fatalf("Querier after an ingest: cached %v, %v; want a stale cache", cached, err)
	}
	if _, err := s.Refresh(); err != nil {
		t.Fatal(err)
	}
	cq, cached, err := s.Querier(time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v; want the cache", cached, err)
	}
	g, err := s.Graph(time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if g.Canonical("PERSON:Putin") == "PERSON:Putin" {
		t.Errorf("the corpus should link Putin to Vladimir Putin, to test linked ids")
	}
	gq := QuerierOf(g)
	same := func(what string, got, want any, gotErr, wantErr error) {
		t.Helper()
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: cache says %+v, %v;\ngraph says %+v, %v", what, got, gotErr, want, wantErr)
		}
	}
	nodes := nodesOf(g)
	var names []string
	for _, n := range nodes {
		names = append(names, n.ID, n.Label, strings.ToUpper(n.Label))
		for _, a := range n.Aliases {
			names = append(names, a.Name)
		}
	}
	names = append(names, "nobody", "")
	for _, name := range names {
		got, gerr := cq.Lookup(name)
		want, werr := gq.Lookup(name)
		same("Lookup "+name, got, want, gerr, werr)
	}
	for _, n := range nodes {
		got, gerr := cq.Neighbors(n.ID)
		want, werr := gq.Neighbors(n.ID)
		same("Neighbors "+n.ID, got, want, gerr, werr)
		gd, gerr := cq.Degree(n.ID)
		wd, werr := gq.Degree(n.ID)
		same("Degree "+n.ID, gd, wd, gerr, werr)
		ga, gerr := cq.ArticlesOf(n.ID)
		wa, werr := gq.ArticlesOf(n.ID)
		same("ArticlesOf "+n.ID, ga, wa, gerr, werr)
		for _, m := range nodes {
			gp, gerr := cq.Path(n.ID, m.ID)
			wp, werr := gq.Path(n.ID, m.ID)
			same("Path "+n.ID+" "+m.ID, gp, wp, gerr, werr)
			ga, gerr := cq.ArticlesOf(n.ID, m.ID)
			wa, werr := gq.ArticlesOf(n.ID, m.ID)
			same("ArticlesOf "+n.ID+" "+m.ID, ga, wa, gerr, werr)
		}
	}
	for _, typ := range []extract.Type{"", extract.Person, "country", "PLANET"} {
		for _, n := range []int{0, 1, 3} {
			got, gerr := cq.Top(typ, n)
			want, werr := gq.Top(typ, n)
			same(fmt.Sprintf("Top %s %d", typ, n), got, want, gerr, werr)
		}
	}
}

// TestCacheManyEdges writes more edges than one insert statement takes.
func TestCacheManyEdges(t *testing.T) {
	s := openTemp(t)
	var docs []*extract.Doc
	for d := range 3 {
		var names []string
		for i := range 25 + d {
			names = append(names, fmt.Sprintf("ORG:Org %02d", (i*7+d)%40))
		}
		docs = append(docs, fakeDoc(fmt.Sprint(d), fmt.Sprint(d), time.Time{}, names...))
	}
	addAll(t, s, docs, 10)
	if _, err := s.Refresh(); err != nil {
		t.Fatal(err)
	}
	cq, cached, err := s.Querier(time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v", cached, err)
	}
	g, err := s.Graph(time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if n := g.NumEdges(); n < 250 {
		t.Fatalf("only %d edges; the test wants more than two statements' worth", n)
	}
	for _, n := range g.Nodes() {
		got, err := cq.Neighbors(n.ID)
		if err != nil {
			t.Fatal(err)
		}
		if want := g.Neighbors(n.ID); !reflect.DeepEqual(got, want) {
			t.Errorf("Neighbors(%s): cache says %d neighbors, graph %d, or they differ", n.ID, len(got), len(want))
		}
	}
}
