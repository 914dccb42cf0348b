package input

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The default limits. A limit bounds the memory one record can take and the
// time one file can take; each has a flag to raise it.
const (
	DefaultMaxLine    = 16 << 20 // a JSONL line, a CSV record, a WARC header
	DefaultMaxArticle = 32 << 20 // an SGML element, an HTML page, a feed, a WARC record
	DefaultMaxFile    = 8 << 30  // the bytes of one file after decompression
	// DefaultSplitSize is the size above which an article is read as one
	// article per paragraph: co-mentions across a whole book say nothing,
	// and the work of one article grows faster than its size.
	DefaultSplitSize = 200 << 10
	// maxGzipRatio is how many times its compressed size a gzip stream may
	// grow, once past gzipRatioFloor bytes: news text compresses 3 to 10
	// times, a gzip bomb a thousand.
	maxGzipRatio   = 100
	gzipRatioFloor = 16 << 20
)

// Limits bound what one input may hold. Zero fields take the defaults.
type Limits struct {
	Line    int64 // bytes of one line or record
	Article int64 // bytes of one article read whole
	File    int64 // bytes of one file after decompression
}

func (l Limits) withDefaults() Limits {
	if l.Line <= 0 {
		l.Line = DefaultMaxLine
	}
	if l.Article <= 0 {
		l.Article = DefaultMaxArticle
	}
	if l.File <= 0 {
		l.File = DefaultMaxFile
	}
	return l
}

// ErrTooLarge is wrapped by the errors for a line, record, article or file
// over its limit.
var ErrTooLarge = errors.New("over the size limit")

// tooLarge is the error for something over a limit, naming the flag that
// raises it.
func tooLarge(what string, limit int64, flag string) error {
	return fmt.Errorf("%s longer than %s: %w (raise it with %s)", what, FormatSize(limit), ErrTooLarge, flag)
}

// FormatSize writes a byte count the way ParseSize reads it: 16MB, 200KB.
func FormatSize(n int64) string {
	for _, u := range []struct {
		s string
		n int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}} {
		if n >= u.n && n%u.n == 0 {
			return strconv.FormatInt(n/u.n, 10) + u.s
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// ParseSize reads a byte count such as 200KB, 16MB, 8GB or 4096 (KB, MB
// and GB are powers of 1,024).
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		s string
		n int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.s) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.s)), u.n
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a size like 200KB, 16MB or 8GB", s)
	}
	return n * mult, nil
}

// fileLimit ends a stream with an error once it has given more than max
// bytes.
type fileLimit struct {
	r    io.Reader
	left int64
	max  int64
	flag string // that raises the limit; "" for --max-file
}

func (l *fileLimit) Read(b []byte) (int, error) {
	if l.left <= 0 {
		flag := l.flag
		if flag == "" {
			flag = "--max-file"
		}
		return 0, tooLarge("file", l.max, flag)
	}
	if int64(len(b)) > l.left {
		b = b[:l.left]
	}
	n, err := l.r.Read(b)
	l.left -= int64(n)
	return n, err
}

// ratioLimit ends a decompressed stream that grows more than maxGzipRatio
// times the compressed bytes read (counted by in).
type ratioLimit struct {
	r   io.Reader
	in  *countReader
	out int64
}

func (l *ratioLimit) Read(b []byte) (int, error) {
	n, err := l.r.Read(b)
	l.out += int64(n)
	if l.out > gzipRatioFloor && l.out > maxGzipRatio*l.in.n {
		return n, fmt.Errorf("gzip stream expands more than %d times (%s from %s): %w; not read further",
			maxGzipRatio, FormatSize(l.out), FormatSize(l.in.n), ErrTooLarge)
	}
	return n, err
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	return n, err
}

// readLine reads one line of at most max bytes, without its end of line.
// A longer line is read to its end and dropped: it returns the line's
// length and errLineTooLong. At the end of input it returns io.EOF with
// nothing read.
func readLine(br *bufio.Reader, max int64, buf []byte) ([]byte, error) {
	buf = buf[:0]
	over := false
	for {
		frag, err := br.ReadSlice('\n')
		if !over {
			if int64(len(buf)+len(frag)) > max+1 { // +1 for the newline
				over, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(buf) == 0 && !over:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		if over {
			return nil, errLineTooLong
		}
		return trimEOL(buf), nil
	}
}

var errLineTooLong = errors.New("line too long")

func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	return b
}

// readAtMost reads r to its end, failing with errLineTooLong past max bytes.
func readAtMost(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, errLineTooLong
	}
	return b, nil
}
