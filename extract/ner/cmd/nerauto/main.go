// Command nerauto tags the unlabeled news of the shared data folder
// (Reuters-21578, BBC, AG News; not CoNLL-2003) with a recognizer model and
// writes, for each word seen often enough, how the model labeled it, as
// two cluster columns in the format of ner.ReadClusters (an experiment:
// a dictionary of automatically labeled text):
//
//   - the word's most frequent label (PER, ORG, LOC, MISC or O) and how
//     dominant it is (at least 90%, 60%, or less): 15 values;
//
//   - the set of entity types given to at least 15% of its occurrences:
//     16 values.
//
//     go run ./extract/ner/cmd/nerauto -data ../shared/data > auto.tsv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/ner/internal/corpus"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder")
	model := flag.String("model", "", "model `FILE` (default: the embedded model)")
	minCount := flag.Int("min", 3, "minimum word count")
	flag.Parse()
	if err := run(*data, *model, *minCount, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "nerauto: %v\n", err)
		os.Exit(1)
	}
}

var types = map[string]int{"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}

func run(data, modelFile string, minCount int, out io.Writer) error {
	var m *ner.Model
	var err error
	if modelFile != "" {
		f, err := os.Open(modelFile)
		if err != nil {
			return err
		}
		m, err = ner.Load(f)
		f.Close()
		if err != nil {
			return err
		}
	} else if m, err = ner.Default(); err != nil {
		return err
	}
	docs, err := corpus.Read(data, false)
	if err != nil {
		return err
	}
	counts := map[string]*[5]int{}
	for _, d := range docs {
		tags := m.Tag(d)
		for si, s := range d {
			for i, w := range s {
				c := counts[w]
				if c == nil {
					c = new([5]int)
					counts[w] = c
				}
				k := 4
				if t := tags[si][i]; len(t) > 2 {
					k = types[t[2:]]
				}
				c[k]++
			}
		}
	}
	words := make([]string, 0, len(counts))
	for w, c := range counts {
		if c[0]+c[1]+c[2]+c[3]+c[4] >= minCount {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	bw := bufio.NewWriter(out)
	fmt.Fprintln(bw, "#levels 15 16")
	for _, w := range words {
		c := counts[w]
		n := c[0] + c[1] + c[2] + c[3] + c[4]
		best := 0
		for k := 1; k < 5; k++ {
			if c[k] > c[best] {
				best = k
			}
		}
		dom := 2
		switch share := float64(c[best]) / float64(n); {
		case share >= 0.9:
			dom = 0
		case share >= 0.6:
			dom = 1
		}
		set := 0
		for k := range 4 {
			if float64(c[k]) >= 0.15*float64(n) {
				set |= 1 << k
			}
		}
		fmt.Fprintf(bw, "%s\t%d\t%d\n", w, best*3+dom+1, set+1)
	}
	return bw.Flush()
}
