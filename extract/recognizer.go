package extract

import "github.com/nergraph/nergraph/extract/text"

// Span is an entity found by a recognizer: tokens [Start, End) of sentence
// text.Sentence.
type Span struct {
	Sentence int
	Start    int
	End      int
	Type     Type // PERSON, ORG, LOCATION or MISC
}

// Recognizer finds entity spans in the sentences of one document.
// Implementations must be safe for concurrent use and must not keep sents.
type Recognizer interface {
	// Name identifies the recognizer ("perceptron", "prose").
	Name() string
	// Recognize returns the spans found, in sentence and token order.
	Recognize(sents []text.Sentence) []Span
}

// within reports whether the span's sentence is one of sents and its
// tokens lie in that sentence: the guard of a rule that reads a span's
// words.
func (sp Span) within(sents []text.Sentence) bool {
	return sp.Sentence >= 0 && sp.Sentence < len(sents) && sp.Start >= 0 && sp.End <= len(sents[sp.Sentence].Tokens)
}
