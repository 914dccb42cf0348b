package extract_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/relgold"
)

// TestExtractRelations checks Doc.Relations on a text of its own: the ends
// are the ids of the document's entities, the offsets span the words that
// state each relation and its sentence, and WithRelations(false) finds none.
func TestExtractRelations(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Microsoft agreed to buy Activision Blizzard for $69 billion.\n\nThe United States has accused North Korea of supplying weapons to Russia, Reuters said."
	doc := ex.Extract(extract.Article{ID: "a", Text: text})
	ids := map[string]bool{}
	name := map[string]string{}
	for _, e := range doc.Entities {
		ids[e.ID] = true
		name[e.ID] = e.Name
	}
	type want struct{ subject, predicate, object, text string }
	var got []want
	for _, r := range doc.Relations {
		got = append(got, want{name[r.Subject], r.Predicate, name[r.Object], r.Text})
		if !ids[r.Subject] || !ids[r.Object] {
			t.Errorf("%+v: an end is no entity of the document %v", r, ids)
		}
		if r.SentenceStart > r.Start || r.End > r.SentenceEnd || r.SentenceEnd > len(doc.Text) {
			t.Errorf("%+v: the words are not inside the sentence", r)
		}
		if w := doc.Text[r.Start:r.End]; !strings.HasPrefix(w, strings.Fields(r.Text)[0]) {
			t.Errorf("%+v: Text[Start:End] = %q", r, w)
		}
		if s := doc.Text[r.SentenceStart:r.SentenceEnd]; !strings.HasSuffix(s, ".") {
			t.Errorf("%+v: the sentence %q is cut", r, s)
		}
		if strings.Contains(r.Subject+r.Object, "reuters") {
			t.Errorf("%+v: a relation of the news agency", r)
		}
	}
	for _, w := range []want{
		{"Microsoft", "agree to buy", "Activision Blizzard", "agreed to buy"},
		{"United States", "accuse", "North Korea", "has accused"},
	} {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("no relation %+v in %+v", w, got)
		}
	}

	off, err := extract.New(extract.WithRelations(false))
	if err != nil {
		t.Fatal(err)
	}
	if d := off.Extract(extract.Article{ID: "a", Text: text}); len(d.Relations) != 0 || len(d.Entities) != len(doc.Entities) {
		t.Errorf("WithRelations(false): %d relations, %d entities; want none and %d", len(d.Relations), len(d.Entities), len(doc.Entities))
	}
}

