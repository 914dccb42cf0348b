package pos

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// TagCoNLL reads CoNLL column format from r (the first column is the
// token; a blank line ends a sentence; -DOCSTART- lines separate documents)
// and writes each token line back with its part-of-speech tag and chunk tag
// appended as two new columns. Blank and -DOCSTART- lines are written
// unchanged. It reads to the end of r and returns the first read or write
// error; a line longer than 64 KB is a *ParseError naming name and the line.
func TagCoNLL(m *Model, r io.Reader, w io.Writer, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), maxLine)
	bw := bufio.NewWriter(w)
	var lines, words []string
	flush := func() {
		if len(lines) == 0 {
			return
		}
		tags, chunks := m.TagChunk(words)
		for i, l := range lines {
			fmt.Fprintf(bw, "%s %s %s\n", l, tags[i], chunks[i])
		}
		lines, words = lines[:0], words[:0]
	}
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(l)
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			flush()
			bw.WriteString(l)
			bw.WriteByte('\n')
			continue
		}
		lines = append(lines, l)
		words = append(words, f[0])
	}
	if err := sc.Err(); err != nil {
		return &ParseError{name, line + 1, err}
	}
	flush()
	return bw.Flush()
}
