package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Header is a record's named fields in the order they came, names as
// written.
type Header []Field

// Field is one named header field.
type Field struct{ Name, Value string }

// Get returns the value of the first field named name, without case.
func (h Header) Get(name string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Record is one WARC record: its header and its block, which reads at most
// ContentLength bytes.
type Record struct {
	Version       string // "WARC/1.0" or "WARC/1.1"
	Header        Header
	ContentLength int64
	Block         io.Reader
	Line          int // the line of the version line, from 1, for errors
}

// Type is the WARC-Type: "response", "request", "resource", "warcinfo", ...
func (r *Record) Type() string { return strings.ToLower(r.Header.Get("WARC-Type")) }

// Errors of a malformed archive.
var (
	ErrVersion    = errors.New("not a WARC record: the version line is not WARC/1.0 or WARC/1.1")
	ErrHeader     = errors.New("malformed WARC header")
	ErrHeaderSize = errors.New("WARC header too long")
)

// Limits on a header: lines and fields. A longer header is an error.
const (
	maxHeaderLine   = 64 << 10
	maxHeaderFields = 256
)

// Reader reads the records of an archive.
type Reader struct {
	br    *bufio.Reader
	line  int
	block *io.LimitedReader // of the last record, to skip what was not read
}

// NewReader returns a reader of the records in r, which must be
// decompressed already.
func NewReader(r io.Reader) *Reader {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &Reader{br: br}
}

// Next returns the next record, skipping what was left unread of the one
// before. It returns io.EOF at the end of the archive and an error naming
// the line of a malformed record, after which the archive cannot be read
// further.
func (r *Reader) Next() (*Record, error) {
	if r.block != nil {
		if err := r.skipBlock(); err != nil {
			return nil, err
		}
	}
	version, err := r.readLine()
	for err == nil && version == "" { // blank lines between records
		version, err = r.readLine()
	}
	if err != nil {
		return nil, err
	}
	rec := &Record{Version: version, Line: r.line}
	if version != "WARC/1.0" && version != "WARC/1.1" {
		return nil, fmt.Errorf("line %d: %w (%.40q)", r.line, ErrVersion, version)
	}
	if rec.Header, err = r.readHeader(); err != nil {
		return nil, err
	}
	n, err := strconv.ParseInt(strings.TrimSpace(rec.Header.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("line %d: %w: bad Content-Length %q", rec.Line, ErrHeader, rec.Header.Get("Content-Length"))
	}
	rec.ContentLength = n
	r.block = &io.LimitedReader{R: r.br, N: n}
	rec.Block = &lineCounter{r: r.block, line: &r.line}
	return rec, nil
}

// readHeader reads fields up to the blank line.
func (r *Reader) readHeader() (Header, error) {
	var h Header
	for {
		l, err := r.readLine()
		if err == io.EOF {
			return nil, fmt.Errorf("line %d: %w: archive ends inside a header", r.line, ErrHeader)
		}
		if err != nil {
			return nil, err
		}
		if l == "" {
			return h, nil
		}
		if (l[0] == ' ' || l[0] == '\t') && len(h) > 0 { // a folded line continues the field
			h[len(h)-1].Value += " " + strings.TrimSpace(l)
			continue
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("line %d: %w: %.60q is not NAME: VALUE", r.line, ErrHeader, l)
		}
		if len(h) >= maxHeaderFields {
			return nil, fmt.Errorf("line %d: %w: more than %d fields", r.line, ErrHeaderSize, maxHeaderFields)
		}
		h = append(h, Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value)})
	}
}

// readLine reads a line of at most maxHeaderLine bytes, without its end.
func (r *Reader) readLine() (string, error) {
	var b []byte
	for {
		frag, err := r.br.ReadSlice('\n')
		b = append(b, frag...)
		if len(b) > maxHeaderLine {
			return "", fmt.Errorf("line %d: %w: a line longer than %d bytes", r.line+1, ErrHeaderSize, maxHeaderLine)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && len(b) == 0 {
			return "", io.EOF
		}
		if err != nil && err != io.EOF {
			return "", err
		}
		r.line++
		return strings.TrimRight(string(b), "\r\n"), nil
	}
}

// skipBlock discards the rest of the last block.
func (r *Reader) skipBlock() error {
	lc := lineCounter{r: r.block, line: &r.line}
	if _, err := io.Copy(io.Discard, &lc); err != nil {
		return err
	}
	short := r.block.N > 0
	r.block = nil
	if short {
		return fmt.Errorf("line %d: %w: archive ends inside a record's block", r.line, ErrHeader)
	}
	return nil
}

// lineCounter counts the line ends read, so that errors name lines.
type lineCounter struct {
	r    io.Reader
	line *int
}

func (l *lineCounter) Read(b []byte) (int, error) {
	n, err := l.r.Read(b)
	*l.line += bytes.Count(b[:n], []byte{'\n'})
	return n, err
}
