package input

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/nergraph/nergraph/extract/input/webpage"
)

// htmlReader reads a saved web page as one article: its main text and
// metadata ([webpage.Parse]).
func (r *Reader) htmlReader(br *bufio.Reader) func() (Article, error) {
	done := false
	return func() (Article, error) {
		if done {
			return Article{}, io.EOF
		}
		done = true
		b, err := readAtMost(br, r.limits.Article)
		if err == errLineTooLong {
			return Article{}, &ParseError{File: r.name, Err: tooLarge("web page", r.limits.Article, "--max-article")}
		}
		if err != nil {
			return Article{}, fmt.Errorf("read %s: %w", r.name, err)
		}
		if looksBinary(b) {
			return Article{}, &ParseError{File: r.name, Err: errors.New("binary file, not HTML")}
		}
		if r.opts.DeferHTML {
			return Article{ID: r.name, HTML: r.validUTF8(b, 0), file: r.name}, nil
		}
		a, err := r.page(r.validUTF8(b, 0), "", 0)
		if err != nil {
			return Article{}, &ParseError{File: r.name, Err: err}
		}
		a.ID = r.name
		return a, nil
	}
}

// ParsePage returns the article of a page read with
// ReaderOptions.DeferHTML: its text and metadata, as the reader would have
// made it, with the warnings the reader would have given (a date that does
// not read), or a *ParseError for a page without text. An article without
// HTML is returned as it is.
func ParsePage(a Article, opts ReaderOptions) (Article, []error, error) {
	if a.HTML == "" {
		return a, nil, nil
	}
	var warns []error
	opts.Warn = func(err error) { warns = append(warns, err) }
	r := &Reader{name: a.file, opts: opts, warn: opts.Warn, warnedLine: -1}
	p, err := r.page(a.HTML, a.URL, a.line)
	if err != nil {
		what := a.file
		if a.URL != "" {
			what = "page " + a.URL
			err = fmt.Errorf("%s: %w", what, err)
		}
		return Article{}, warns, &ParseError{File: a.file, Line: a.line, Err: err}
	}
	p.ID = a.ID
	if p.URL == "" {
		p.URL = a.URL
	}
	if p.Date.IsZero() {
		p.Date = a.Date // the archive's date, when the page gives none
	}
	return p, warns, nil
}

// page makes an article of an HTML page fetched from pageURL (may be
// empty); line places warnings about it.
func (r *Reader) page(s, pageURL string, line int) (Article, error) {
	p, err := webpage.Parse(strings.NewReader(s), pageURL)
	if err != nil {
		return Article{}, err
	}
	a := Article{Title: p.Title, Text: p.Text, URL: p.URL, Source: p.SiteName, Author: p.Author}
	r.setField(&a, FieldDate, p.Date, line)
	return a, nil
}