// TestGoldEndToEnd scores Doc.Relations, as Extract makes them, on the
// project's gold set (testdata/relations): the extractor's own entities,
// mapped to the gold ids through their mentions in the relation's sentence,
// then its relations. It runs the extractor as build does (MISC entities
// dropped) and with MISC kept, reports both, and guards against a collapse.
// With the confidence rule (--min-confidence 40) the items are one corpus,
// as build makes a graph of them: a relation counts only when both its
// ends are nodes of that graph, which leaves out a node only when the
// recognizer was unsure of it in every item.
func TestGoldEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the extractor on 249 items")
	}
	items, err := relgold.ParseFile(filepath.Join("..", "testdata", "relations", "gold.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		misc    bool
		minConf float64
		floorP  float64
		floorR  float64
	}{
		{"as build runs it (MISC dropped)", false, 0, 0.95, 0.75},
		{"MISC kept", true, 0, 0.95, 0.75},
		{"as build runs it with --min-confidence 40 (per node, type cues)", false, extract.SuggestedMinConfidence, 0.95, 0.70},
	} {
		ex, err := extract.New(extract.WithMisc(tc.misc), extract.WithMinConfidence(tc.minConf))
		if err != nil {
			t.Fatal(err)
		}
		var preds []relgold.Prediction
		changed := 0
		g := graphstore.New()
		var docs []*extract.Doc
		for i := range items {
			doc := ex.Extract(extract.Article{ID: items[i].ID, Text: items[i].Text})
			g.Add(doc)
			docs = append(docs, doc)
		}
		for i, doc := range docs {
			it := &items[i]
			if doc.Text != it.Text {
				changed++ // the cleaner changed the text: offsets would not match
				continue
			}
			if tc.minConf > 0 {
				doc.Relations = slices.DeleteFunc(doc.Relations, func(r extract.Relation) bool {
					_, s := g.Node(g.CanonicalIn(doc.Article.ID, r.Subject))
					_, o := g.Node(g.CanonicalIn(doc.Article.ID, r.Object))
					return !s || !o
				})
			}
			preds = append(preds, goldPredictions(it, doc)...)
		}
		rep, err := relgold.Score(items, preds)
		if err != nil {
			t.Fatal(err)
		}
		o := rep.Overall
		t.Logf("%s: %d items (%d changed by the cleaner, not scored), %d nodes left out as unsure, %d gold, %d found; strict P %.3f R %.3f F1 %.3f, lenient P %.3f R %.3f F1 %.3f",
			tc.name, o.Items, changed, g.UnsureNodes(), o.Strict.Gold, o.Strict.Predicted, o.Strict.Precision(), o.Strict.Recall(), o.Strict.F1(),
			o.Lenient.Precision(), o.Lenient.Recall(), o.Lenient.F1())
		if o.Strict.Precision() < tc.floorP || o.Strict.Recall() < tc.floorR {
			t.Errorf("%s: strict P %.3f R %.3f, below the floor %.2f %.2f", tc.name, o.Strict.Precision(), o.Strict.Recall(), tc.floorP, tc.floorR)
		}
	}
}

// goldPredictions maps the relations of doc to the gold ids of it: each end
// through its mention in the relation's sentence. A relation with an end
// that is no gold entity stays, under the extractor's id, and counts as
// wrong.
func goldPredictions(it *relgold.Item, doc *extract.Doc) []relgold.Prediction {
	goldID := func(id string, sentence int) string {
		for _, e := range doc.Entities {
			if e.ID != id {
				continue
			}
			for _, m := range e.Mentions {
				if m.Sentence != sentence {
					continue
				}
				if g, ok := it.EntityAt(m.Start, m.End); ok && g.ID != "-" {
					return g.ID
				}
			}
		}
		return "extractor:" + id
	}
	var out []relgold.Prediction
	for _, r := range doc.Relations {
		out = append(out, relgold.Prediction{Item: it.ID, Subject: goldID(r.Subject, r.Sentence), Predicate: r.Predicate,
			Object: goldID(r.Object, r.Sentence), Negated: r.Negated, Sentence: it.SentenceAt(r.Start)})
	}
	return out
}

// TestRelationsAcrossBrackets checks that Reuters' angle brackets around a
// company's name, kept as tokens of their own, do not stand between a verb
// and its object or subject: the same relations as without them.
func TestRelationsAcrossBrackets(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, subject, predicate, object string }{
		{"Halvorsen Pump Corp said it agreed to buy <Tillman Valve Works Inc> for 40 mln dlrs.",
			"Halvorsen Pump Corp", "agree to buy", "Tillman Valve Works Inc"},
		{"<Brenner Mills Ltd> has received an offer from <Castlegate Holdings Corp>, the company said.",
			"Brenner Mills Ltd", "receive an offer from", "Castlegate Holdings Corp"},
	} {
		doc := ex.Extract(extract.Article{ID: "a", Text: tt.text})
		name := map[string]string{}
		for _, e := range doc.Entities {
			name[e.ID] = e.Name
		}
		var got []string
		found := false
		for _, r := range doc.Relations {
			g := name[r.Subject] + " | " + r.Predicate + " | " + name[r.Object]
			got = append(got, g)
			found = found || g == tt.subject+" | "+tt.predicate+" | "+tt.object
		}
		if !found {
			t.Errorf("%q: relations %q, want %s | %s | %s", tt.text, got, tt.subject, tt.predicate, tt.object)
		}
	}
}
