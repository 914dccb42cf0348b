// Command nercase counts, in the unlabeled text of the shared data folder
// (what cmd/nerbrown reads), how often each word is capitalized where
// capitals carry information: not first in a line and not after a
// sentence end or an opening quote. It writes one line per lower-cased
// word seen there at least -min times, "word\tratio\tfreq": ratio 1-9 is
// the share of capitalized occurrences in ninths (1: always lower case,
// 9: always capitalized), freq 1-6 the order of magnitude of the count.
// The recognizer uses it for words whose case a headline or an ALL-CAPS
// line hides ("Killed", "HOSTS").
//
//	go run ./extract/ner/cmd/nercase -data ../shared/data | gzip -9n > extract/ner/casing.tsv.gz
//
// The output depends only on the data.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/ner/internal/corpus"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder")
	minCount := flag.Int64("min", 3, "minimum count of a lower-cased word")
	flag.Parse()
	if err := run(*data, *minCount, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "nercase: %v\n", err)
		os.Exit(1)
	}
}

func run(data string, minCount int64, out io.Writer) error {
	enc, err := corpus.Encode(data, true)
	if err != nil {
		return err
	}
	// Per word id: 0 lower, 1 capitalized, 2 neither (no letter, mixed
	// inner capitals count as capitalized).
	kind := make([]uint8, len(enc.Words))
	lower := make([]string, len(enc.Words))
	for i, w := range enc.Words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			kind[i] = 1
		case unicode.IsLower(r):
			kind[i] = 0
		default:
			kind[i] = 2
		}
		lower[i] = strings.ToLower(w)
	}
	caps := map[string]int64{}
	total := map[string]int64{}
	prev := int32(corpus.Boundary)
	for _, t := range enc.Toks {
		if t >= 0 && kind[t] != 2 && prev >= 0 && !sentenceStart(enc.Words[prev]) {
			l := lower[t]
			total[l]++
			if kind[t] == 1 {
				caps[l]++
			}
		}
		prev = t
	}
	words := make([]string, 0, len(total))
	for w, n := range total {
		if n >= minCount {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	bw := bufio.NewWriter(out)
	for _, w := range words {
		n := total[w]
		ratio := 1 + int(8*float64(caps[w])/float64(n)+0.5)
		freq := min(6, 1+int(math.Log10(float64(n))))
		fmt.Fprintf(bw, "%s\t%d\t%d\n", w, ratio, freq)
	}
	return bw.Flush()
}

// sentenceStart reports whether a token is one after which a word is
// capitalized whatever it is.
func sentenceStart(prev string) bool {
	switch prev {
	case ".", "!", "?", ":", ";", "\"", "'", "(", "--", "-", "``", "`":
		return true
	}
	return false
}
