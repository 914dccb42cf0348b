package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

// jsonLinks reads the links of node-link JSON with their relations.
func jsonLinks(t *testing.T, out string) []struct {
	Source, Target string
	Predicate      string
	Relations      []struct {
		Predicate, Source, Target string
		Count                     int
		Articles                  []string
		Negated, Symmetric, Role  bool
		Evidence                  struct{ Article, Sentence string }
	}
} {
	t.Helper()
	var g struct {
		Links []struct {
			Source, Target string
			Predicate      string
			Relations      []struct {
				Predicate, Source, Target string
				Count                     int
				Articles                  []string
				Negated, Symmetric, Role  bool
				Evidence                  struct{ Article, Sentence string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	return g.Links
}

// TestBuildSeedRelations builds the graph of the article the project was
// conceived from, end to end through build -f json: the United States
// accuses North Korea, Kim Jong Un and Vladimir Putin exchange letters (one
// symmetric relation), and the news agencies it quotes relate to no one.
// With --relations=false no link has relations.
func TestBuildSeedRelations(t *testing.T) {
	seed := testenv.Shared(t, "seed/kim-putin-letters.txt")
	out, _ := mustRun(t, "build", "-q", "-f", "json", seed)
	links := jsonLinks(t, out)
	var accuse, letters bool
	for _, l := range links {
		for _, r := range l.Relations {
			for _, id := range []string{r.Source, r.Target} {
				if strings.Contains(id, "kcna") || strings.Contains(id, "reuters") {
					t.Errorf("a news agency in a relation: %s %s %s", r.Source, r.Predicate, r.Target)
				}
			}
			if r.Source != l.Source && r.Source != l.Target || r.Target != l.Source && r.Target != l.Target {
				t.Errorf("relation %s %s %s on the link %s -- %s", r.Source, r.Predicate, r.Target, l.Source, l.Target)
			}
			if r.Evidence.Sentence == "" || len(r.Articles) != 1 || r.Count != 1 {
				t.Errorf("relation %+v: want one statement with its sentence", r)
			}
			switch {
			case r.Source == "country:US" && r.Target == "country:KP" && r.Predicate == "accuse" && !r.Negated && !r.Symmetric:
				accuse = true
				if !strings.Contains(r.Evidence.Sentence, "has accused North Korea") {
					t.Errorf("accuse: evidence %q", r.Evidence.Sentence)
				}
				if l.Predicate != "accuse" {
					t.Errorf("link US -- KP: predicate %q, want accuse", l.Predicate)
				}
			case r.Predicate == "exchange letters" && r.Symmetric && !r.Negated &&
				r.Source == "person:kim-jong-un" && r.Target == "person:vladimir-putin":
				letters = true
			}
		}
	}
	if !accuse {
		t.Error("no relation country:US → accuse → country:KP")
	}
	if !letters {
		t.Error("no symmetric relation person:kim-jong-un ↔ exchange letters ↔ person:vladimir-putin")
	}

	out, _ = mustRun(t, "build", "-q", "-f", "json", "--relations=false", seed)
	for _, l := range jsonLinks(t, out) {
		if len(l.Relations) > 0 || l.Predicate != "" {
			t.Errorf("--relations=false: link %s -- %s has relations", l.Source, l.Target)
		}
	}
	out, _ = mustRun(t, "build", "-q", "-f", "dot", "--edge-labels", seed)
	if !strings.Contains(out, `label="accuse"`) || !strings.Contains(out, `label="exchange letters"`) {
		t.Errorf("build --edge-labels: no accuse or exchange letters label:\n%s", out)
	}
}

// TestExtractRelations checks the relations of extract's JSON: their ends
// are entities of the article, mentioned in the relation's sentence, whose
// span holds the words that state the relation.
func TestExtractRelations(t *testing.T) {
	seed := testenv.Shared(t, "seed/kim-putin-letters.txt")
	out, _ := mustRun(t, "extract", "-q", seed)
	var doc struct {
		Entities []struct {
			ID       string
			Mentions []struct{ Start, End, Sentence int }
		}
		Relations []struct {
			Subject, Predicate, Object string
			Text                       string
			Sentence, Start, End       int
			SentenceStart              int `json:"sentence_start"`
			SentenceEnd                int `json:"sentence_end"`
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Relations) < 2 {
		t.Fatalf("%d relations, want the seed's", len(doc.Relations))
	}
	for _, r := range doc.Relations {
		if !(r.SentenceStart <= r.Start && r.Start < r.End && r.End <= r.SentenceEnd) || len(r.Text) > r.End-r.Start+len(" ... ") {
			t.Errorf("%s %s %s: words [%d, %d) %q not in the sentence [%d, %d)", r.Subject, r.Predicate, r.Object,
				r.Start, r.End, r.Text, r.SentenceStart, r.SentenceEnd)
		}
		for _, id := range []string{r.Subject, r.Object} {
			found := false
			for _, e := range doc.Entities {
				for _, m := range e.Mentions {
					found = found || e.ID == id && m.Sentence == r.Sentence && r.SentenceStart <= m.Start && m.End <= r.SentenceEnd
				}
			}
			if !found {
				t.Errorf("%s %s %s: %s is not mentioned in sentence %d", r.Subject, r.Predicate, r.Object, id, r.Sentence)
			}
		}
	}
	out, _ = mustRun(t, "extract", "-q", "--relations=false", seed)
	if !strings.Contains(out, `"relations":[]`) {
		t.Errorf("extract --relations=false: want an empty list of relations")
	}
}

// TestQueryRelations asks a store for relations: those of one entity and of
// two, with their sentences, as a table and as JSON, and the top relation
// of each neighbor. (That a store's cache answers as the graph does is
// checked in graphstore/storetest.)
func TestQueryRelations(t *testing.T) {
	seed := testenv.Shared(t, "seed/kim-putin-letters.txt")
	db := filepath.Join(t.TempDir(), "graph.db")
	mustRun(t, "ingest", "-q", "--db", db, seed, sampleDir)

	out, _ := mustRun(t, "query", "--db", db, "relations", "North Korea")
	for _, want := range []string{"relations of North Korea (country:KP)", "United States → accuse → North Korea: 1 sentence in 1 article",
		"The United States has accused North Korea of providing weapons"} {
		if !strings.Contains(out, want) {
			t.Errorf("relations North Korea: no %q in\n%s", want, out)
		}
	}
	out, _ = mustRun(t, "query", "--db", db, "--json", "relations", "Kim Jong Un", "Putin")
	var rels struct {
		Entity    struct{ ID string }
		With      struct{ ID string }
		Total     int
		Relations []struct {
			Predicate      string
			Source, Target string
			SourceLabel    string `json:"source_label"`
			TargetLabel    string `json:"target_label"`
			Symmetric      bool
			Count          int
			Articles       []string
			Statements     []struct{ Article, Text, Evidence string }
		}
	}
	if err := json.Unmarshal([]byte(out), &rels); err != nil {
		t.Fatal(err)
	}
	if rels.Entity.ID != "person:kim-jong-un" || rels.With.ID != "person:vladimir-putin" || rels.Total != len(rels.Relations) {
		t.Errorf("relations Kim Putin: entity %q with %q, total %d of %d", rels.Entity.ID, rels.With.ID, rels.Total, len(rels.Relations))
	}
	found := false
	for _, r := range rels.Relations {
		ends := r.Source + " " + r.Target
		if ends != "person:kim-jong-un person:vladimir-putin" && ends != "person:vladimir-putin person:kim-jong-un" {
			t.Errorf("relations Kim Putin: a relation of %s", ends)
		}
		if r.SourceLabel == "" || r.TargetLabel == "" {
			t.Errorf("relation %+v: an end without its label", r)
		}
		if len(r.Statements) != r.Count || len(r.Articles) == 0 {
			t.Errorf("relation %+v: %d statements for a count of %d", r, len(r.Statements), r.Count)
		}
		for _, s := range r.Statements {
			if s.Evidence == "" || s.Article == "" || !strings.Contains(s.Evidence, strings.Fields(s.Text)[0]) {
				t.Errorf("statement %+v: want the article, and the sentence with the words", s)
			}
		}
		found = found || r.Predicate == "exchange letters" && r.Symmetric
	}
	if !found {
		t.Errorf("relations Kim Putin: no exchange letters in\n%s", out)
	}
	out, _ = mustRun(t, "query", "--db", db, "neighbors", "Putin")
	if !strings.Contains(out, "RELATION") || !strings.Contains(out, "↔ exchange letters") {
		t.Errorf("neighbors Putin: want the top relation of Kim Jong Un, got\n%s", out)
	}
	out, _ = mustRun(t, "query", "--db", db, "--json", "neighbors", "Putin", "-n", "0")
	var nb struct {
		Neighbors []struct {
			ID        string
			Predicate string
			Relations []struct{ Predicate string }
		}
	}
	if err := json.Unmarshal([]byte(out), &nb); err != nil {
		t.Fatal(err)
	}
	for _, n := range nb.Neighbors {
		if n.ID == "person:kim-jong-un" && n.Predicate != "exchange letters" {
			t.Errorf("neighbors Putin: Kim Jong Un's predicate %q, want exchange letters", n.Predicate)
		}
		if (n.Predicate == "") != (len(n.Relations) == 0) {
			t.Errorf("neighbors Putin: %s has predicate %q and %d relations", n.ID, n.Predicate, len(n.Relations))
		}
	}
}
