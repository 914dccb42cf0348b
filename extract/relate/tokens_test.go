package relate_test

import (
	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/relate"
	"github.com/nergraph/nergraph/extract/text"
)

// tokenize splits s into sentences with the project's tokenizer. It is the
// one place the tests call it.
func tokenize(s string) [][]relate.Token {
	var out [][]relate.Token
	for _, s := range text.Tokenize(s) {
		ts := make([]relate.Token, len(s.Tokens))
		for i, t := range s.Tokens {
			ts[i] = relate.Token{Text: t.Text, Start: t.Start, End: t.End}
		}
		out = append(out, ts)
	}
	return out
}

// tag returns the part-of-speech tags of a sentence's tokens.
func tag(m *pos.Model, toks []relate.Token) []pos.Tag {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return m.Tag(words)
}
