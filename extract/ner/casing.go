package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/nergraph/nergraph/internal/hashidx"
)

// caseTable says, for a lower-cased word, how often the unlabeled text
// capitalizes it where capitals carry information, and how common it is:
// value ratio<<4 | freq, ratio 1-9 (always lower case to always
// capitalized), freq 1-6 (order of magnitude of the count); 0 for a word
// not in the table. A headline in Title Case or in capitals hides the case
// of its words; this tells "Hosts" and "KILLED" from "Meloni" and "NATO".
type caseTable struct {
	keys []uint64 // hashLower of the word, increasing
	vals []uint8
	idx  hashidx.Index
}

func (c *caseTable) lookup(lower uint64) uint8 {
	if c == nil {
		return 0
	}
	if i := c.idx.Find(lower); i >= 0 {
		return c.vals[i]
	}
	return 0
}

// readCaseTable reads the lines "word\tratio\tfreq" of cmd/nercase.
func readCaseTable(r io.Reader, name string) (*caseTable, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	m := map[uint64]uint8{}
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("want 3 fields, got %d", len(f))}
		}
		ratio, err1 := strconv.Atoi(f[1])
		freq, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || ratio < 1 || ratio > 9 || freq < 1 || freq > 15 {
			return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("bad ratio or frequency %q %q", f[1], f[2])}
		}
		m[hashLower(f[0])] = uint8(ratio<<4 | freq)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	c := &caseTable{}
	for k := range m {
		c.keys = append(c.keys, k)
	}
	slices.Sort(c.keys)
	for _, k := range c.keys {
		c.vals = append(c.vals, m[k])
	}
	c.idx = hashidx.New(c.keys)
	return c, nil
}

//go:embed casing.tsv.gz
var embeddedCasing []byte

// defaultCaseTable returns the table shipped with the package, made by
// cmd/nercase.
func defaultCaseTable() (*caseTable, error) {
	zr, err := gzip.NewReader(bytes.NewReader(embeddedCasing))
	if err != nil {
		return nil, fmt.Errorf("embedded casing.tsv.gz: %w", err)
	}
	return readCaseTable(zr, "casing.tsv.gz")
}

// sharedCasing is the shipped case table, loaded on first use by
// [CommonWord] when the embedded model has none.
var sharedCasing = sync.OnceValues(defaultCaseTable)

// CommonWord reports whether the unlabeled text writes w, in any case,
// mostly in lower case and often: "floor", "network", "born". Alone such a
// word is seldom a place's name, whatever a recognizer said. A word the
// table does not hold is not common.
func CommonWord(w string) bool {
	v := caseCounts(w)
	return v != 0 && v>>4 <= 3 && v&15 >= 3
}

// caseCounts is the case table's entry of w (0 when the table does not
// hold it or cannot be loaded), as [CommonWord] and [MostlyLower] read it.
func caseCounts(w string) uint8 {
	// The embedded model holds the table: the recognizer has loaded it
	// already, and a second copy would cost its load again.
	var c *caseTable
	if m, err := Default(); err == nil && m.res.casing != nil {
		c = m.res.casing
	} else if c, err = sharedCasing(); err != nil {
		return 0
	}
	return c.lookup(hashLower(w))
}
