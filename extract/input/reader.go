package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ErrEmptyArticle is returned for a record with neither title nor text.
var ErrEmptyArticle = errors.New("article has no title and no text")

// ErrInvalidUTF8 is the warning for text that was not valid UTF-8: the bad
// bytes were replaced by U+FFFD and the record was kept.
var ErrInvalidUTF8 = errors.New("invalid UTF-8 replaced")

// ErrBadDate is the warning for a record whose date could not be read: the
// record was kept without a date.
var ErrBadDate = errors.New("date not read")

// ErrSplit is the warning for an article over the split size, read as one
// article per paragraph.
var ErrSplit = errors.New("article split into paragraphs")

// ErrNoFields is wrapped by the error for a record in which no title or
// text field was found; the error lists the fields it has.
var ErrNoFields = errors.New("no title or text field")

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
	FormatHTML  = "html"  // a web page: its main text and metadata
	FormatFeed  = "feed"  // RSS or Atom: one article per item
	FormatWARC  = "warc"  // a web archive: one article per HTML response
)

// Formats returns the names of the input formats, for --input-format.
func Formats() []string {
	return []string{FormatText, FormatJSONL, FormatCSV, FormatSGML, FormatHTML, FormatFeed, FormatWARC}
}

// ReaderOptions says how to read an input.
type ReaderOptions struct {
	// Format is one of the Format constants; "" infers it from the name's
	// extension ([FormatFor]), and sniffs the content of standard input
	// and of files with an extension it does not know.
	Format string
	// Columns names the CSV columns when the file has no header row, e.g.
	// "label", "title", "text".
	Columns []string
	// Fields maps article fields to the JSON keys (dot paths into nested
	// objects) or CSV columns that hold them, as [ParseFields] reads
	// them. Fields it does not map are looked for under their known names.
	Fields map[string]string
	// DateFormats are Go time layouts, such as "02.01.2006", tried before
	// the forms [ParseDate] knows.
	DateFormats []string
	// Limits bound lines, articles and files; zero fields take defaults.
	Limits Limits
	// SplitSize is the size above which an article is split into one
	// article per paragraph, with a warning; 0 means DefaultSplitSize and
	// a negative value never splits.
	SplitSize int
	// DeferHTML makes the readers of web pages and archives return each
	// page unparsed, in Article.HTML, for [ParsePage] to parse later: on
	// another goroutine, as Run does, since parsing a page costs as much
	// as extracting its entities.
	DeferHTML bool
	// Warn, when set, is called from Read with each recoverable problem met
	// in a record that is kept: a *ParseError naming the place, wrapping
	// [ErrInvalidUTF8], [ErrBadDate] or [ErrSplit], or naming columns
	// that are not read.
	Warn func(err error)
}

// FormatFor infers the input format from a file name, ignoring a .gz
// suffix: .jsonl and .ndjson, .csv, .sgm and .sgml, .html, .htm and .xhtml,
// .rss and .atom, .warc; .txt and names without an extension are text.
// It returns "" for an extension it does not know, such as .xml, whose
// content says what it is.
func FormatFor(name string) string {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(name) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".csv":
		return FormatCSV
	case ".sgm", ".sgml":
		return FormatSGML
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".rss", ".atom":
		return FormatFeed
	case ".warc", ".arc":
		return FormatWARC
	case ".txt", ".text", "":
		return FormatText
	}
	return ""
}

// Reader reads articles from one input.
type Reader struct {
	name       string
	opts       ReaderOptions
	limits     Limits
	split      int
	next       func() (Article, error)
	warn       func(error)
	warnedLine int       // the line of the last UTF-8 warning, -1 before the first
	parts      []Article // the rest of an article that was split
	splitWarn  bool      // the split warning was given
}

