package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ParseError is an error in an input file, at File:Line.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// doc is one document of a CoNLL file.
type doc struct {
	style string
	sents []sent
}

// sent is one sentence: its tokens, gold tags and, in a predicted file,
// predicted tags.
type sent struct {
	line   int // line of the first token
	tokens []string
	gold   []string
	pred   []string // nil unless predicted
}

// readCoNLL reads CoNLL column data: one token per line, the gold tag in the
// last column, or with predicted set the gold tag second to last and the
// predicted tag last (as "nergraph tag --conll" writes); a blank line after
// each sentence, a -DOCSTART- line before each document. Tokens before the
// first -DOCSTART- form a document of their own. Tags must be O or B-, I-
// followed by a type; IOB1 and IOB2 are both read. Errors name name:line.
func readCoNLL(r io.Reader, name string, predicted bool) ([]doc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var docs []doc
	var cur *sent
	line := 0
	fail := func(format string, args ...any) error {
		return &ParseError{File: name, Line: line, Err: fmt.Errorf(format, args...)}
	}
	flush := func() {
		if cur != nil {
			if len(docs) == 0 {
				docs = append(docs, doc{})
			}
			d := &docs[len(docs)-1]
			d.sents = append(d.sents, *cur)
			cur = nil
		}
	}
	need := 2
	if predicted {
		need = 3
	}
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(t, "-DOCSTART-") {
			flush()
			docs = append(docs, doc{})
			continue
		}
		f := strings.Fields(t)
		if len(f) == 0 {
			flush()
			continue
		}
		if len(f) < need {
			return nil, fail("want at least %d columns, got %d", need, len(f))
		}
		if cur == nil {
			cur = &sent{line: line}
		}
		g := f[len(f)-1]
		if predicted {
			g = f[len(f)-2]
			p := f[len(f)-1]
			if err := checkTag(p); err != nil {
				return nil, fail("predicted tag: %v", err)
			}
			cur.pred = append(cur.pred, p)
		}
		if err := checkTag(g); err != nil {
			return nil, fail("gold tag: %v", err)
		}
		cur.tokens = append(cur.tokens, f[0])
		cur.gold = append(cur.gold, g)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: name, Line: line + 1, Err: err}
	}
	flush()
	return docs, nil
}

var errTag = errors.New("bad tag")

// checkTag accepts O and B-TYPE or I-TYPE.
func checkTag(t string) error {
	if t == "O" {
		return nil
	}
	if len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-' {
		return nil
	}
	return fmt.Errorf("%w %q: want O, B-TYPE or I-TYPE", errTag, t)
}

// readStyles reads the sidecar that gives each document its style: a
// header line, then "DOC<TAB>STYLE[<TAB>TITLE]" with DOC counting documents
// from 1 in file order, every document once.
func readStyles(r io.Reader, name string) ([]string, error) {
	sc := bufio.NewScanner(r)
	var styles []string
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if line == 1 || strings.TrimSpace(t) == "" {
			continue // header
		}
		f := strings.Split(t, "\t")
		if len(f) < 2 || f[1] == "" {
			return nil, &ParseError{File: name, Line: line, Err: errors.New("want DOC<TAB>STYLE")}
		}
		n, err := strconv.Atoi(f[0])
		if err != nil || n != len(styles)+1 {
			return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("want document %d, got %q", len(styles)+1, f[0])}
		}
		styles = append(styles, f[1])
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: name, Line: line + 1, Err: err}
	}
	return styles, nil
}
