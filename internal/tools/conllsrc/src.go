package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is one document of the source: its style, a short title and its
// sentences.
type Doc struct {
	Line      int // line of the -DOCSTART- line
	Style     string
	Title     string
	Sentences [][]Token
}

// Token is one token with its IOB2 tag.
type Token struct {
	Text, Tag string
}

// ParseError is an error in the source, at File:Line.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var types = map[string]bool{"PER": true, "ORG": true, "LOC": true, "MISC": true}

// styles are the document styles a -DOCSTART- line may name.
var styles = map[string]bool{
	"agency": true, "headline": true, "market": true, "sports": true, "web": true, "hard": true,
}

// segment is a run of text that is either one entity (Type set) or plain.
type segment struct {
	text, typ string
}

// parse reads the source format: "## " comment lines, blank lines (ignored),
// "-DOCSTART- STYLE TITLE..." lines, and one sentence per other line, with
// entities marked "[TYPE words]". It reads to the end of r; errors are
// *ParseError naming name:line.
func parse(r io.Reader, name string) ([]Doc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var docs []Doc
	line := 0
	fail := func(format string, args ...any) error {
		return &ParseError{File: name, Line: line, Err: fmt.Errorf(format, args...)}
	}
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case t == "" || strings.HasPrefix(t, "## "):
			continue
		case strings.HasPrefix(t, "-DOCSTART-"):
			f := strings.Fields(t)
			if len(f) < 3 || !styles[f[1]] {
				return nil, fail("want -DOCSTART- STYLE TITLE, with STYLE one of agency, headline, market, sports, web, hard")
			}
			docs = append(docs, Doc{Line: line, Style: f[1], Title: strings.Join(f[2:], " ")})
			continue
		}
		if len(docs) == 0 {
			return nil, fail("sentence before the first -DOCSTART-")
		}
		segs, err := splitMarkup(t)
		if err != nil {
			return nil, fail("%v", err)
		}
		sent, err := tokenizeSegments(segs)
		if err != nil {
			return nil, fail("%v", err)
		}
		d := &docs[len(docs)-1]
		d.Sentences = append(d.Sentences, sent)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: name, Line: line + 1, Err: err}
	}
	for _, d := range docs {
		if len(d.Sentences) == 0 {
			line = d.Line
			return nil, fail("empty document")
		}
	}
	return docs, nil
}

// splitMarkup splits a line into plain and entity segments.
func splitMarkup(t string) ([]segment, error) {
	var segs []segment
	for t != "" {
		k := strings.IndexAny(t, "[]")
		if k < 0 {
			segs = append(segs, segment{text: t})
			break
		}
		if t[k] == ']' {
			return nil, errors.New("unmatched ]")
		}
		if k > 0 {
			segs = append(segs, segment{text: t[:k]})
		}
		t = t[k+1:]
		sp := strings.IndexByte(t, ' ')
		if sp < 0 || !types[t[:sp]] {
			return nil, fmt.Errorf("want [TYPE words] with TYPE one of PER, ORG, LOC, MISC near %q", clip(t))
		}
		typ := t[:sp]
		t = t[sp+1:]
		end := strings.IndexAny(t, "[]")
		if end < 0 || t[end] == '[' {
			return nil, fmt.Errorf("unclosed [%s near %q", typ, clip(t))
		}
		if strings.TrimSpace(t[:end]) != t[:end] || t[:end] == "" {
			return nil, fmt.Errorf("space at the edge of [%s %s]", typ, t[:end])
		}
		segs = append(segs, segment{text: t[:end], typ: typ})
		t = t[end+1:]
	}
	return segs, nil
}

func clip(s string) string {
	if len(s) > 30 {
		return s[:30]
	}
	return s
}

// tokenizeSegments tokenizes each segment and tags the tokens. An entity
// edge must fall on a token edge: where an entity touches plain text with no
// space between, the plain side must begin (or end) with punctuation or a
// clitic, never inside a word ("[MISC Chinese]-made" is an error).
func tokenizeSegments(segs []segment) ([]Token, error) {
	var out []Token
	for i, s := range segs {
		if s.typ == "" {
			if i > 0 && !startsApart(s.text) {
				return nil, fmt.Errorf("entity [%s %s] ends inside the word %q", segs[i-1].typ, segs[i-1].text, firstWord(s.text))
			}
			if i < len(segs)-1 && !endsApart(s.text) {
				return nil, fmt.Errorf("entity [%s %s] starts inside the word %q", segs[i+1].typ, segs[i+1].text, lastWord(s.text))
			}
		} else if i > 0 && segs[i-1].typ != "" {
			return nil, fmt.Errorf("entities [%s %s] and [%s %s] touch with no space", segs[i-1].typ, segs[i-1].text, s.typ, s.text)
		}
		toks := tokenize(s.text)
		for k, w := range toks {
			if strings.HasPrefix(w, "-DOCSTART-") {
				return nil, errors.New("a token cannot start with -DOCSTART-")
			}
			tag := "O"
			if s.typ != "" {
				tag = "I-" + s.typ
				if k == 0 {
					tag = "B-" + s.typ
				}
			}
			out = append(out, Token{Text: w, Tag: tag})
		}
	}
	if len(out) == 0 {
		return nil, errors.New("empty sentence")
	}
	return out, nil
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

func lastWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[len(f)-1]
	}
	return s
}

// startsApart reports whether plain text that follows an entity starts a
// new token: with a space, with punctuation other than a hyphen, or with a
// clitic.
func startsApart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsSpace(r) {
		return true
	}
	w := firstWord(s)
	if isClitic(trimTrailing(w)) {
		return true
	}
	return r != '-' && (unicode.IsPunct(r) || unicode.IsSymbol(r)) && !(r == '\'' && len(w) > 1 && !isClitic(w))
}

// endsApart reports whether plain text before an entity ends a token: with
// a space or with punctuation other than a hyphen.
func endsApart(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r) || r != '-' && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

// writeCoNLL writes the documents in CoNLL-2003 layout with IOB2 tags:
// "-DOCSTART- -X- -X- O" and a blank line before each document, then
// "TOKEN _ _ TAG" lines with a blank line after each sentence.
func writeCoNLL(w io.Writer, docs []Doc) error {
	bw := bufio.NewWriter(w)
	for _, d := range docs {
		bw.WriteString("-DOCSTART- -X- -X- O\n\n")
		for _, s := range d.Sentences {
			for _, t := range s {
				fmt.Fprintf(bw, "%s _ _ %s\n", t.Text, t.Tag)
			}
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// writeStyles writes the sidecar: a header, then the document number
// (1-based, in file order), its style and its title, tab-separated.
func writeStyles(w io.Writer, docs []Doc) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("doc\tstyle\ttitle\n")
	for i, d := range docs {
		fmt.Fprintf(bw, "%d\t%s\t%s\n", i+1, d.Style, d.Title)
	}
	return bw.Flush()
}
