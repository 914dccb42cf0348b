package extract

import (
	"sync"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
)

// perceptron is the Recognizer backed by our trained sequence labeler.
type perceptron struct {
	m    *ner.Model
	bufs *sync.Pool // *recognizeBufs
}

// recognizeBufs hold what Recognize makes of a document, kept for the
// next: the tagger's view of its tokens and the entities it found.
type recognizeBufs struct {
	doc   [][]string
	words []string
	spans []ner.DocSpan
}

// NewPerceptron returns a Recognizer that tags with m. CoNLL's PER, ORG,
// LOC and MISC become PERSON, ORG, LOCATION and MISC.
func NewPerceptron(m *ner.Model) Recognizer {
	return perceptron{m: m, bufs: &sync.Pool{New: func() any { return new(recognizeBufs) }}}
}

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
//
// The words of all sentences go in one slice, and it and the entities are
// kept for the next document: building them anew was a tenth of an
// article's allocation.
func (p perceptron) Recognize(sents []text.Sentence) []Span {
	b := p.bufs.Get().(*recognizeBufs)
	defer p.bufs.Put(b)
	p.fill(b, sents)
	b.spans = p.m.AppendSpans(b.spans[:0], b.doc)
	return p.spansOf(b)
}

// fill puts the words of sents in b, all in one slice.
func (p perceptron) fill(b *recognizeBufs, sents []text.Sentence) {
	b.words, b.doc = b.words[:0], b.doc[:0]
	for _, s := range sents {
		for _, t := range s.Tokens {
			b.words = append(b.words, t.Text)
		}
	}
	at := 0
	for _, s := range sents {
		b.doc = append(b.doc, b.words[at:at+len(s.Tokens):at+len(s.Tokens)])
		at += len(s.Tokens)
	}
}

// spansOf returns the spans of the entities in b, and clears b's words.
func (p perceptron) spansOf(b *recognizeBufs) []Span {
	var out []Span
	for _, s := range b.spans {
		t, ok := conllTypes[s.Type]
		if !ok {
			continue
		}
		out = append(out, Span{Sentence: s.Sentence, Start: s.Start, End: s.End, Type: t})
	}
	clear(b.words) // the buffers keep no article's text alive
	clear(b.doc)
	return out
}
