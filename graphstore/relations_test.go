package graphstore

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract"
)

// relDoc makes a document about the named entities whose text is the given
// sentences, one per line, with relations given as "S > predicate > O" (or
// "S <> predicate <> O" for a symmetric one, "S !> predicate > O" for a
// negated one), each in sentence i of rels[i], ends by entity id.
func relDoc(id string, sentences []string, names []string, rels ...[2]string) *extract.Doc {
	text := strings.Join(sentences, "\n")
	d := fakeDoc(id, text, time.Time{}, names...)
	starts := []int{0}
	for _, s := range sentences {
		starts = append(starts, starts[len(starts)-1]+len(s)+1)
	}
	for _, r := range rels {
		var si int
		fmt.Sscan(r[0], &si)
		parts := strings.Split(r[1], " ")
		rel := extract.Relation{Sentence: si, SentenceStart: starts[si], SentenceEnd: starts[si] + len(sentences[si]),
			Start: starts[si], End: starts[si] + 1}
		var preds []string
		for _, p := range parts {
			switch {
			case p == ">" || p == "<>" || p == "!>":
				rel.Symmetric = rel.Symmetric || p == "<>"
				rel.Negated = rel.Negated || p == "!>"
			case strings.Contains(p, ":"):
				if rel.Subject == "" {
					rel.Subject = p
				} else {
					rel.Object = p
				}
			default:
				preds = append(preds, p)
			}
		}
		rel.Predicate = strings.Join(preds, " ")
		rel.Text = rel.Predicate
		d.Relations = append(d.Relations, rel)
	}
	return d
}

// TestEdgeRelations checks how the graph sums relations on edges: counts
// and articles, negated ones apart, symmetric ones in id order, the order
// of the list, the top relation, and relations of a partial name moved with
// it to the full name.
func TestEdgeRelations(t *testing.T) {
	g := New()
	us, kp, ru := "COUNTRY:US", "COUNTRY:KP", "COUNTRY:RU"
	g.Add(relDoc("a1", []string{"US accused KP.", "US met KP."}, []string{"COUNTRY:US", "COUNTRY:KP"},
		[2]string{"0", us + " > accuse > " + kp}, [2]string{"1", us + " > meet with > " + kp}))
	g.Add(relDoc("a2", []string{"US accused KP.", "US did not meet KP.", "KP and US talked."}, []string{"COUNTRY:US", "COUNTRY:KP"},
		[2]string{"0", us + " > accuse > " + kp}, [2]string{"1", us + " !> meet with > " + kp}, [2]string{"2", kp + " <> talk <> " + us}))
	g.Add(relDoc("a3", []string{"KP denied it.", "KP met US."}, []string{"COUNTRY:KP", "COUNTRY:US", "COUNTRY:RU"},
		[2]string{"0", kp + " !> accuse > " + us}, [2]string{"1", kp + " > meet with > " + us}, [2]string{"1", ru + " > arm > " + kp}))
	e := edgeBetween(t, g, kp, us)
	var got []string
	for _, r := range e.Relations {
		got = append(got, fmt.Sprintf("%s %s %s neg=%t sym=%t n=%d %v %q", r.Source, r.Predicate, r.Target, r.Negated, r.Symmetric,
			r.Count, r.Articles, r.Statements[0].Evidence))
	}
	want := []string{
		`COUNTRY:US accuse COUNTRY:KP neg=false sym=false n=2 [a1 a2] "US accused KP."`,
		`COUNTRY:KP meet with COUNTRY:US neg=false sym=false n=1 [a3] "KP met US."`,
		`COUNTRY:US meet with COUNTRY:KP neg=false sym=false n=1 [a1] "US met KP."`,
		`COUNTRY:KP talk COUNTRY:US neg=false sym=true n=1 [a2] "KP and US talked."`,
		`COUNTRY:KP accuse COUNTRY:US neg=true sym=false n=1 [a3] "KP denied it."`,
		`COUNTRY:US meet with COUNTRY:KP neg=true sym=false n=1 [a2] "US did not meet KP."`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("relations of KP -- US:\n got %q\nwant %q", got, want)
	}
	if top, _ := e.TopRelation(); top.Label() != "accuse" || top.Source != us {
		t.Errorf("top relation %+v, want US accuse", top)
	}
	if rs := g.Relations(kp, ru); len(rs) != 1 || rs[0].Source != ru || rs[0].Predicate != "arm" {
		t.Errorf("Relations(KP, RU) = %+v", rs)
	}
	if rs := g.Relations(kp); len(rs) != len(want)+1 {
		t.Errorf("Relations(KP): %d, want %d", len(rs), len(want)+1)
	}
	if rs := g.Relations(kp, kp); rs != nil {
		t.Errorf("Relations(KP, KP) = %+v, want none", rs)
	}

	// Filtering keeps an edge's relations; a negated relation alone labels
	// its edge "not ...".
	fg, err := g.Filter(Filter{MinWeight: 1, Types: []extract.Type{extract.Country}})
	if err != nil {
		t.Fatal(err)
	}
	if fe := edgeBetween(t, fg, kp, us); !reflect.DeepEqual(fe.Relations, e.Relations) {
		t.Errorf("Filter changed the relations")
	}
	neg := Edge{Relations: []LinkRelation{{Predicate: "meet with", Negated: true}}}
	if top, ok := neg.TopRelation(); !ok || top.Label() != "not meet with" {
		t.Errorf("top of a negated relation alone: %q", top.Label())
	}
}

