// Command nerbrown induces Brown clusters (Liang's windowed algorithm, see
// package brown) from the unlabeled text of the shared data folder: what
// cmd/nerclusters reads plus the UN General Debate speeches. It writes one
// line per word, "word\tbits", bits being the path of the word's cluster
// in the merge tree:
//
//	go run ./extract/ner/cmd/nerbrown -data ../shared/data > brown.txt
//
// The output depends only on the data and the flags.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/nergraph/nergraph/extract/ner/internal/brown"
	"github.com/nergraph/nergraph/extract/ner/internal/corpus"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder")
	minCount := flag.Int64("min", 5, "minimum word count")
	maxWords := flag.Int("max", 0, "cluster at most this many words, the most frequent (0: all above -min)")
	c := flag.Int("c", 256, "number of clusters (the window)")
	flag.Parse()
	if err := run(*data, *minCount, *maxWords, brown.Options{Clusters: *c}, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "nerbrown: %v\n", err)
		os.Exit(1)
	}
}

func run(data string, minCount int64, maxWords int, opts brown.Options, out, errOut io.Writer) error {
	begin := time.Now()
	enc, err := corpus.Encode(data, true)
	if err != nil {
		return err
	}
	vocab := enc.Vocab(minCount)
	if maxWords > 0 && vocab > maxWords {
		vocab = maxWords
	}
	fmt.Fprintf(errOut, "nerbrown: %d tokens, %d words to cluster (%s)\n", enc.NumTokens(), vocab, time.Since(begin).Round(time.Second))
	res := brown.Cluster(enc.Toks, enc.Counts, vocab, opts, errOut)
	idx := make([]int, vocab)
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return enc.Words[idx[a]] < enc.Words[idx[b]] })
	bw := bufio.NewWriter(out)
	for _, w := range idx {
		fmt.Fprintf(bw, "%s\t%s\n", enc.Words[w], res.Paths[w])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(errOut, "nerbrown: done in %s\n", time.Since(begin).Round(time.Second))
	return nil
}
