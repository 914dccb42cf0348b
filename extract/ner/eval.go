package ner

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Span is an entity of one sentence: tokens [Start, End) of type Type
// (PER, ORG, LOC or MISC).
type Span struct {
	Start, End int
	Type       string
}

func splitTag(t string) (prefix byte, typ string) {
	if t == "" || t == "O" {
		return 'O', ""
	}
	if len(t) > 2 && t[1] == '-' {
		return t[0], t[2:]
	}
	return 'I', t
}

// Spans returns the entities of a sentence's tags, in order. It reads IOB1
// (as in the CoNLL-2003 files) and IOB2 alike, with the chunk boundaries of
// the conlleval script: a chunk starts at B-X, at I-X after O, and wherever
// the type changes.
func Spans(tags []string) []Span { return appendSpans(nil, tags) }

// appendSpans appends the [Spans] of tags to out.
func appendSpans(out []Span, tags []string) []Span {
	start := -1
	prevP, prevT := byte('O'), ""
	for i, t := range tags {
		p, typ := splitTag(t)
		if start >= 0 && chunkEnd(prevP, p, prevT, typ) {
			out = append(out, Span{start, i, prevT})
			start = -1
		}
		if chunkStart(prevP, p, prevT, typ) {
			start = i
		}
		prevP, prevT = p, typ
	}
	if start >= 0 {
		out = append(out, Span{start, len(tags), prevT})
	}
	return out
}

func chunkEnd(prevP, p byte, prevT, typ string) bool {
	switch {
	case prevP == 'O':
		return false
	case p == 'O', p == 'B':
		return true
	case prevT != typ:
		return true
	}
	return false
}

func chunkStart(prevP, p byte, prevT, typ string) bool {
	switch {
	case p == 'O':
		return false
	case p == 'B':
		return true
	case prevP == 'O':
		return true
	case prevT != typ:
		return true
	}
	return false
}

// IOB2 returns the IOB2 tags of spans over n tokens.
func IOB2(spans []Span, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for _, s := range spans {
		for i := s.Start; i < s.End; i++ {
			if i == s.Start {
				out[i] = "B-" + s.Type
			} else {
				out[i] = "I-" + s.Type
			}
		}
	}
	return out
}

// Count holds entity counts for one type.
type Count struct {
	Type    string // "" for the total over all types
	Gold    int    // entities in the gold data
	Pred    int    // entities predicted
	Correct int    // predicted with the exact span and type
}

// Precision returns Correct/Pred in percent, 0 when nothing was predicted.
func (c Count) Precision() float64 { return pct(c.Correct, c.Pred) }

// Recall returns Correct/Gold in percent, 0 when there is no gold entity.
func (c Count) Recall() float64 { return pct(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall in percent.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Scores is the entity-level evaluation of predicted tags against gold tags,
// as conlleval computes it: an entity counts as correct only when its span
// and type both match exactly.
type Scores struct {
	Types   []Count // sorted by type
	Overall Count
	Tokens  int
}

// Evaluator accumulates [Scores] sentence by sentence.
type Evaluator struct {
	by     map[string]*Count
	tokens int
}

// Add scores one sentence's predicted tags against its gold tags. Both may
// be IOB1 or IOB2; pred must be as long as gold.
func (e *Evaluator) Add(gold, pred []string) {
	if e.by == nil {
		e.by = make(map[string]*Count)
	}
	e.tokens += len(gold)
	get := func(t string) *Count {
		c := e.by[t]
		if c == nil {
			c = &Count{Type: t}
			e.by[t] = c
		}
		return c
	}
	gs, ps := Spans(gold), Spans(pred)
	for _, s := range gs {
		get(s.Type).Gold++
	}
	for _, s := range ps {
		get(s.Type).Pred++
	}
	i, j := 0, 0
	for i < len(gs) && j < len(ps) {
		switch {
		case gs[i].Start < ps[j].Start:
			i++
		case gs[i].Start > ps[j].Start:
			j++
		default:
			if gs[i] == ps[j] {
				get(gs[i].Type).Correct++
			}
			i++
			j++
		}
	}
}

// Scores returns the scores so far.
func (e *Evaluator) Scores() Scores {
	var s Scores
	s.Tokens = e.tokens
	for _, c := range e.by {
		s.Types = append(s.Types, *c)
		s.Overall.Gold += c.Gold
		s.Overall.Pred += c.Pred
		s.Overall.Correct += c.Correct
	}
	sort.Slice(s.Types, func(i, j int) bool { return s.Types[i].Type < s.Types[j].Type })
	return s
}

// WriteTable writes the scores as an aligned table: one row per type and
// one for all types, with gold, predicted and correct entity counts and
// precision, recall and F1 in percent.
func (s Scores) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %6s %6s %7s %9s %7s %7s\n", "type", "gold", "pred", "correct", "precision", "recall", "F1")
	row := func(c Count) {
		name := c.Type
		if name == "" {
			name = "overall"
		}
		fmt.Fprintf(&b, "%-8s %6d %6d %7d %9.2f %7.2f %7.2f\n", name, c.Gold, c.Pred, c.Correct, c.Precision(), c.Recall(), c.F1())
	}
	for _, c := range s.Types {
		row(c)
	}
	row(s.Overall)
	_, err := io.WriteString(w, b.String())
	return err
}

// String returns a one-line summary.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "F1 %.2f (P %.2f R %.2f)", s.Overall.F1(), s.Overall.Precision(), s.Overall.Recall())
	for _, c := range s.Types {
		fmt.Fprintf(&b, " %s %.2f", c.Type, c.F1())
	}
	return b.String()
}

// Evaluate tags each document with m and scores the result against the
// gold tags in the last column.
func Evaluate(m *Model, docs []Document) Scores {
	var e Evaluator
	for _, d := range docs {
		toks := make([][]string, len(d.Sentences))
		for i := range d.Sentences {
			toks[i] = d.Sentences[i].Tokens
		}
		pred := m.Tag(toks)
		for i := range d.Sentences {
			e.Add(d.Sentences[i].Tags(), pred[i])
		}
	}
	return e.Scores()
}

// ErrNoPrediction is returned by [EvaluatePredicted] for a token line with
// fewer than three columns.
var ErrNoPrediction = errors.New("want gold and predicted tags as the last two columns")

// EvaluatePredicted scores documents whose last two columns hold the gold
// and the predicted tag, as conlleval reads them.
func EvaluatePredicted(docs []Document) (Scores, error) {
	var e Evaluator
	for _, d := range docs {
		for i := range d.Sentences {
			s := &d.Sentences[i]
			gold, pred := s.column(2), s.column(1)
			if gold == nil {
				return Scores{}, &ParseError{File: d.Name[:strings.LastIndexByte(d.Name, ':')], Line: s.Line, Err: ErrNoPrediction}
			}
			e.Add(gold, pred)
		}
	}
	return e.Scores(), nil
}
