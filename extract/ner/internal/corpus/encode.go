package corpus

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Encoded is a tokenized corpus held as word ids, for the cluster and
// embedding inducers: 35 million tokens take 140 MB this way, against more
// than half a gigabyte as strings.
type Encoded struct {
	Words  []string // by id: most frequent first, ties in byte order
	Counts []int64  // occurrences of each word
	Toks   []int32  // word ids; Boundary ends each line (sentence or paragraph)
}

// Boundary separates the lines of Encoded.Toks.
const Boundary = -1

// UNGDC is where the UN General Debate speeches are under the data folder.
const UNGDC = "unlabeled/ungdc/ungdc_speeches_1946-2024.txt.gz"

// Encode tokenizes the unlabeled text under data (the articles [Read]
// returns, CoNLL-2003 train.txt's tokens, and with ungdc the UN General
// Debate speeches) and numbers the words by frequency. The result depends
// only on the data.
func Encode(data string, ungdc bool) (*Encoded, error) {
	docs, err := Read(data, true)
	if err != nil {
		return nil, err
	}
	b := newEncoder()
	for _, d := range docs {
		for _, s := range d {
			b.line(s)
		}
	}
	if ungdc {
		if err := eachUNGDCLine(filepath.Join(data, UNGDC), func(toks []string) { b.line(toks) }); err != nil {
			return nil, err
		}
	}
	return b.finish(), nil
}

type encoder struct {
	ids    map[string]int32
	words  []string
	counts []int64
	toks   []int32
}

func newEncoder() *encoder { return &encoder{ids: make(map[string]int32, 1<<20)} }

func (b *encoder) line(toks []string) {
	if len(toks) == 0 {
		return
	}
	for _, t := range toks {
		id, ok := b.ids[t]
		if !ok {
			id = int32(len(b.words))
			t = strings.Clone(t)
			b.ids[t] = id
			b.words = append(b.words, t)
			b.counts = append(b.counts, 0)
		}
		b.counts[id]++
		b.toks = append(b.toks, id)
	}
	b.toks = append(b.toks, Boundary)
}

// finish renumbers the words by decreasing count.
func (b *encoder) finish() *Encoded {
	order := make([]int32, len(b.words))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool {
		a, c := order[i], order[j]
		if b.counts[a] != b.counts[c] {
			return b.counts[a] > b.counts[c]
		}
		return b.words[a] < b.words[c]
	})
	newID := make([]int32, len(order))
	e := &Encoded{Words: make([]string, len(order)), Counts: make([]int64, len(order))}
	for n, o := range order {
		newID[o] = int32(n)
		e.Words[n] = b.words[o]
		e.Counts[n] = b.counts[o]
	}
	for i, t := range b.toks {
		if t != Boundary {
			b.toks[i] = newID[t]
		}
	}
	e.Toks = b.toks
	return e
}

// NumTokens returns the number of tokens, boundaries not counted.
func (e *Encoded) NumTokens() int64 {
	var n int64
	for _, c := range e.Counts {
		n += c
	}
	return n
}

// Vocab returns how many words occur at least min times: as ids are
// numbered by frequency, they are the ids below the result.
func (e *Encoded) Vocab(min int64) int {
	return sort.Search(len(e.Counts), func(i int) bool { return e.Counts[i] < min })
}

// eachUNGDCLine calls fn with the tokens of each paragraph of the UN General
// Debate speeches, skipping the "### CODE" header of each speech.
func eachUNGDCLine(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.HasPrefix(t, "### ") {
			continue
		}
		fn(Tokenize(normalizeQuotes(t)))
	}
	if err := sc.Err(); err != nil && err != io.EOF {
		return fmt.Errorf("%s:%d: %w", path, line+1, err)
	}
	return nil
}

// normalizeQuotes writes typographic quotes and dashes the way the
// CoNLL-2003 text does (ASCII), so that "India’s" splits like "India's".
var quoteReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "—", " -- ", "–", "-")

func normalizeQuotes(s string) string { return quoteReplacer.Replace(s) }