// NewReader returns a reader of the articles in r; name is used for ids and
// in errors. Input compressed with gzip (by its magic bytes) is
// decompressed, a UTF-8 byte order mark dropped and UTF-16 with a byte
// order mark read as such.
func NewReader(r io.Reader, name string, opts ReaderOptions) *Reader {
	rd := &Reader{name: name, opts: opts, warn: opts.Warn, warnedLine: -1, limits: opts.Limits.withDefaults(), split: opts.SplitSize}
	if rd.split == 0 {
		rd.split = DefaultSplitSize
	}
	br, err := rd.open(r)
	if err != nil {
		rd.next = failing(err)
		return rd
	}
	format := opts.Format
	if format == "" {
		format = FormatFor(name)
		if format == "" || name == "stdin" || name == Stdin {
			format = sniff(br)
		}
	}
	switch format {
	case FormatText:
		rd.next = rd.textReader(br)
	case FormatJSONL:
		rd.next = rd.jsonlReader(br)
	case FormatCSV:
		rd.next = rd.csvReader(br, opts.Columns)
	case FormatSGML:
		rd.next = newSGMLReader(br, name, rd.limits.Article).Read
	case FormatHTML:
		rd.next = rd.htmlReader(br)
	case FormatFeed:
		rd.next = rd.feedReader(br)
	case FormatWARC:
		rd.next = rd.warcReader(br)
	default:
		rd.next = failing(fmt.Errorf("unknown input format %q (known: %s)", format, strings.Join(Formats(), ", ")))
	}
	return rd
}

// open returns r decompressed, limited to the file size, without a byte
// order mark and in UTF-8.
func (rd *Reader) open(r io.Reader) (*bufio.Reader, error) {
	// This reader only peeks at the magic bytes: the reader below reads
	// through it straight from r once they are taken, so it needs no
	// room of its own (64 KB a file was a tenth of a build's allocation
	// on a folder of small files).
	br := bufio.NewReaderSize(r, 64)
	var src io.Reader = br
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		cr := &countReader{r: bufio.NewReaderSize(br, 64<<10)} // large reads of the file
		zr, err := gzip.NewReader(cr)
		if err != nil {
			return nil, &ParseError{File: rd.name, Err: fmt.Errorf("gzip: %w", err)}
		}
		src = &ratioLimit{r: zr, in: cr}
	}
	br = bufio.NewReaderSize(&fileLimit{r: src, left: rd.limits.File, max: rd.limits.File}, 64<<10)
	bom, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(bom, []byte("\xef\xbb\xbf")):
		_, _ = br.Discard(3) // cannot fail: Peek buffered these 3 bytes
	case bytes.HasPrefix(bom, []byte("\xff\xfe")), bytes.HasPrefix(bom, []byte("\xfe\xff")):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	}
	return br, nil
}

// Read returns the next article. It returns io.EOF at the end of input and a
// *ParseError for a bad record; reading may go on after a *ParseError, which
// skips that record. Any other error ends the input.
func (r *Reader) Read() (Article, error) {
	if len(r.parts) > 0 {
		a := r.parts[0]
		r.parts = r.parts[1:]
		return a, nil
	}
	a, err := r.next()
	if err != nil || r.split < 0 || len(a.Text) <= r.split {
		return a, err
	}
	parts := SplitParagraphs(a, r.split)
	if !r.splitWarn {
		r.splitWarn = true
		r.warnf(0, "%w: article %s has %s of text, more than %s: read as %d articles, one per paragraph (--split-size sets the size; warned once per file)",
			ErrSplit, a.ID, FormatSize(int64(len(a.Text))), FormatSize(int64(r.split)), len(parts))
	}
	r.parts = parts[1:]
	return parts[0], nil
}

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

// warnf hands a warning about the record at line to Warn.
func (r *Reader) warnf(line int, format string, args ...any) {
	if r.warn != nil {
		r.warn(&ParseError{File: r.name, Line: line, Err: fmt.Errorf(format, args...)})
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

// setField sets an article field from a record at line. A date that does
// not read is a warning, and the article keeps no date.
func (r *Reader) setField(a *Article, field, value string, line int) {
	switch field {
	case FieldID:
		a.ID = strings.TrimSpace(value)
	case FieldTitle:
		a.Title = value
	case FieldText:
		if a.Text == "" {
			a.Text = value
		}
	case FieldDate:
		if strings.TrimSpace(value) == "" {
			return
		}
		d, err := ParseDateLayouts(value, r.opts.DateFormats)
		if err != nil {
			r.warnf(line, "%w: %v", ErrBadDate, err)
			return
		}
		a.Date = d
	case FieldURL:
		a.URL = strings.TrimSpace(value)
	case FieldSource:
		a.Source = strings.TrimSpace(value)
	case FieldAuthor:
		a.Author = strings.TrimSpace(value)
	}
}

// looksBinary reports a NUL byte, or many control bytes, in the first 8 KiB.
func looksBinary(b []byte) bool {
	b = b[:min(len(b), 8192)]
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl > 16 && ctl*20 > len(b)
}
