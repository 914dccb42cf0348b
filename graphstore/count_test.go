package graphstore

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/nergraph/nergraph/extract"
)

func TestCount(t *testing.T) {
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	doc := &extract.Doc{
		Article: extract.Article{ID: "a", Title: "T", Date: day, Source: "s", URL: "u"},
		Hash:    "h", Tokens: 40, Sentences: 4,
		Entities: []extract.Entity{
			{ID: "org:reuters", Name: "Reuters", Type: extract.Org, Mentions: []extract.Mention{
				{Name: "Reuters", Sentence: 3, Role: extract.RoleSource}}},
			{ID: "person:vladimir-putin", Name: "Vladimir Putin", Type: extract.Person, Mentions: []extract.Mention{
				{Name: "Vladimir Putin", Sentence: 0}, {Name: "Putin", Sentence: 2}, {Name: "Putin", Sentence: 0}}},
			{ID: "person:kim", Name: "Kim", Type: extract.Person, Partial: true},
		},
	}
	got := Count(doc)
	want := ArticleCounts{
		Info:   ArticleInfo{ID: "a", Title: "T", Hash: "h", Date: day, Source: "s", URL: "u"},
		Tokens: 40, Sentences: 4,
		Entities: []EntityCount{
			{ID: "org:reuters", Name: "Reuters", Type: extract.Org, Mentions: 1, Sources: 1,
				Aliases: map[string]int{"Reuters": 1}, Sentences: []int{3}},
			{ID: "person:kim", Name: "Kim", Type: extract.Person, Partial: true,
				Aliases: map[string]int{}, Sentences: []int{}},
			{ID: "person:vladimir-putin", Name: "Vladimir Putin", Type: extract.Person, Mentions: 3,
				Aliases: map[string]int{"Vladimir Putin": 1, "Putin": 2}, Sentences: []int{0, 2}},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Count:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestNormalizeEntities(t *testing.T) {
	ec := func(id, name string, partial bool, mentions int, sents ...int) EntityCount {
		return EntityCount{ID: id, Name: name, Type: extract.Person, Partial: partial, Mentions: mentions,
			Aliases: map[string]int{name: mentions}, Sentences: sents}
	}
	tests := []struct {
		name string
		in   []EntityCount
		want []EntityCount
	}{
		{"normal", []EntityCount{ec("a", "A", false, 1, 0), ec("b", "B", false, 2, 1, 2)},
			[]EntityCount{ec("a", "A", false, 1, 0), ec("b", "B", false, 2, 1, 2)}},
		{"unsorted", []EntityCount{ec("b", "B", false, 2, 1, 2), ec("a", "A", false, 1, 0)},
			[]EntityCount{ec("a", "A", false, 1, 0), ec("b", "B", false, 2, 1, 2)}},
		{"sentences", []EntityCount{ec("a", "A", false, 3, 4, 1, 4)},
			[]EntityCount{ec("a", "A", false, 3, 1, 4)}},
		{"same id: summed, the full name wins", []EntityCount{ec("p", "Putin", true, 2, 3), ec("p", "Vladimir Putin", false, 1, 0, 3)},
			[]EntityCount{{ID: "p", Name: "Vladimir Putin", Type: extract.Person, Mentions: 3,
				Aliases: map[string]int{"Putin": 2, "Vladimir Putin": 1}, Sentences: []int{0, 3}}}},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.in)
			var before []EntityCount
			for _, e := range tt.in {
				e.Sentences = slices.Clone(e.Sentences)
				before = append(before, e)
			}
			got := NormalizeEntities(in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			if !reflect.DeepEqual(in, before) {
				t.Errorf("the input was changed: %+v", in)
			}
		})
	}
}

// TestAddArticle checks that AddArticle of counts out of order, or split
// over entries with the same id, makes the graph of the counts in order.
func TestAddArticle(t *testing.T) {
	docs := []*extract.Doc{
		doc("1", ent("person:vladimir-putin", "Vladimir Putin", extract.Person, false), ent("country:RU", "Russia", extract.Country, false)),
		doc("2", ent("person:putin", "Putin", extract.Person, true), ent("country:KP", "North Korea", extract.Country, false)),
	}
	want := New()
	for _, d := range docs {
		want.Add(d)
	}
	got := New()
	for _, d := range docs {
		a := Count(d)
		ents := slices.Clone(a.Entities)
		slices.Reverse(ents)
		// The first entity again, its one mention split in two halves.
		half := ents[len(ents)-1]
		half.Mentions, half.Aliases = 0, map[string]int{}
		ents = append(ents, half)
		if !got.AddArticle(a.Info, ents) {
			t.Fatalf("AddArticle(%s) = false", a.Info.ID)
		}
	}
	if got.AddArticle(ArticleInfo{ID: "3", Hash: docs[0].Hash}, nil) {
		t.Errorf("AddArticle of a known text = true, want false")
	}
	sameGraph(t, got, want)
}

// TestCountSharesNoBytes checks that what Count keeps of an article does
// not point into the article's text or record: a name that is a piece of
// the text would keep the whole text alive in the graph.
func TestCountSharesNoBytes(t *testing.T) {
	record := "id-7|Putin meets Kim|reuters|http://x/1"
	text := "Putin meets Kim\n\nVladimir Putin met Kim Jong Un."
	doc := &extract.Doc{
		Article: extract.Article{ID: record[0:4], Title: record[5:20], Source: record[21:28], URL: record[29:]},
		Text:    text, Hash: "h",
		Entities: []extract.Entity{{ID: "person:vladimir-putin", Name: text[17:31], Type: extract.Person,
			Mentions: []extract.Mention{{Name: text[0:5]}, {Name: text[17:31]}}}},
	}
	inside := func(s, in string) bool {
		if s == "" {
			return false
		}
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(in)))
		return p >= lo && p < lo+uintptr(len(in))
	}
	got := Count(doc)
	strs := []string{got.Info.ID, got.Info.Title, got.Info.Source, got.Info.URL}
	for _, e := range got.Entities {
		strs = append(strs, e.Name)
		for a := range e.Aliases {
			strs = append(strs, a)
		}
	}
	for _, s := range strs {
		if inside(s, text) || inside(s, record) {
			t.Errorf("Count keeps %q, a piece of the article's text or record", s)
		}
	}
	if got.Info.Title != "Putin meets Kim" || got.Entities[0].Name != "Vladimir Putin" || got.Entities[0].Aliases["Putin"] != 1 {
		t.Errorf("Count changed the strings: %+v", got)
	}
}

