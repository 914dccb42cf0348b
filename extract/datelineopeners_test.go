package extract

import (
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// TestDatelinePersonOpeners checks on sentences of our own that one common
// word glued before a person's full name after a dateline's dash is cut,
// and nothing else.
func TestDatelinePersonOpeners(t *testing.T) {
	tests := []struct {
		name, marked, want string
	}{
		{"a town and a bracketed wire", "TERVANIA CITY (Wire) - [[Teenager Tomas Vell|PER]] signed for the club.", "Tomas Vell"},
		{"a wire alone", "WIRE - [[Veteran Maria Okafor|PER]] won again.", "Maria Okafor"},
		{"a dash inside a sentence", "The club - [[Teenager Tomas Vell|PER]] said - won.", "Teenager Tomas Vell"},
		{"a given name first", "WIRE - [[Mark Ann Vell|PER]] won again.", "Mark Ann Vell"},
		{"no capitalized word after the given name", "WIRE - [[Teenager Tomas|PER]] won again.", "Teenager Tomas"},
		{"no given name after the word", "WIRE - [[Teenager Quarb Vell|PER]] won again.", "Teenager Quarb Vell"},
		{"a firm's span", "WIRE - [[Teenager Tomas Vell|ORG]] won again.", "Teenager Tomas Vell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := text.Tokenize(body)
			spans := datelinePersonOpeners(body, sents, spansFor(sents, marks))
			if len(spans) != 1 {
				t.Fatalf("got %d spans", len(spans))
			}
			sp := spans[0]
			toks := sents[sp.Sentence].Tokens
			if got := body[toks[sp.Start].Start:toks[sp.End-1].End]; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
