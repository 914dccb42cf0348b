// Command nerembed trains word embeddings (skip-gram with negative
// sampling) on the unlabeled text of the shared data folder and groups
// them with k-means, writing the clusters in the format of
// ner.ReadClusters, one column per k:
//
//	go run ./extract/ner/cmd/nerembed -data ../shared/data > kmeans.tsv
//
// The text is what cmd/nerclusters reads plus the UN General Debate
// speeches (39.5 million tokens; 59,301 words seen 5 times or more get a
// vector and a cluster). The output depends only on the data and the
// flags: everything runs on one goroutine with fixed seeds. Training the
// vectors took 9 min 30 s of CPU (3 epochs, 100 dimensions) and 830 MB,
// k-means a few minutes more; -vectors caches the vectors.
package main

import (
	"bufio"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract/ner/internal/corpus"
	"github.com/nergraph/nergraph/extract/ner/internal/embed"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder")
	minCount := flag.Int64("min", 5, "minimum word count")
	dim := flag.Int("dim", 100, "vector size")
	epochs := flag.Int("epochs", 3, "passes over the text")
	ks := flag.String("k", "512", "comma-separated numbers of clusters")
	iters := flag.Int("iters", 15, "k-means iterations at most")
	vecFile := flag.String("vectors", "", "cache `FILE` for the vectors: read if it exists, else written")
	flag.Parse()
	var kl []int
	for _, s := range strings.Split(*ks, ",") {
		k, err := strconv.Atoi(s)
		if err != nil || k < 2 || k > 65535 {
			fmt.Fprintf(os.Stderr, "nerembed: bad -k %q\n", *ks)
			os.Exit(2)
		}
		kl = append(kl, k)
	}
	if err := run(*data, *minCount, embed.Options{Dim: *dim, Epochs: *epochs, Seed: 1}, kl, *iters, *vecFile, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "nerembed: %v\n", err)
		os.Exit(1)
	}
}

func run(data string, minCount int64, opts embed.Options, ks []int, iters int, vecFile string, out, errOut io.Writer) error {
	begin := time.Now()
	enc, err := corpus.Encode(data, true)
	if err != nil {
		return err
	}
	vocab := enc.Vocab(minCount)
	fmt.Fprintf(errOut, "nerembed: %d tokens, %d distinct words, %d seen at least %d times (%s)\n",
		enc.NumTokens(), len(enc.Words), vocab, minCount, time.Since(begin).Round(time.Second))
	var vecs []float32
	if vecFile != "" {
		vecs, _ = readVectors(vecFile, vocab*opts.Dim)
	}
	if vecs == nil {
		vecs = embed.Train(enc.Toks, enc.Counts, vocab, opts, errOut)
		if vecFile != "" {
			if err := writeVectors(vecFile, vecs); err != nil {
				return err
			}
		}
	}
	enc.Toks = nil
	ids := make([][]int32, len(ks))
	for i, k := range ks {
		// Seeded by k, so that a clustering does not depend on the others asked for.
		ids[i] = embed.KMeans(vecs, opts.Dim, k, iters, uint64(k), errOut)
	}
	bw := bufio.NewWriter(out)
	bw.WriteString("#levels")
	for _, k := range ks {
		fmt.Fprintf(bw, " %d", k)
	}
	bw.WriteByte('\n')
	for _, w := range sortedWords(enc.Words[:vocab]) {
		bw.WriteString(enc.Words[w])
		for i := range ks {
			fmt.Fprintf(bw, "\t%d", ids[i][w]+1)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(errOut, "nerembed: done in %s\n", time.Since(begin).Round(time.Second))
	return nil
}

// sortedWords returns the ids of words in byte order of the words.
func sortedWords(words []string) []int {
	idx := make([]int, len(words))
	for i := range idx {
		idx[i] = i
	}
	sortByWord(idx, words)
	return idx
}

func readVectors(path string, n int) ([]float32, error) {
	b, err := os.ReadFile(path)
	if err != nil || len(b) != 4*n {
		return nil, fmt.Errorf("no usable vectors in %s", path)
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v, nil
}

func writeVectors(path string, v []float32) error {
	b := make([]byte, 4*len(v))
	for i, f := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(f))
	}
	return os.WriteFile(path, b, 0o644)
}
