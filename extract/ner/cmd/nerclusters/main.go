// Command nerclusters induces the word clusters that the named-entity
// recognizer uses as features, from the unlabeled news in the shared data
// folder: Reuters-21578 titles and bodies, the BBC articles, AG News titles
// and descriptions, and the tokens (not the labels) of CoNLL-2003 train.txt.
//
//	go run ./extract/ner/cmd/nerclusters -data ../shared/data | gzip -9n > extract/ner/clusters.tsv.gz
//
// The output depends only on the data.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
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
	var sents [][]string
	add := func(text string) {
		for _, line := range strings.Split(text, "\n") {
			if t := tokenize(line); len(t) > 0 {
				sents = append(sents, t)
			}
		}
	}
	// Reuters-21578: titles and bodies.
	sgm, err := filepath.Glob(filepath.Join(data, "reuters21578", "reut2-*.sgm"))
	if err != nil {
		return err
	}
	sort.Strings(sgm)
	reTitle := regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	reBody := regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	for _, p := range sgm {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range reTitle.FindAllSubmatch(b, -1) {
			add(html.UnescapeString(string(m[1])))
		}
		for _, m := range reBody.FindAllSubmatch(b, -1) {
			// Bodies are wrapped at ~70 columns; paragraphs start with spaces.
			body := html.UnescapeString(string(m[1]))
			body = strings.ReplaceAll(body, "\n    ", "\n\n")
			for _, para := range strings.Split(body, "\n\n") {
				add(strings.ReplaceAll(para, "\n", " "))
			}
		}
	}
	// BBC.
	bbc, err := filepath.Glob(filepath.Join(data, "bbc", "*", "*.txt"))
	if err != nil {
		return err
	}
	sort.Strings(bbc)
	for _, p := range bbc {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		add(string(b))
	}
	// AG News.
	if f, err := os.Open(filepath.Join(data, "agnews", "test.csv")); err == nil {
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return err
			}
			for _, s := range rec[1:] {
				add(strings.ReplaceAll(s, "\\", " "))
			}
		}
		f.Close()
	}
	// CoNLL-2003 train tokens, no labels.
	if f, err := os.Open(filepath.Join(data, "conll2003", "train.txt")); err == nil {
		sc := bufio.NewScanner(f)
		var cur []string
		for sc.Scan() {
			t := sc.Text()
			if t == "" || strings.HasPrefix(t, "-DOCSTART-") {
				if len(cur) > 0 {
					sents = append(sents, cur)
					cur = nil
				}
				continue
			}
			cur = append(cur, strings.Fields(t)[0])
		}
		if len(cur) > 0 {
			sents = append(sents, cur)
		}
		f.Close()
	}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	fmt.Fprintf(errOut, "nerclusters: %d sentences, %d tokens\n", len(sents), n)
	wc := ner.InduceClusters(sents, opts, errOut)
	_, err = wc.WriteTo(out)
	return err
}

// tokenize splits a line the way CoNLL-2003 does, roughly: punctuation apart,
// "'s" apart, abbreviations such as "U.S." and hyphenated words whole.
func tokenize(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		var tail []string
		for len(f) > 0 && strings.ContainsAny(f[:1], "\"'([{`") {
			out = append(out, f[:1])
			f = f[1:]
		}
		for len(f) > 0 {
			c := f[len(f)-1]
			if strings.IndexByte("\",;:!?)]}'", c) >= 0 {
				tail = append(tail, f[len(f)-1:])
				f = f[:len(f)-1]
				continue
			}
			if c == '.' && strings.Count(f, ".") == 1 && len(f) > 1 {
				tail = append(tail, ".")
				f = f[:len(f)-1]
				continue
			}
			break
		}
		if strings.HasSuffix(f, "'s") && len(f) > 2 {
			tail = append(tail, "'s")
			f = f[:len(f)-2]
		}
		if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}
