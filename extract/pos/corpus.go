package pos

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence of a CoNLL-2003 file with its gold tags.
type Sentence struct {
	Line   int      // line of the first token
	Words  []string // the first column
	Tags   []Tag    // the second column
	Chunks []Chunk  // the third column, converted to IOB2
}

// ParseError is an error in input data, with the place it was found.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrFormat is wrapped by the errors of [ReadCoNLL] for lines that are not
// "token POS chunk [NER]", and by [Load] for data that is not a model.
var ErrFormat = errors.New("bad format")

// maxLine bounds one line of a CoNLL file.
const maxLine = 1 << 16

// ReadCoNLL reads a CoNLL-2003 column file: one token per line as "token
// POS chunk" with any columns after them ignored (the NER tag), a blank
// line after each sentence, and -DOCSTART- lines between documents, which
// are skipped. Chunk tags in IOB1 (as CoNLL-2003 writes them) or IOB2 are
// returned in IOB2. It reads to the end of r; an error is a *ParseError
// naming name and the line.
func ReadCoNLL(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), maxLine)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			toIOB2(cur.Chunks)
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if len(f) < 3 {
			return nil, &ParseError{name, line, fmt.Errorf("%w: want token, POS and chunk columns, got %d column(s)", ErrFormat, len(f))}
		}
		t, ok := ParseTag(f[1])
		if !ok {
			return nil, &ParseError{name, line, fmt.Errorf("%w: unknown POS tag %q", ErrFormat, f[1])}
		}
		c, ok := ParseChunk(f[2])
		if !ok {
			return nil, &ParseError{name, line, fmt.Errorf("%w: unknown chunk tag %q", ErrFormat, f[2])}
		}
		if len(cur.Words) == 0 {
			cur.Line = line
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, t)
		cur.Chunks = append(cur.Chunks, c)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{name, line + 1, err}
	}
	flush()
	return out, nil
}

// toIOB2 rewrites IOB1 chunk tags in place: an I- tag that starts a chunk
// (after O or after a chunk of another type) becomes B-.
func toIOB2(cs []Chunk) {
	prev := Out
	for i, c := range cs {
		if c != Out && !c.Begins() && (prev == Out || prev.Phrase() != c.Phrase()) {
			cs[i] = Begin(c.Phrase())
		}
		prev = c
	}
}
