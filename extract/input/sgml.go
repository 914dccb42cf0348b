package input

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// sgmlReader reads the articles of a Reuters-21578 SGML file (reut2-NNN.sgm),
// one <REUTERS> element at a time, without loading the file. The files are
// not XML: elements are found by their tags, and SGML character references
// (&lt; &amp; &#3;) are decoded.
//
// Each article has ID "reut2-NNN.sgm:NEWID" (the base name of the file, so
// the id does not depend on where the file lies), Title from <TITLE>, Text
// from <BODY> (or, for TYPE="UNPROC" texts, which have no <BODY>, the whole
// <TEXT>), without the "Reuter" sign-off line that ends most stories, Date
// from <DATE> read as UTC (the collection gives no zone), Dateline the
// place of <DATELINE> ("NEW YORK" of "NEW YORK, March 3 -", which is not in
// the text) and Source "Reuters". Articles with no body text, such as the TYPE="BRIEF"
// headlines, are skipped: a headline in capitals alone gives the recognizer
// nothing to work with.
type sgmlReader struct {
	br   *bufio.Reader
	name string
	base string
	max  int64 // bytes of one element
	line int   // lines read so far
	err  error
	seen bool // a <REUTERS> element was found

	pending     string // rest of the line after the last </REUTERS>, or a <REUTERS that cut an unclosed one short
	pendingLine int

	// Kept from one line and one element to the next, so that a line
	// costs one allocation, not three, and an element one of its size.
	lineBuf []byte
	elem    []byte
}

// newSGMLReader returns a reader of the Reuters-21578 articles in r; name is
// used in errors and, without its directory, in article ids. An element
// longer than max bytes is an error.
func newSGMLReader(r io.Reader, name string, max int64) *sgmlReader {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	if max <= 0 {
		max = DefaultMaxArticle
	}
	return &sgmlReader{br: br, name: name, base: filepath.Base(name), max: max}
}

// Read returns the next article with a body. It returns io.EOF at the end of
// input and a *ParseError naming the line of a malformed article (missing
// NEWID, bad <DATE>, not closed before the next <REUTERS>, too long), after
// which Read goes on with the next article. A file with no <REUTERS>
// element at all is an error. A read error is returned for good.
func (s *sgmlReader) Read() (Article, error) {
	for {
		if s.err != nil {
			return Article{}, s.err
		}
		doc, line, err := s.next()
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Err == errUnclosedAtEOF || pe.Err == errNoReuters {
				s.err = err
				if pe != nil {
					s.err = io.EOF // nothing follows
				}
			}
			return Article{}, err
		}
		a, ok, err := s.parse(doc, line)
		if err != nil {
			return Article{}, err
		}
		if ok {
			return a, nil
		}
	}
}

var (
	errUnclosedAtEOF = errors.New("<REUTERS> not closed before end of file")
	errNoReuters     = errors.New("no <REUTERS> element: not a Reuters-21578 SGML file")
)

// nextLine returns the pending text or the next line, at most max bytes of
// it.
func (s *sgmlReader) nextLine() (string, int, error) {
	if s.pending != "" {
		text, ln := s.pending, s.pendingLine
		s.pending = ""
		return text, ln, nil
	}
	b, err := readLine(s.br, s.max, s.lineBuf)
	if err == io.EOF {
		return "", 0, io.EOF
	}
	s.line++
	if err == errLineTooLong {
		return "", s.line, &ParseError{File: s.name, Line: s.line, Err: tooLarge("line", s.max, "--max-article")}
	}
	if err != nil {
		return "", 0, fmt.Errorf("read %s: %w", s.name, err)
	}
	b = append(b, '\n')
	s.lineBuf = b[:0]
	return string(b), s.line, nil
}

