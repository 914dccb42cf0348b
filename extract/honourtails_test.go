package extract

import (
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// TestHonourTails checks on sentences of our own that an honour's letters
// are cut from the end of a person's name, and left elsewhere.
func TestHonourTails(t *testing.T) {
	tests := []struct {
		name, marked, want string
	}{
		{"after a person's full name", "The donor [[Ann Vell OBE|PER]] gave the money.", "Ann Vell"},
		{"after a knight's name", "Then [[Sir Tomas Okafor KBE|PER]] spoke.", "Sir Tomas Okafor"},
		{"after a firm's name", "Shares of [[Tervane MBE|ORG]] rose.", "Tervane MBE"},
		{"the letters alone", "She was given an [[OBE|PER]] in June.", "OBE"},
		{"a one-word name before them", "Then [[Vell OBE|PER]] spoke.", "Vell OBE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := text.Tokenize(body)
			spans := honourTailSpans(sents, spansFor(sents, marks))
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
