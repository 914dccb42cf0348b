package extract

import (
	"reflect"
	"strings"
	"testing"
)

func sentence(text string) Sentence {
	var s Sentence
	off := 0
	for _, w := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, Token{Text: w, Start: off, End: off + len(w)})
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
	sents := []Sentence{
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