// next returns the text of the next <REUTERS> element, from "<REUTERS" up to
// "</REUTERS>", and the line it starts on.
func (s *sgmlReader) next() (string, int, error) {
	s.elem = s.elem[:0]
	start := 0
	for {
		text, ln, err := s.nextLine()
		if err == io.EOF {
			switch {
			case start > 0:
				return "", 0, &ParseError{File: s.name, Line: start, Err: errUnclosedAtEOF}
			case !s.seen:
				return "", 0, &ParseError{File: s.name, Err: errNoReuters}
			}
			return "", 0, io.EOF
		}
		if err != nil {
			return "", 0, err
		}
		if start == 0 {
			i := strings.Index(text, "<REUTERS")
			if i < 0 {
				continue
			}
			start, text, s.seen = ln, text[i:], true
		} else if i := strings.Index(text, "<REUTERS"); i >= 0 && !strings.Contains(text[:i], "</REUTERS>") {
			s.pending, s.pendingLine = text[i:], ln
			return "", 0, &ParseError{File: s.name, Line: start, Err: errors.New("<REUTERS> not closed before the next <REUTERS> (skipped)")}
		}
		if j := strings.Index(text, "</REUTERS>"); j >= 0 {
			s.elem = append(s.elem, text[:j]...)
			if rest := text[j+len("</REUTERS>"):]; strings.TrimSpace(rest) != "" {
				s.pending, s.pendingLine = rest, ln
			}
			return string(s.elem), start, nil
		}
		if int64(len(s.elem)+len(text)) > s.max {
			s.skipTo()
			return "", 0, &ParseError{File: s.name, Line: start, Err: tooLarge("<REUTERS> element", s.max, "--max-article")}
		}
		s.elem = append(s.elem, text...)
	}
}

// skipTo drops lines up to the next </REUTERS> or <REUTERS, after an
// element that was too long.
func (s *sgmlReader) skipTo() {
	for {
		text, ln, err := s.nextLine()
		if err == io.EOF {
			return
		}
		if err != nil {
			continue
		}
		if i := strings.Index(text, "<REUTERS"); i >= 0 {
			s.pending, s.pendingLine = text[i:], ln
			return
		}
		if j := strings.Index(text, "</REUTERS>"); j >= 0 {
			return
		}
	}
}

// parse makes an article of one <REUTERS> element that starts on line. It
// reports false for an article without body text.
func (s *sgmlReader) parse(doc string, line int) (Article, bool, error) {
	lineOf := func(off int) int { return line + strings.Count(doc[:off], "\n") }
	fail := func(off int, format string, args ...any) (Article, bool, error) {
		return Article{}, false, &ParseError{File: s.name, Line: lineOf(off), Err: fmt.Errorf(format, args...)}
	}
	tagEnd := strings.IndexByte(doc, '>')
	if tagEnd < 0 {
		return fail(0, "<REUTERS> tag not closed")
	}
	newID, ok := attr(doc[:tagEnd], "NEWID")
	if !ok || newID == "" {
		return fail(0, "<REUTERS> without NEWID")
	}
	a := Article{ID: s.base + ":" + newID, Source: "Reuters"}

	if _, d, off, ok := element(doc, "DATE"); ok {
		t, err := parseReutersDate(decodeSGML(d))
		if err != nil {
			return fail(off, "bad <DATE>: %v", err)
		}
		a.Date = t
	}
	textAttrs, text, _, ok := element(doc, "TEXT")
	if !ok {
		return a, false, nil
	}
	if _, t, _, ok := element(text, "TITLE"); ok {
		a.Title = strings.TrimSpace(decodeSGML(t))
	}
	if _, d, _, ok := element(text, "DATELINE"); ok {
		a.Dateline = datelinePlace(decodeSGML(d))
	}
	if _, body, _, ok := element(text, "BODY"); ok {
		a.Text = dropSignOff(strings.TrimSpace(decodeSGML(body)))
	} else if strings.Contains(textAttrs, `"UNPROC"`) {
		a.Text = dropSignOff(strings.TrimSpace(decodeSGML(text)))
	}
	if a.Text == "" {
		return a, false, nil
	}
	return a, true, nil
}

// datelinePlace returns the place of a Reuters dateline: the words before
// its first comma ("NEW YORK" of "NEW YORK, March 3 -", "WILKES-BARRES, Pa."
// gives the town), or "" when it has no comma.
func datelinePlace(d string) string {
	place, _, ok := strings.Cut(d, ",")
	if !ok {
		return ""
	}
	return strings.Join(strings.Fields(place), " ")
}

