// Command postrain trains nergraph's part-of-speech tagger and chunker on
// CoNLL-2003 and writes the model that package pos embeds:
//
//	go run ./extract/pos/cmd/postrain -data ../shared/data/conll2003 -o extract/pos/model.bin
//
// It trains on train.txt, chooses the pass on valid.txt and, with -test,
// reports test.txt once. The same data and flags give the same bytes.
package main

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/nergraph/nergraph/extract/pos"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "postrain:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("postrain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data/conll2003", "folder with train.txt, valid.txt and test.txt")
	out := fs.String("o", "", "write the model to this file (atomically)")
	test := fs.Bool("test", false, "report the scores on test.txt")
	verbsOut := fs.String("verbs", "", "write the list of verb base forms (from train.txt and, tagged by the new model, the BBC articles) to this file")
	bbc := fs.String("bbc", "", "folder of the BBC articles for -verbs (default: bbc beside the -data folder)")
	confusion := fs.Int("confusion", 0, "print this many of the most frequent tag errors on valid.txt")
	var o pos.TrainOptions
	fs.IntVar(&o.Epochs, "epochs", 10, "passes over train.txt")
	fs.IntVar(&o.ChunkEpochs, "chunk-epochs", 0, "passes for the chunker (0: as -epochs)")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed for the order of sentences")
	fs.IntVar(&o.MinWeight, "min-weight", 0, "prune features with all quantized weights below this")
	clusters := fs.String("clusters", "extract/ner/clusters.tsv.gz", "word clusters (word TAB id TAB id ..., gzipped or not); empty for none")
	fs.IntVar(&o.Folds, "folds", 0, "train the chunker on tags predicted across this many folds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *clusters != "" {
		c, err := readClusters(*clusters)
		if err != nil {
			return err
		}
		o.Clusters = c
	}
	read := func(name string) ([]pos.Sentence, error) {
		p := filepath.Join(*data, name)
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return pos.ReadCoNLL(f, p)
	}
	train, err := read("train.txt")
	if err != nil {
		return err
	}
	dev, err := read("valid.txt")
	if err != nil {
		return err
	}
	o.Progress = func(part string, e int, acc float64) {
		fmt.Fprintf(stderr, "%s pass %d: valid %.4f\n", part, e, acc)
	}
	m, err := pos.Train(context.Background(), train, dev, o)
	if err != nil {
		return err
	}
	report := func(name string, s []pos.Sentence) {
		sc := pos.Evaluate(m, s)
		fmt.Fprintf(stdout, "%s: %d tokens, POS accuracy %.4f, chunk accuracy %.4f, chunk P %.4f R %.4f F1 %.4f\n",
			name, sc.Tokens, sc.TagAccuracy(), sc.ChunkAccuracy(), sc.ChunkPrecision(), sc.ChunkRecall(), sc.ChunkF1())
	}
	report("valid", dev)
	if *confusion > 0 {
		writeConfusion(stdout, m, dev, *confusion)
	}
	if *test {
		t, err := read("test.txt")
		if err != nil {
			return err
		}
		report("test", t)
	}
	nt, nc := m.NumFeatures()
	fmt.Fprintf(stdout, "features: tagger %d, chunker %d\n", nt, nc)
	if *verbsOut != "" {
		if *bbc == "" {
			*bbc = filepath.Join(*data, "..", "bbc")
		}
		if err := writeVerbs(*verbsOut, train, *bbc, m); err != nil {
			return err
		}
	}
	if *out == "" {
		return nil
	}
	return writeAtomic(*out, m.Save)
}

// writeAtomic writes a file through a temporary file in the same folder.
func writeAtomic(out string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(out), ".postrain-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return os.Rename(tmp.Name(), out)
}

