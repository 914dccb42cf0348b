package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// ErrEmptyArticle is returned for a record with neither title nor text.
var ErrEmptyArticle = errors.New("article has no title and no text")

// ErrInvalidUTF8 is the warning for text that was not valid UTF-8: the bad
// bytes were replaced by U+FFFD and the record was kept.
var ErrInvalidUTF8 = errors.New("invalid UTF-8 replaced")

// ParseError is a bad record in an input file, located compiler-style.
type ParseError struct {
	File string
	Line int // 1-based line (JSONL, SGML) or row (CSV); 0 when unknown
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// The input formats.
const (
	FormatText  = "text"  // the whole file is one article
	FormatJSONL = "jsonl" // one JSON object per line
	FormatCSV   = "csv"   // a header row, or ReaderOptions.Columns
	FormatSGML  = "sgml"  // Reuters-21578 SGML
)

// ReaderOptions says how to read an input.
type ReaderOptions struct {
	// Format is one of the Format constants; "" infers it from the name's
	// extension (.jsonl/.ndjson, .csv, .sgm/.sgml, else text).
	Format string
	// Columns names the CSV columns when the file has no header row, e.g.
	// "label", "title", "text".
	Columns []string
	// Warn, when set, is called from Read with each recoverable problem met
	// in a record that is kept: a *ParseError naming the place, wrapping
	// [ErrInvalidUTF8]. It is called at most once per record.
	Warn func(err error)
}

// FormatFor infers the input format from a file name, ignoring a .gz suffix.
func FormatFor(name string) string {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(name) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".csv":
		return FormatCSV
	case ".sgm", ".sgml":
		return FormatSGML
	}
	return FormatText
}

// Reader reads articles from one input.
type Reader struct {
	name       string
	next       func() (Article, error)
	warn       func(error)
	warnedLine int // the line of the last warning, -1 before the first
}

// NewReader returns a reader of the articles in r; name is used for ids and
// in errors. Input compressed with gzip (by its magic bytes) is decompressed.
func NewReader(r io.Reader, name string, opts ReaderOptions) *Reader {
	rd := &Reader{name: name, warn: opts.Warn, warnedLine: -1}
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			rd.next = failing(&ParseError{File: name, Err: fmt.Errorf("gzip: %w", err)})
			return rd
		}
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	format := opts.Format
	if format == "" {
		format = FormatFor(name)
	}
	switch format {
	case FormatText:
		rd.next = rd.textReader(br)
	case FormatJSONL:
		rd.next = rd.jsonlReader(br)
	case FormatCSV:
		rd.next = rd.csvReader(br, opts.Columns)
	case FormatSGML:
		rd.next = newSGMLReader(br, name).Read
	default:
		rd.next = failing(fmt.Errorf("unknown input format %q (known: text, jsonl, csv, sgml)", format))
	}
	return rd
}

// Read returns the next article. It returns io.EOF at the end of input and a
// *ParseError for a bad record; reading may go on after a *ParseError, which
// skips that record. Any other error ends the input.
func (r *Reader) Read() (Article, error) { return r.next() }

func failing(err error) func() (Article, error) {
	done := false
	return func() (Article, error) {
		if done {
			return Article{}, io.EOF
		}
		done = true
		return Article{}, err
	}
}

// validUTF8 replaces invalid bytes in a field of the record at line (0 for
// a whole file), warning once per record.
func (r *Reader) validUTF8(b []byte, line int) string {
	if utf8.Valid(b) {
		return string(b)
	}
	if r.warn != nil && line != r.warnedLine {
		r.warnedLine = line
		r.warn(&ParseError{File: r.name, Line: line, Err: ErrInvalidUTF8})
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// textReader reads the whole input as one article: the first line is the
// title when a blank line follows it.
func (r *Reader) textReader(br *bufio.Reader) func() (Article, error) {
	done := false
	return func() (Article, error) {
		if done {
			return Article{}, io.EOF
		}
		done = true
		b, err := io.ReadAll(br)
		if err != nil {
			return Article{}, fmt.Errorf("read %s: %w", r.name, err)
		}
		if looksBinary(b) {
			return Article{}, &ParseError{File: r.name, Err: errors.New("binary file, not text")}
		}
		s := r.validUTF8(b, 0)
		a := Article{ID: r.name}
		s = strings.TrimLeft(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
		// A first line of its own is the title, or the date when it reads as one.
		for range 2 {
			first, body, ok := strings.Cut(s, "\n\n")
			first = strings.TrimSpace(first)
			if !ok || strings.Contains(first, "\n") || len(first) >= 200 {
				break
			}
			if d, err := parseLooseDate(first); err == nil && a.Date.IsZero() {
				a.Date, s = d, strings.TrimLeft(body, "\n")
				continue
			}
			if !strings.HasSuffix(first, ".") { // a headline, not a paragraph
				a.Title, s = first, body
			}
			break
		}
		a.Text = s
		if strings.TrimSpace(a.Title+a.Text) == "" {
			return Article{}, &ParseError{File: r.name, Err: ErrEmptyArticle}
		}
		return a, nil
	}
}

// looksBinary reports a NUL byte in the first 8 KiB.
func looksBinary(b []byte) bool {
	return bytes.IndexByte(b[:min(len(b), 8192)], 0) >= 0
}

// fields maps the column names and JSON keys we accept to article fields.
func setField(a *Article, key, value string) {
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "id":
		a.ID = value
	case "title", "headline":
		a.Title = value
	case "text", "body", "content", "description":
		if a.Text == "" {
			a.Text = value
		}
	case "date", "published", "time":
		a.Date, _ = ParseDate(value)
	case "url", "link":
		a.URL = value
	case "source":
		a.Source = value
	}
}

// ParseDate reads the date forms news feeds use, in UTC: RFC 3339 (with or
// without a zone or fractions of a second), ISO dates, "2006-01-02
// 15:04:05", RFC 1123 and "02-Jan-2006 15:04:05.00". The readers and the
// command line's --since and --until read dates with it. It returns the zero
// time and an error naming the value otherwise.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, "02-Jan-2006 15:04:05.00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date like 2006-01-02, 2006-01-02T15:04:05Z or Mon, 02 Jan 2006 15:04:05 -0700", s)
}

// parseLooseDate reads a dateline such as "Sun. Jul 7th, 2024",
// "July 7, 2024" or "7 July 2024".
func parseLooseDate(s string) (time.Time, error) {
	if d, err := ParseDate(s); err == nil {
		return d, nil
	}
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	var day, year int
	month := time.Month(0)
	for _, w := range f {
		switch {
		case len(w) >= 3 && monthOf(w) != 0 && month == 0:
			month = monthOf(w)
		case len(w) >= 3 && weekday(w):
		default:
			n, err := strconv.Atoi(strings.TrimRight(w, "stndrh"))
			switch {
			case err != nil:
				return time.Time{}, fmt.Errorf("not a date: %q", s)
			case n >= 1 && n <= 31 && day == 0:
				day = n
			case n >= 1000 && n <= 9999 && year == 0:
				year = n
			default:
				return time.Time{}, fmt.Errorf("not a date: %q", s)
			}
		}
	}
	if day == 0 || month == 0 || year == 0 {
		return time.Time{}, fmt.Errorf("not a date: %q", s)
	}
	return time.Date(year, month, day, 0, 0, 0, 0, time.UTC), nil
}

func monthOf(w string) time.Month {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if strings.HasPrefix(name, w) || (len(w) == 4 && w == "sept" && m == time.September) {
			return m
		}
	}
	return 0
}

