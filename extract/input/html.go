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
		a, err := r.page(r.validUTF8(b, 0), "", 0)
		if err != nil {
			return Article{}, &ParseError{File: r.name, Err: err}
		}
		a.ID = r.name
		return a, nil
	}
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
