package ner

import (
	"bufio"
	"io"
)

// AutoLabelOptions say which sentences [AutoLabel] keeps.
type AutoLabelOptions struct {
	// MinMargin is the least [TokenScores.Margin] every token of a kept
	// sentence must have for the label the model gave it (O included).
	MinMargin float32
	// MinTokens and MaxTokens bound the length of a kept sentence; 0 means
	// no bound.
	MinTokens, MaxTokens int
	// Agree, when not nil, is a second model that must give the sentence
	// the same tags (the agreement filter of tri-training).
	Agree *Model
}

// AutoLabel tags doc, the sentences of one article, with m and returns as
// a Document named name the sentences m is sure of: those with at least
// one entity whose every token's margin for its label is at least
// opts.MinMargin (and that opts.Agree tags the same), with the tags m gave
// them as their only column, in IOB2. The document is tagged whole, so
// that the document features see the whole article. Self-training adds
// such documents to the training data ([TrainOptions.Extra]).
func AutoLabel(m *Model, name string, doc [][]string, opts AutoLabelOptions) Document {
	out := Document{Name: name}
	spans, scores := m.AppendSpansScored(nil, nil, doc)
	var agree [][]string
	if opts.Agree != nil {
		agree = opts.Agree.Tag(doc)
	}
	pos := 0
	k := 0 // spans[k:] are of sentence si or later
	for si, s := range doc {
		at := pos
		pos += len(s)
		first := k
		for k < len(spans) && spans[k].Sentence == si {
			k++
		}
		if first == k || opts.MinTokens > 0 && len(s) < opts.MinTokens || opts.MaxTokens > 0 && len(s) > opts.MaxTokens {
			continue
		}
		ss := make([]Span, 0, k-first)
		for _, sp := range spans[first:k] {
			ss = append(ss, sp.Span)
		}
		tags := IOB2(ss, len(s))
		if !sure(tags, scores[at:pos], opts.MinMargin) || agree != nil && !sameTags(tags, agree[si]) {
			continue
		}
		cols := make([][]string, len(s))
		for i, t := range tags {
			cols[i] = []string{t}
		}
		out.Sentences = append(out.Sentences, Sentence{Tokens: s, Cols: cols})
	}
	return out
}

// sure reports whether every token's margin for its tag is at least min.
func sure(tags []string, scores []TokenScores, min float32) bool {
	for i, t := range tags {
		typ := "O"
		if len(t) > 2 {
			typ = t[2:]
		}
		if scores[i].Margin(typ) < min {
			return false
		}
	}
	return true
}

func sameTags(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// WriteCoNLL writes docs in CoNLL columns: a -DOCSTART- line before each
// document, a blank line after each sentence, and for each token the token
// and its columns separated by spaces. [ReadCoNLL] reads it back.
func WriteCoNLL(w io.Writer, docs []Document) error {
	bw := bufio.NewWriterSize(w, 64*1024)
	for _, d := range docs {
		bw.WriteString("-DOCSTART- O\n\n")
		for _, s := range d.Sentences {
			for i, t := range s.Tokens {
				bw.WriteString(t)
				for _, c := range s.Cols[i] {
					bw.WriteByte(' ')
					bw.WriteString(c)
				}
				bw.WriteByte('\n')
			}
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}
