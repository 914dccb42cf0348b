package graphstore

import (
	"errors"
	"reflect"
	"testing"
	"time"
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