func weekday(w string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.HasPrefix(strings.ToLower(d.String()), w) || (w == "tues" || w == "thur" || w == "thurs") {
			return true
		}
	}
	return false
}

func (r *Reader) jsonlReader(br *bufio.Reader) func() (Article, error) {
	line := 0
	return func() (Article, error) {
		for {
			b, err := br.ReadBytes('\n')
			if len(b) == 0 && err != nil {
				if err == io.EOF {
					return Article{}, io.EOF
				}
				return Article{}, fmt.Errorf("read %s: %w", r.name, err)
			}
			line++
			b = bytes.TrimSpace(b)
			if len(b) == 0 {
				continue
			}
			var raw map[string]any
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.UseNumber()
			if err := dec.Decode(&raw); err != nil {
				return Article{}, &ParseError{File: r.name, Line: line, Err: fmt.Errorf("invalid JSON: %w", err)}
			}
			if dec.More() {
				return Article{}, &ParseError{File: r.name, Line: line, Err: errors.New("invalid JSON: more than one value on the line")}
			}
			a := Article{}
			for _, k := range []string{"id", "title", "headline", "text", "body", "content", "description", "date", "published", "url", "link", "source"} {
				v, ok := raw[k]
				if !ok || v == nil {
					continue
				}
				switch v := v.(type) {
				case string:
					setField(&a, k, r.validUTF8([]byte(v), line))
				case json.Number:
					if k != "id" {
						return Article{}, &ParseError{File: r.name, Line: line, Err: fmt.Errorf("field %q is not a string", k)}
					}
					setField(&a, k, v.String())
				default:
					return Article{}, &ParseError{File: r.name, Line: line, Err: fmt.Errorf("field %q is not a string", k)}
				}
			}
			if a.ID == "" {
				a.ID = r.name + ":" + strconv.Itoa(line)
			}
			if strings.TrimSpace(a.Title+a.Text) == "" {
				return Article{}, &ParseError{File: r.name, Line: line, Err: ErrEmptyArticle}
			}
			return a, nil
		}
	}
}

func (r *Reader) csvReader(br *bufio.Reader, columns []string) func() (Article, error) {
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = false
	cr.ReuseRecord = true
	var header []string
	row := 0
	badHeader := false
	return func() (Article, error) {
		for {
			if badHeader {
				return Article{}, io.EOF // the rows cannot be read without their names
			}
			rec, err := cr.Read()
			if err == io.EOF {
				return Article{}, io.EOF
			}
			if err != nil {
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					row++
					return Article{}, &ParseError{File: r.name, Line: pe.Line, Err: pe.Err}
				}
				return Article{}, fmt.Errorf("read %s: %w", r.name, err)
			}
			line, _ := cr.FieldPos(0) // only valid after a record was read
			if header == nil {
				if len(columns) > 0 {
					header = columns
				} else {
					header = append([]string(nil), rec...)
					if !knownColumns(header) {
						badHeader = true
						return Article{}, &ParseError{File: r.name, Line: line, Err: errors.New("header row names no text column (text, body, content, description or title); use --columns to name them")}
					}
					continue
				}
			}
			row++
			if len(rec) != len(header) {
				return Article{}, &ParseError{File: r.name, Line: line, Err: fmt.Errorf("row has %d fields, want %d", len(rec), len(header))}
			}
			a := Article{}
			for i, k := range header {
				setField(&a, k, r.validUTF8([]byte(rec[i]), line))
			}
			if a.ID == "" {
				a.ID = r.name + ":" + strconv.Itoa(row)
			}
			if strings.TrimSpace(a.Title+a.Text) == "" {
				return Article{}, &ParseError{File: r.name, Line: line, Err: ErrEmptyArticle}
			}
			return a, nil
		}
	}
}

func knownColumns(header []string) bool {
	for _, h := range header {
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "text", "body", "content", "description", "title", "headline":
			return true
		}
	}
	return false
}
