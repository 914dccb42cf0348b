package extract

// Token is one token of cleaned text.
type Token struct {
	Text  string
	Start int // byte offset into the text
	End   int // byte offset into the text, exclusive
}

// Sentence is a run of tokens.
type Sentence struct {
	Start  int // byte offset of the first token
	End    int // byte offset after the last token
	Tokens []Token
}

// Span is an entity found by a recognizer: tokens [Start, End) of sentence
// Sentence.
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
	Recognize(sents []Sentence) []Span
}
