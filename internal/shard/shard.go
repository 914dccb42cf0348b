// Package shard splits a stream of articles among N workers, the same way on
// every machine, so that N ingest processes can share one corpus: each reads
// all the inputs and extracts only the articles of its own shard.
//
// An article's shard is a function of its cleaned text, the text whose hash
// the store de-duplicates by. Articles with the same text therefore fall in
// one shard, whose worker meets them in input order and keeps the first, as
// build does; were the shard a function of the id, two workers could race
// for two copies of one text and either could win.
package shard

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/nergraph/nergraph/extract"
)

// Shard is one of N parts of the articles, numbered from 1.
type Shard struct {
	I, N int
}

// Parse reads a shard as the --shard flag gives it, "I/N" with 1 <= I <= N.
func Parse(s string) (Shard, error) {
	is, ns, ok := strings.Cut(s, "/")
	i, ierr := strconv.Atoi(strings.TrimSpace(is))
	n, nerr := strconv.Atoi(strings.TrimSpace(ns))
	if !ok || ierr != nil || nerr != nil {
		return Shard{}, fmt.Errorf("%w %q: want I/N, such as 1/3", ErrBadShard, s)
	}
	if n < 1 || i < 1 || i > n {
		return Shard{}, fmt.Errorf("%w %q: want 1 <= I <= N", ErrBadShard, s)
	}
	return Shard{I: i, N: n}, nil
}

// String returns the shard as Parse reads it.
func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.I, s.N) }

// Has reports whether article a belongs to the shard.
func (s Shard) Has(a extract.Article) bool {
	if s.N <= 1 {
		return true
	}
	return Of(a, s.N) == s.I
}

// Of returns the shard, from 1 to n, of article a: the first eight bytes of
// the SHA-256 of its cleaned text, as [extract.Extractor.Extract] joins title
// and body, taken modulo n.
func Of(a extract.Article, n int) int {
	sum := sha256.Sum256([]byte(extract.CleanText(a)))
	return int(binary.BigEndian.Uint64(sum[:8])%uint64(n)) + 1
}

// ErrBadShard is wrapped by the errors of Parse.
var ErrBadShard = errors.New("bad shard")
