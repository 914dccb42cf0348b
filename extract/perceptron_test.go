package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

func sentence(body string) text.Sentence {
	var s text.Sentence
	off := 0
	for _, w := range strings.Fields(body) {
		s.Tokens = append(s.Tokens, text.Token{Text: w, Start: off, End: off + len(w)})
		off += len(w) + 1
	}
	return s
}

func TestPerceptronRecognizer(t *testing.T) {
	r, err := DefaultRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	if r.Name() != "perceptron" {
		t.Errorf("Name() = %q, want perceptron", r.Name())
	}
	sents := []text.Sentence{
		sentence("MOSCOW 1996-08-22"),
		sentence("Russian President Boris Yeltsin met officials of the European Union in the Kremlin ."),
	}
	got := r.Recognize(sents)
	want := []Span{
		{Sentence: 0, Start: 0, End: 1, Type: Location},
		{Sentence: 1, Start: 0, End: 1, Type: Misc},
		{Sentence: 1, Start: 2, End: 4, Type: Person},
		{Sentence: 1, Start: 8, End: 10, Type: Org},
		{Sentence: 1, Start: 12, End: 13, Type: Location},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Recognize =\n%v\nwant\n%v", got, want)
	}
}
