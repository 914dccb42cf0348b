package input

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"sort"
	"strings"

	"github.com/nergraph/nergraph/extract/input/warc"
)

// warcReader reads a web archive: each HTML response (or resource) record
// is an article with the target URI as id and URL (the page's canonical URL
// wins for the URL), and the page's date, else the WARC-Date. Other
// records are passed over and counted in one warning at the end of the
// file.
func (r *Reader) warcReader(br *bufio.Reader) func() (Article, error) {
	wr := warc.NewReader(br)
	passed := map[string]int{}
	done := false
	return func() (Article, error) {
		for {
			if done {
				return Article{}, io.EOF
			}
			rec, err := wr.Next()
			if err != nil {
				done = true
				r.warnPassed(passed)
				if err == io.EOF {
					return Article{}, io.EOF
				}
				return Article{}, &ParseError{File: r.name, Err: err}
			}
			a, why, err := r.warcRecord(rec)
			if err != nil {
				return Article{}, &ParseError{File: r.name, Line: rec.Line, Err: err}
			}
			if why != "" {
				passed[why]++
				continue
			}
			return a, nil
		}
	}
}

// warnPassed warns of the records passed over, by kind.
func (r *Reader) warnPassed(passed map[string]int) {
	if len(passed) == 0 {
		return
	}
	var kinds []string
	n := 0
	for k, c := range passed {
		kinds = append(kinds, fmt.Sprintf("%d %s", c, k))
		n += c
	}
	sort.Strings(kinds)
	r.warnf(0, "passed over %d records that are not HTML pages: %s", n, strings.Join(kinds, ", "))
}

// warcRecord makes the article of a record, or says why the record is not
// one ("request", "image/png response", "301 response").
func (r *Reader) warcRecord(rec *warc.Record) (Article, string, error) {
	typ := rec.Type()
	uri := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>")
	var body io.Reader
	var ctype string
	switch typ {
	case "response":
		if !strings.HasPrefix(strings.ToLower(rec.Header.Get("Content-Type")), "application/http") {
			return Article{}, "non-HTTP response", nil
		}
		resp, err := http.ReadResponse(bufio.NewReader(rec.Block), nil)
		if err != nil {
			return Article{}, "", fmt.Errorf("response for %s: %w", uri, err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return Article{}, fmt.Sprintf("%d response", resp.StatusCode), nil
		}
		ctype, body = resp.Header.Get("Content-Type"), resp.Body
		if body, err = decoded(body, resp.Header.Get("Content-Encoding")); err != nil {
			return Article{}, "", fmt.Errorf("response for %s: %w", uri, err)
		}
	case "resource":
		ctype, body = rec.Header.Get("Content-Type"), rec.Block
	default:
		return Article{}, typ, nil
	}
	if mt, _, _ := mime.ParseMediaType(ctype); mt != "text/html" && mt != "application/xhtml+xml" {
		if mt == "" {
			mt = "untyped"
		}
		return Article{}, mt + " " + typ, nil
	}
	b, err := readAtMost(body, r.limits.Article)
	if err == errLineTooLong {
		return Article{}, "", fmt.Errorf("page %s: %w", uri, tooLarge("web page", r.limits.Article, "--max-article"))
	}
	if err != nil {
		return Article{}, "", fmt.Errorf("page %s: %w", uri, err)
	}
	id := uri
	if id == "" {
		id = fmt.Sprintf("%s:%d", r.name, rec.Line)
	}
	if r.opts.DeferHTML {
		a := Article{ID: id, URL: uri, HTML: r.validUTF8(b, rec.Line), file: r.name, line: rec.Line}
		r.setField(&a, FieldDate, rec.Header.Get("WARC-Date"), rec.Line)
		return a, "", nil
	}
	a, err := r.page(r.validUTF8(b, rec.Line), uri, rec.Line)
	if err != nil {
		return Article{}, "", fmt.Errorf("page %s: %w", uri, err)
	}
	a.ID = id
	if a.URL == "" {
		a.URL = uri
	}
	if a.Date.IsZero() {
		r.setField(&a, FieldDate, rec.Header.Get("WARC-Date"), rec.Line)
	}
	return a, "", nil
}

// decoded undoes a Content-Encoding of gzip or deflate.
func decoded(body io.Reader, enc string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		return gzip.NewReader(body)
	case "deflate":
		return flate.NewReader(body), nil
	}
	return nil, errors.New("content encoding " + enc + " not read")
}
