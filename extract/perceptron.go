package extract

import (
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
)

// perceptron is the Recognizer backed by our trained sequence labeler.
type perceptron struct {
	m *ner.Model
}

// NewPerceptron returns a Recognizer that tags with m. CoNLL's PER, ORG,
// LOC and MISC become PERSON, ORG, LOCATION and MISC.
func NewPerceptron(m *ner.Model) Recognizer { return perceptron{m: m} }

// DefaultRecognizer returns the perceptron recognizer with the model
// embedded in the program. It fails only if the embedded model is corrupt.
func DefaultRecognizer() (Recognizer, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, err
	}
	return NewPerceptron(m), nil
}

func (perceptron) Name() string { return "perceptron" }

var conllTypes = map[string]Type{"PER": Person, "ORG": Org, "LOC": Location, "MISC": Misc}

// Recognize tags the document's sentences together, so that what is learnt
// about a word in one sentence helps in the others.
func (p perceptron) Recognize(sents []text.Sentence) []Span {
	doc := make([][]string, len(sents))
	for i, s := range sents {
		toks := make([]string, len(s.Tokens))
		for j, t := range s.Tokens {
			toks[j] = t.Text
		}
		doc[i] = toks
	}
	var out []Span
	for i, tags := range p.m.Tag(doc) {
		for _, s := range ner.Spans(tags) {
			t, ok := conllTypes[s.Type]
			if !ok {
				continue
			}
			out = append(out, Span{Sentence: i, Start: s.Start, End: s.End, Type: t})
		}
	}
	return out
}
