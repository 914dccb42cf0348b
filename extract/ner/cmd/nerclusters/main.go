// Command nerclusters induces the word clusters that the named-entity
// recognizer uses as features, from the unlabeled news in the shared data
// folder: Reuters-21578 titles and bodies, the BBC articles, AG News titles
// and descriptions, and the tokens (not the labels) of CoNLL-2003 train.txt.
//
//	go run ./extract/ner/cmd/nerclusters -data ../shared/data | gzip -9n > extract/ner/clusters.tsv.gz
//
// The output depends only on the data and the flags. Each level is
// clustered independently, so levels computed in separate runs can be
// pasted together.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/ner/internal/corpus"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder")
	minCount := flag.Int("min", 3, "minimum word count")
	levels := flag.String("levels", "64,256,512", "comma-separated numbers of classes")
	iters := flag.Int("iters", 6, "passes of the exchange algorithm")
	flag.Parse()
	opts := ner.ClusterOptions{MinCount: *minCount, Iters: *iters}
	for _, l := range strings.Split(*levels, ",") {
		n, err := strconv.Atoi(l)
		if err != nil || n < 2 {
			fmt.Fprintf(os.Stderr, "nerclusters: bad -levels %q\n", *levels)
			os.Exit(2)
		}
		opts.Levels = append(opts.Levels, n)
	}
	if err := run(*data, opts, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "nerclusters: %v\n", err)
		os.Exit(1)
	}
}

func run(data string, opts ner.ClusterOptions, out, errOut io.Writer) error {
	docs, err := corpus.Read(data, true)
	if err != nil {
		return err
	}
	var sents [][]string
	n := 0
	for _, d := range docs {
		for _, s := range d {
			sents = append(sents, s)
			n += len(s)
		}
	}
	fmt.Fprintf(errOut, "nerclusters: %d sentences, %d tokens\n", len(sents), n)
	wc := ner.InduceClusters(sents, opts, errOut)
	_, err = wc.WriteTo(out)
	return err
}