// writeConfusion prints the most frequent (gold, predicted) tag errors.
func writeConfusion(w io.Writer, m *pos.Model, gold []pos.Sentence, n int) {
	type pair struct{ gold, got pos.Tag }
	count := map[pair]int{}
	words := map[pair]map[string]int{}
	for _, s := range gold {
		for i, t := range m.Tag(s.Words) {
			if t != s.Tags[i] {
				p := pair{s.Tags[i], t}
				count[p]++
				if words[p] == nil {
					words[p] = map[string]int{}
				}
				words[p][s.Words[i]]++
			}
		}
	}
	ps := make([]pair, 0, len(count))
	for p := range count {
		ps = append(ps, p)
	}
	slices.SortFunc(ps, func(a, b pair) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a.gold.String()+a.got.String(), b.gold.String()+b.got.String())
	})
	for _, p := range ps[:min(n, len(ps))] {
		ws := make([]string, 0, len(words[p]))
		for x := range words[p] {
			ws = append(ws, x)
		}
		slices.SortFunc(ws, func(a, b string) int {
			if c := cmp.Compare(words[p][b], words[p][a]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		fmt.Fprintf(w, "%5d %-5s -> %-5s %v\n", count[p], p.gold, p.got, ws[:min(8, len(ws))])
	}
}

// readClusters reads a cluster file as cmd/nerclusters writes it: a line
// "#levels N1 N2 ...", then "word TAB id1 TAB id2 ..." per word.
func readClusters(path string) (map[string][]uint16, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer z.Close()
		r = z
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	out := map[string][]uint16{}
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if line == 1 && strings.HasPrefix(t, "#levels") {
			continue
		}
		fields := strings.Split(t, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want word and cluster ids", path, line)
		}
		ids := make([]uint16, len(fields)-1)
		for i, s := range fields[1:] {
			n, err := strconv.ParseUint(s, 10, 16)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad cluster id %q", path, line, s)
			}
			ids[i] = uint16(n)
		}
		out[fields[0]] = ids
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// writeVerbs writes the verb base forms that Lemma chooses stems from: the
// lower-cased words tagged VB or VBP in train.txt, and those the model tags
// VB or VBP at least twice in the BBC articles.
func writeVerbs(out string, train []pos.Sentence, bbc string, m *pos.Model) error {
	set := map[string]bool{}
	for _, s := range train {
		for i, w := range s.Words {
			if t := s.Tags[i]; (t == pos.VB || t == pos.VBP) && isWord(w) {
				set[strings.ToLower(w)] = true
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(bbc, "*", "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no BBC articles in %s", bbc)
	}
	slices.Sort(files)
	count := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			words := simpleTokens(line)
			for i, t := range m.Tag(words) {
				if (t == pos.VB || t == pos.VBP) && isWord(words[i]) {
					count[strings.ToLower(words[i])]++
				}
			}
		}
	}
	for w, c := range count {
		if c >= 2 {
			set[w] = true
		}
	}
	list := make([]string, 0, len(set))
	for w := range set {
		list = append(list, w)
	}
	slices.Sort(list)
	return writeAtomic(out, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		fmt.Fprintln(bw, "# Verb base forms for pos.Lemma, made by cmd/postrain -verbs: words tagged VB or VBP")
		fmt.Fprintln(bw, "# in CoNLL-2003 train.txt, and at least twice by the tagger in the BBC articles.")
		for _, v := range list {
			fmt.Fprintln(bw, v)
		}
		return bw.Flush()
	})
}

// isWord reports whether w is made of lower- or upper-case ASCII letters,
// with inner hyphens.
func isWord(w string) bool {
	if len(w) < 2 || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if (c < 'a' || c > 'z') && w[i] != '-' {
			return false
		}
	}
	return true
}

// simpleTokens splits a line of plain text about as CoNLL-2003 does:
// punctuation apart, "n't" and "'s" split off. It is good enough to count
// verbs.
func simpleTokens(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		var tail []string
		for f != "" && strings.ContainsRune("\"'([", rune(f[0])) {
			out = append(out, f[:1])
			f = f[1:]
		}
		for f != "" && strings.ContainsRune(".,;:!?\"')]", rune(f[len(f)-1])) {
			tail = append(tail, f[len(f)-1:])
			f = f[:len(f)-1]
		}
		switch {
		case strings.HasSuffix(f, "n't") && len(f) > 3:
			out = append(out, f[:len(f)-3], "n't")
		case strings.HasSuffix(f, "'s") && len(f) > 2:
			out = append(out, f[:len(f)-2], "'s")
		case f != "":
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}
