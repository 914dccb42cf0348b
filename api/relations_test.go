package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/nergraph/nergraph/api"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// TestRelationsAnswer checks the relations a store's server gives: those of
// one entity and between two, each with its labels and its sentences; the
// neighbors' top relations; and the refusal of three names.
func TestRelationsAnswer(t *testing.T) {
	docs := corpus(200)
	srv := serve(t, newStore(t, docs), api.Config{})
	status, body := get(t, srv, "/api/relations?name=Putin")
	var a api.RelationsAnswer
	if err := json.Unmarshal(body, &a); status != http.StatusOK || err != nil {
		t.Fatalf("GET /api/relations?name=Putin: %d %v\n%s", status, err, body)
	}
	if a.Entity.ID != "PERSON:Vladimir Putin" || a.Total == 0 || len(a.Relations) != a.Total {
		t.Fatalf("relations of Putin: entity %s, %d of %d", a.Entity.ID, len(a.Relations), a.Total)
	}
	for _, r := range a.Relations {
		if r.Source != a.Entity.ID && r.Target != a.Entity.ID || r.SourceLabel == "" || r.TargetLabel == "" ||
			len(r.Statements) != r.Count || r.Statements[0].Evidence == "" {
			t.Errorf("relation %+v: want Putin at an end, both labels and a sentence per count", r)
		}
	}
	other := a.Relations[0].Target
	if other == a.Entity.ID {
		other = a.Relations[0].Source
	}
	two, err := api.Relations(context.Background(), queryOf(docs), "Putin", other)
	if err != nil || two.With == nil || two.With.ID != other || len(two.Relations) == 0 {
		t.Errorf("relations of Putin and %s: %+v, %v", other, two, err)
	}
	nb, err := api.Neighbors(context.Background(), queryOf(docs), "Putin", 0)
	if err != nil {
		t.Fatal(err)
	}
	labelled := 0
	for _, n := range nb.Neighbors {
		if (n.Predicate == "") != (len(n.Relations) == 0) {
			t.Errorf("neighbor %s: predicate %q with %d relations", n.ID, n.Predicate, len(n.Relations))
		}
		if n.Predicate != "" {
			labelled++
		}
	}
	if labelled == 0 {
		t.Error("no neighbor of Putin has a relation")
	}
	if status, body := get(t, srv, "/api/relations?name=a&name=b&name=c"); status != http.StatusBadRequest {
		t.Errorf("three names: %d %s, want 400", status, body)
	}
}

// queryOf answers from the graph of docs, as a store of them does.
func queryOf(docs []*extract.Doc) graphstore.Querier {
	g := graphstore.New()
	for _, d := range docs {
		g.Add(d)
	}
	return graphstore.QuerierOf(g)
}
