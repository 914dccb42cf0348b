package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// textReader reads the whole input as one article: the first line is the
// title when a blank line follows it, or the date when it reads as one.
// Input over the split size is read as one article per paragraph instead,
// as it streams, so that memory stays bounded whatever the file's size.
func (r *Reader) textReader(br *bufio.Reader) func() (Article, error) {
	started := false
	var para *paragraphs
	return func() (Article, error) {
		if para != nil {
			return para.next()
		}
		if started {
			return Article{}, io.EOF
		}
		started = true
		limit := int64(r.split)
		if r.split < 0 {
			limit = r.limits.Article
		}
		b, err := io.ReadAll(io.LimitReader(br, limit+1))
		if err != nil {
			return Article{}, fmt.Errorf("read %s: %w", r.name, err)
		}
		if looksBinary(b) {
			return Article{}, &ParseError{File: r.name, Err: errors.New("binary file, not text")}
		}
		if int64(len(b)) <= limit {
			return r.wholeText(b)
		}
		if r.split < 0 {
			return Article{}, &ParseError{File: r.name, Err: tooLarge("article", r.limits.Article, "--max-article")}
		}
		r.warnf(0, "%w: more than %s of text: read as one article per paragraph, with ids %s:LINE (--split-size sets the size)",
			ErrSplit, FormatSize(limit), r.name)
		para = &paragraphs{r: r, br: bufio.NewReaderSize(io.MultiReader(bytes.NewReader(b), br), 64<<10)}
		return para.next()
	}
}

// wholeText makes the article of a whole text file.
func (r *Reader) wholeText(b []byte) (Article, error) {
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

// paragraphs reads a text stream as one article per paragraph (lines up to
// a blank line), each at most the split size: a longer paragraph is cut at
// a line end, a sentence end or a space.
type paragraphs struct {
	r    *Reader
	br   *bufio.Reader
	line int // lines read
	buf  []byte
	tail []byte // the rest of a line cut at the split size
	done bool
}

func (p *paragraphs) next() (Article, error) {
	max := p.r.split
	for {
		if p.done && len(p.buf) == 0 {
			return Article{}, io.EOF
		}
		start := p.line + 1
		p.buf = p.buf[:0]
		for !p.done && len(p.buf) < max {
			line, err := p.readLine(max - len(p.buf))
			if err == io.EOF {
				p.done = true
				break
			}
			if err != nil {
				return Article{}, fmt.Errorf("read %s: %w", p.r.name, err)
			}
			if len(bytes.TrimSpace(line)) == 0 {
				if len(bytes.TrimSpace(p.buf)) > 0 {
					break
				}
				start = p.line + 1
				continue
			}
			p.buf = append(p.buf, line...)
		}
		text := strings.TrimSpace(p.r.validUTF8(p.buf, start))
		if text == "" {
			continue
		}
		if looksBinary(p.buf) {
			return Article{}, &ParseError{File: p.r.name, Line: start, Err: errors.New("binary data, not text")}
		}
		return Article{ID: p.r.name + ":" + strconv.Itoa(start), Text: text}, nil
	}
}

// readLine returns the next line with its newline, at most room bytes of
// it: the rest of a longer line is kept for the next call, cut after the
// last space or sentence end that fits.
func (p *paragraphs) readLine(room int) ([]byte, error) {
	var line []byte
	if len(p.tail) > 0 {
		line, p.tail = p.tail, nil
	} else {
		var err error
		line, err = p.br.ReadSlice('\n')
		for err == bufio.ErrBufferFull && len(line) <= room {
			var more []byte
			more, err = p.br.ReadSlice('\n')
			line = append(bytes.Clone(line), more...)
		}
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return nil, err
		}
		if len(line) == 0 && err == io.EOF {
			return nil, io.EOF
		}
		line = bytes.Clone(line)
		if err != bufio.ErrBufferFull {
			p.line++
		}
	}
	if len(line) <= room {
		return line, nil
	}
	cut := bytes.LastIndexAny(line[:room], " \t.!?")
	if cut < room/2 {
		cut = room - 1
	}
	for cut > 0 && line[cut+1]&0xc0 == 0x80 { // not inside a UTF-8 sequence
		cut--
	}
	p.tail = line[cut+1:]
	return line[:cut+1], nil
}
