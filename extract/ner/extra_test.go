package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestChunkDocuments(t *testing.T) {
	d := Document{Name: "x:1"}
	for i := range 7 {
		d.Sentences = append(d.Sentences, Sentence{Line: i + 1, Tokens: []string{"a"}})
	}
	got := ChunkDocuments([]Document{d, {Name: "y:1", Sentences: d.Sentences[:2]}}, 3)
	var sizes []int
	for _, c := range got {
		sizes = append(sizes, len(c.Sentences))
	}
	if want := []int{3, 3, 1, 2}; !reflect.DeepEqual(sizes, want) {
		t.Errorf("chunk sizes = %v, want %v", sizes, want)
	}
}

func TestRenameTypes(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader("the O\nU.S. B-Organisation\nArmy I-Organisation\nin O\nSyria B-Location\ntoday B-Temporal\nat O\nHome B-PER\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	RenameTypes(docs, map[string]string{"Organisation": "ORG", "Location": "LOC", "Temporal": ""})
	got := strings.Join(docs[0].Sentences[0].Tags(), " ")
	if want := "O B-ORG I-ORG O B-LOC O O B-PER"; got != want {
		t.Errorf("tags = %q, want %q", got, want)
	}
}
