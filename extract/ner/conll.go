package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Document is one article of a CoNLL file: the sentences between two
// -DOCSTART- lines.
type Document struct {
	Name      string // FILE:LINE of the -DOCSTART- line, or of the first token
	Sentences []Sentence
}

// Sentence is one sentence of a CoNLL file.
type Sentence struct {
	Line   int        // line of the first token
	Tokens []string   // the first column
	Cols   [][]string // per token, the columns after the first
}

// Tags returns the last column of each token, or nil when the tokens have
// no column but the first. In a gold file it holds the gold tags.
func (s *Sentence) Tags() []string { return s.column(1) }

// column returns the k-th column from the end (1 = last) or nil.
func (s *Sentence) column(k int) []string {
	if len(s.Cols) == 0 || len(s.Cols[0]) < k {
		return nil
	}
	out := make([]string, len(s.Cols))
	for i, c := range s.Cols {
		out[i] = c[len(c)-k]
	}
	return out
}

// ErrColumns is returned, wrapped in a *ParseError, when the lines of one
// sentence have different numbers of columns.
var ErrColumns = errors.New("inconsistent number of columns")

// ReadCoNLL reads a file in CoNLL column format: one token per line with
// space- or tab-separated columns, a blank line after each sentence, and a
// line starting with -DOCSTART- before each document. Text before the first
// -DOCSTART- forms a document of its own. It reads to the end of r; errors
// are *ParseError naming name:line.
func ReadCoNLL(r io.Reader, name string) ([]Document, error) {
	cr := newCoNLLScanner(r, name)
	var docs []Document
	for {
		d, err := cr.next()
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		docs = append(docs, d.doc)
	}
}

// conllDoc is a document with its raw lines, so the tagger can write them
// back unchanged.
type conllDoc struct {
	doc   Document
	lines []string // every line, including -DOCSTART- and blank lines
	tok   []int    // for each line, the index of its token in document order, or -1
}

type conllScanner struct {
	sc      *bufio.Scanner
	name    string
	line    int
	pending string // a -DOCSTART- line read ahead
	havePen bool
	eof     bool
}

func newCoNLLScanner(r io.Reader, name string) *conllScanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	return &conllScanner{sc: sc, name: name}
}

// isColumnSep separates columns: ASCII blanks only, so that a token may
// hold other Unicode spaces (a GMB token is U+0085).
func isColumnSep(r rune) bool { return r == ' ' || r == '\t' }

func isDocStart(line string) bool { return strings.HasPrefix(line, "-DOCSTART-") }

// next returns the next document, or io.EOF.
func (c *conllScanner) next() (*conllDoc, error) {
	if c.eof && !c.havePen {
		return nil, io.EOF
	}
	d := &conllDoc{}
	var cur *Sentence
	ntok := 0
	if c.havePen {
		d.lines = append(d.lines, c.pending)
		d.tok = append(d.tok, -1)
		d.doc.Name = fmt.Sprintf("%s:%d", c.name, c.line)
		c.havePen = false
	}
	flush := func() {
		if cur != nil {
			d.doc.Sentences = append(d.doc.Sentences, *cur)
			cur = nil
		}
	}
	for !c.eof {
		if !c.sc.Scan() {
			if err := c.sc.Err(); err != nil {
				return nil, &ParseError{File: c.name, Line: c.line + 1, Err: err}
			}
			c.eof = true
			break
		}
		c.line++
		t := strings.TrimRight(c.sc.Text(), "\r")
		if isDocStart(t) {
			if len(d.lines) > 0 {
				c.pending, c.havePen = t, true
				flush()
				return d, nil
			}
			d.lines = append(d.lines, t)
			d.tok = append(d.tok, -1)
			d.doc.Name = fmt.Sprintf("%s:%d", c.name, c.line)
			continue
		}
		d.lines = append(d.lines, t)
		if strings.Trim(t, " \t") == "" {
			d.tok = append(d.tok, -1)
			flush()
			continue
		}
		f := strings.FieldsFunc(t, isColumnSep)
		if cur == nil {
			cur = &Sentence{Line: c.line}
			if d.doc.Name == "" {
				d.doc.Name = fmt.Sprintf("%s:%d", c.name, c.line)
			}
		} else if len(f)-1 != len(cur.Cols[0]) {
			return nil, &ParseError{File: c.name, Line: c.line, Err: fmt.Errorf("%w: want %d, got %d", ErrColumns, len(cur.Cols[0])+1, len(f))}
		}
		cur.Tokens = append(cur.Tokens, f[0])
		cur.Cols = append(cur.Cols, f[1:])
		d.tok = append(d.tok, ntok)
		ntok++
	}
	flush()
	if len(d.lines) == 0 {
		return nil, io.EOF
	}
	return d, nil
}

// TagCoNLL reads CoNLL column data from r one document at a time, tags it
// with m and writes every line back to w with the predicted IOB2 tag
// appended as a new last column; -DOCSTART- and blank lines are written
// unchanged. It stops at the end of r or at the first error, which names
// name:line for bad input.
func TagCoNLL(m *Model, r io.Reader, w io.Writer, name string) error {
	cr := newCoNLLScanner(r, name)
	bw := bufio.NewWriterSize(w, 64*1024)
	var toks [][]string
	for {
		d, err := cr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		toks = toks[:0]
		for i := range d.doc.Sentences {
			toks = append(toks, d.doc.Sentences[i].Tokens)
		}
		tags := m.Tag(toks)
		flat := make([]string, 0, 256)
		for _, s := range tags {
			flat = append(flat, s...)
		}
		for i, line := range d.lines {
			bw.WriteString(line)
			if k := d.tok[i]; k >= 0 {
				bw.WriteByte(' ')
				bw.WriteString(flat[k])
			}
			if err := bw.WriteByte('\n'); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}