// TestGraphAddNameTable checks what Graph.Add keeps of the names of two
// articles: one copy of each id and name, in the graph's own table, sharing
// no bytes with either article's text, and the aliases whole.
func TestGraphAddNameTable(t *testing.T) {
	texts := []string{"Ms Alma Ferrow spoke. Ferrow left.", "Later Alma Ferrow wrote to Ferrow's staff."}
	g := New()
	for i, text := range texts {
		full := text[strings.Index(text, "Alma"):][:len("Alma Ferrow")]
		short := text[strings.LastIndex(text, "Ferrow"):][:len("Ferrow")]
		doc := &extract.Doc{
			Article: extract.Article{ID: fmt.Sprint("art-", i)}, Text: text, Hash: fmt.Sprint("hash-", i),
			Entities: []extract.Entity{{ID: "person:alma-ferrow", Name: full, Type: extract.Person,
				Mentions: []extract.Mention{{Name: full}, {Name: short, Sentence: 1}}}},
		}
		if !g.Add(doc) {
			t.Fatalf("Add(%d) = false", i)
		}
	}
	if len(g.names) != 2 || g.names["person:alma-ferrow"] == "" || g.names["Alma Ferrow"] == "" {
		t.Fatalf("the graph's names = %q, want the id and the name", g.names)
	}
	var names []string
	for _, a := range g.articles {
		for _, e := range a.entries {
			names = append(names, e.name)
			for _, text := range texts {
				p, lo := uintptr(unsafe.Pointer(unsafe.StringData(e.name))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
				if p >= lo && p < lo+uintptr(len(text)) {
					t.Errorf("the entry's name %q is a piece of an article's text", e.name)
				}
			}
			got := map[string]int{}
			for name, n := range e.allAliases() {
				got[name] = n
			}
			if !reflect.DeepEqual(got, map[string]int{"Alma Ferrow": 1, "Ferrow": 1}) {
				t.Errorf("aliases = %v", got)
			}
		}
	}
	if len(names) != 2 || unsafe.StringData(names[0]) != unsafe.StringData(names[1]) ||
		unsafe.StringData(names[0]) != unsafe.StringData(g.names["Alma Ferrow"]) {
		t.Errorf("the two articles' names %q are not the table's one copy", names)
	}
	if s := g.names.get(""); s != "" || len(g.names) != 2 {
		t.Errorf("get(\"\") = %q and added to the table", s)
	}
}

// TestCounter checks a Counter: the same counts as Count, no bytes shared
// with the articles' texts, one copy of each name for the articles counted
// between two Resets, and none kept from before a Reset.
func TestCounter(t *testing.T) {
	texts := []string{"Odo Brannick met Ilse Varn. Brannick smiled.", "Later Odo Brannick called Brannick's aide."}
	doc := func(i int) *extract.Doc {
		text := texts[i]
		full := text[strings.Index(text, "Odo"):][:len("Odo Brannick")]
		short := text[strings.LastIndex(text, "Brannick"):][:len("Brannick")]
		id := "person:" + strings.ToLower(strings.ReplaceAll(full, " ", "-"))
		return &extract.Doc{Article: extract.Article{ID: fmt.Sprint("c", i)}, Text: text, Hash: fmt.Sprint("h", i),
			Entities: []extract.Entity{{ID: id, Name: full, Type: extract.Person,
				Mentions: []extract.Mention{{Name: full}, {Name: short, Sentence: 1}}}}}
	}
	inside := func(s string) bool {
		for _, text := range texts {
			p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
			if p >= lo && p < lo+uintptr(len(text)) {
				return true
			}
		}
		return false
	}
	c := NewCounter()
	var got []ArticleCounts
	for i := range texts {
		a := c.Count(doc(i))
		if want := Count(doc(i)); !reflect.DeepEqual(a, want) {
			t.Errorf("Counter.Count:\ngot  %+v\nwant %+v", a, want)
		}
		got = append(got, a)
	}
	c.Reset()
	after := c.Count(doc(1))
	data := func(a ArticleCounts) (id, name, alias *byte) {
		e := a.Entities[0]
		for s := range e.Aliases {
			if s == "Brannick" {
				alias = unsafe.StringData(s)
				if inside(s) {
					t.Errorf("the alias %q is a piece of an article's text", s)
				}
			}
		}
		if inside(e.ID) || inside(e.Name) {
			t.Errorf("the entity %q %q is a piece of an article's text", e.ID, e.Name)
		}
		return unsafe.StringData(e.ID), unsafe.StringData(e.Name), alias
	}
	id0, name0, alias0 := data(got[0])
	id1, name1, alias1 := data(got[1])
	id2, name2, alias2 := data(after)
	if id0 != id1 || name0 != name1 || alias0 != alias1 || alias0 == nil {
		t.Errorf("two articles counted by one Counter hold different copies of a name")
	}
	if id2 == id1 || name2 == name1 || alias2 == alias1 {
		t.Errorf("an article counted after Reset shares a copy with one counted before")
	}
}