// TestRelationsFollowLinking checks that the relations of a partial name go
// with it to the full name it is linked to, and that a relation between two
// ids linked to one node is dropped.
func TestRelationsFollowLinking(t *testing.T) {
	g := New()
	a1 := relDoc("a1", []string{"Vladimir Putin met Kim."}, []string{"PERSON:Vladimir Putin", "PERSON:Kim Jong Un"},
		[2]string{"0", "PERSON:Vladimir_Putin > meet with > PERSON:Kim_Jong_Un"})
	a2 := relDoc("a2", []string{"Putin met Kim Jong Un.", "Putin praised Vladimir Putin."}, []string{"PERSON:Putin", "PERSON:Kim Jong Un", "PERSON:Vladimir Putin"},
		[2]string{"0", "PERSON:Putin > meet with > PERSON:Kim_Jong_Un"}, [2]string{"1", "PERSON:Putin > praise > PERSON:Vladimir_Putin"})
	for k := range a2.Entities {
		a2.Entities[k].Partial = a2.Entities[k].ID == "PERSON:Putin"
	}
	// relDoc splits on spaces: ids with spaces are written with _.
	for _, doc := range []*extract.Doc{a1, a2} {
		for i := range doc.Relations {
			doc.Relations[i].Subject = strings.ReplaceAll(doc.Relations[i].Subject, "_", " ")
			doc.Relations[i].Object = strings.ReplaceAll(doc.Relations[i].Object, "_", " ")
		}
		g.Add(doc)
	}
	if c := g.CanonicalIn("a2", "PERSON:Putin"); c != "PERSON:Vladimir Putin" {
		t.Fatalf("Putin is linked to %q", c)
	}
	rs := g.Relations("PERSON:Vladimir Putin")
	if len(rs) != 1 || rs[0].Predicate != "meet with" || rs[0].Source != "PERSON:Vladimir Putin" || rs[0].Count != 2 ||
		!reflect.DeepEqual(rs[0].Articles, []string{"a1", "a2"}) {
		t.Errorf("relations of Vladimir Putin: %+v; want meet with Kim in a1 and a2 (moved from Putin), and no praise of himself", rs)
	}
}

func edgeBetween(t *testing.T, g *Graph, a, b string) Edge {
	t.Helper()
	for _, e := range g.Edges() {
		if e.Source == min(a, b) && e.Target == max(a, b) {
			return e
		}
	}
	t.Fatalf("no edge %s -- %s", a, b)
	return Edge{}
}

func TestEvidenceText(t *testing.T) {
	long := strings.Repeat("wörd ", 400) + "X accused Y " + strings.Repeat("äfter ", 400)
	at := strings.Index(long, "accused")
	tests := []struct {
		name                   string
		text                   string
		ss, se, start, end     int
		want                   string
		wantPrefix, wantSuffix string
	}{
		{"whole", "Title\n\nThe  US\taccused\nKP.", 7, 26, 15, 22, "The US accused KP.", "", ""},
		{"clipped", "abc", -5, 99, 0, 1, "abc", "", ""},
		{"window", long, 0, len(long), at, at + 7, "", "…", "…"},
	}
	for _, tt := range tests {
		got := EvidenceText(tt.text, tt.ss, tt.se, tt.start, tt.end)
		if tt.want != "" && got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
		if !utf8.ValidString(got) || len(got) > maxEvidence+2*len("…") {
			t.Errorf("%s: %d bytes, valid UTF-8 %t", tt.name, len(got), utf8.ValidString(got))
		}
		if tt.wantPrefix != "" && (!strings.HasPrefix(got, tt.wantPrefix) || !strings.HasSuffix(got, tt.wantSuffix) || !strings.Contains(got, "X accused Y")) {
			t.Errorf("%s: got %q, want the phrase inside cut marks", tt.name, got)
		}
	}
}

func TestNormalizeRelations(t *testing.T) {
	rs := []Relation{
		{Subject: "b", Predicate: "talk", Object: "a", Symmetric: true, Sentence: 1},
		{Subject: "a", Predicate: "accuse", Object: "b", Sentence: 0},
		{Subject: "a", Predicate: "self", Object: "a", Sentence: 0},
		{Subject: "a", Predicate: "accuse", Object: "b", Sentence: 0},
	}
	got := NormalizeRelations(rs)
	want := []Relation{{Subject: "a", Predicate: "accuse", Object: "b", Sentence: 0},
		{Subject: "a", Predicate: "talk", Object: "b", Symmetric: true, Sentence: 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if rs[0].Subject != "b" {
		t.Error("NormalizeRelations changed its input")
	}
	if again := NormalizeRelations(got); &again[0] != &got[0] {
		t.Error("a normal list was copied")
	}
}