// element returns the attributes and content of the first
// <name ...>...</name> in doc, and the offset of its start tag.
func element(doc, name string) (attrs, content string, off int, ok bool) {
	open := "<" + name
	for i := 0; ; {
		j := strings.Index(doc[i:], open)
		if j < 0 {
			return "", "", 0, false
		}
		i += j
		k := i + len(open)
		if k < len(doc) && (doc[k] == '>' || doc[k] == ' ') {
			gt := strings.IndexByte(doc[k:], '>')
			if gt < 0 {
				return "", "", 0, false
			}
			end := strings.Index(doc[k+gt:], "</"+name+">")
			if end < 0 {
				return "", "", 0, false
			}
			return doc[k : k+gt], doc[k+gt+1 : k+gt+end], i, true
		}
		i = k
	}
}

// attr returns the value of attribute name="value" in a start tag.
func attr(tag, name string) (string, bool) {
	i := strings.Index(tag, " "+name+`="`)
	if i < 0 {
		return "", false
	}
	v := tag[i+len(name)+3:]
	j := strings.IndexByte(v, '"')
	if j < 0 {
		return "", false
	}
	return v[:j], true
}

// parseReutersDate reads "26-FEB-1987 15:01:01.79", ignoring doubled spaces
// and the control codes and letters some dates trail.
func parseReutersDate(s string) (time.Time, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return time.Time{}, fmt.Errorf("empty")
	}
	v := f[0]
	if len(f) > 1 {
		clock := strings.TrimRightFunc(f[1], func(r rune) bool { return !(r >= '0' && r <= '9') })
		v += " " + clock
		if t, err := time.Parse("2-Jan-2006 15:04:05", v); err == nil {
			return t, nil
		}
	}
	t, err := time.Parse("2-Jan-2006", f[0])
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date like 26-FEB-1987 15:01:01.79", strings.TrimSpace(s))
	}
	return t, nil
}

// dropSignOff removes the wire's sign-off line ("Reuter", "REUTER...") that
// ends most stories: left in, it makes "Reuter" an entity mentioned with
// everything.
func dropSignOff(text string) string {
	i := strings.LastIndexByte(text, '\n')
	if i < 0 {
		return text
	}
	if w := strings.Trim(text[i+1:], " \t\r."); strings.EqualFold(w, "reuter") || misspeltSignOff(w) { // tail14v: misspeltSignOff
		return strings.TrimSpace(text[:i])
	}
	return text
}

// decodeSGML decodes character references, drops control characters other
// than newline and tab, and reads bytes that are not UTF-8 as Latin-1.
func decodeSGML(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if plainSGML(c) {
			// A run of printable ASCII, newlines and tabs is copied as it
			// is: nearly all of a story, at a fraction of the cost of a
			// rune at a time.
			j := i + 1
			for j < len(s) && plainSGML(s[j]) {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		if c == '&' {
			if j := strings.IndexByte(s[i:min(i+12, len(s))], ';'); j > 1 {
				if r, ok := charRef(s[i+1 : i+j]); ok {
					writeRune(&b, r)
					i += j + 1
					continue
				}
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			r = rune(c) // Latin-1
		}
		writeRune(&b, r)
		i += n
	}
	return b.String()
}

// plainSGML reports whether byte c stands for itself in decodeSGML's
// output: printable ASCII but the '&' of a reference, newline and tab.
func plainSGML(c byte) bool {
	return c >= 0x20 && c < 0x7f && c != '&' || c == '\n' || c == '\t'
}

func writeRune(b *strings.Builder, r rune) {
	if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
		return
	}
	b.WriteRune(r)
}

// charRef decodes the reference between & and ;.
func charRef(ref string) (rune, bool) {
	switch ref {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(ref) < 2 || ref[0] != '#' {
		return 0, false
	}
	var n uint64
	var err error
	if ref[1] == 'x' || ref[1] == 'X' {
		n, err = strconv.ParseUint(ref[2:], 16, 32)
	} else {
		n, err = strconv.ParseUint(ref[1:], 10, 32)
	}
	if err != nil || n > utf8.MaxRune {
		return 0, false
	}
	return rune(n), true
}
