// Command nerself labels the unlabeled news of the shared data folder
// with a recognizer model and writes, in CoNLL columns, the sentences the
// model is sure of (see ner.AutoLabel): training data for self-training
// (nergraph train --extra FILE=WEIGHT). It reads the articles the way
// nergraph build does (the same readers, cleaning and tokenizer), tags
// each article whole, keeps the sentences with at least one entity whose
// every token's margin is at least -margin, and takes whole articles, in
// an order set by a hash of their ids and -seed, until -tokens tokens are
// kept (only the articles taken, and the rest of their batch, are
// labeled). Statistics go to standard error. The output depends only on the
// data, the model and the flags.
//
//	go run ./extract/ner/cmd/nerself -data ../shared/data -sources reuters -margin 20 -tokens 100000 | gzip -9n > auto.conll.gz
//
// With -calibrate FILE it labels FILE (CoNLL columns, gold tags last) the
// same way and prints, for each threshold, how many of its sentences with
// entities would be kept and how right the kept ones are.
package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/ner/internal/corpus"
	"github.com/nergraph/nergraph/extract/text"
)

type options struct {
	data, sources, model, agree, calibrate string
	margin                                 float64
	tokens, minLen, maxLen                 int
	seed                                   uint64
}

func main() {
	var o options
	flag.StringVar(&o.data, "data", "../shared/data", "shared data folder")
	flag.StringVar(&o.sources, "sources", "reuters,bbc,agnews", "comma-separated corpora: reuters, bbc, agnews, ungdc")
	flag.StringVar(&o.model, "model", "", "model `FILE` that labels (default: the embedded model)")
	flag.StringVar(&o.agree, "agree", "", "second model `FILE` that must tag a kept sentence the same")
	flag.Float64Var(&o.margin, "margin", 20, "least margin of every token of a kept sentence")
	flag.IntVar(&o.tokens, "tokens", 100000, "stop after this many tokens (0: no limit)")
	flag.IntVar(&o.minLen, "min-len", 4, "shortest sentence kept, in tokens")
	flag.IntVar(&o.maxLen, "max-len", 60, "longest sentence kept, in tokens")
	flag.Uint64Var(&o.seed, "seed", 1, "seeds the order in which articles are taken")
	flag.StringVar(&o.calibrate, "calibrate", "", "score the selection on this gold CoNLL `FILE` instead")
	flag.Parse()
	if err := run(o, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "nerself: %v\n", err)
		os.Exit(1)
	}
}

func run(o options, out, log io.Writer) error {
	m, err := ner.LoadFile(o.model)
	if err != nil {
		return err
	}
	lo := ner.AutoLabelOptions{MinMargin: float32(o.margin), MinTokens: o.minLen, MaxTokens: o.maxLen}
	if o.agree != "" {
		if lo.Agree, err = ner.LoadFile(o.agree); err != nil {
			return err
		}
	}
	if o.calibrate != "" {
		return calibrate(m, lo, o.calibrate, out)
	}
	var arts []article
	for _, src := range strings.Split(o.sources, ",") {
		a, err := readSource(o.data, strings.TrimSpace(src))
		if err != nil {
			return err
		}
		fmt.Fprintf(log, "%s: %d articles\n", src, len(a))
		arts = append(arts, a...)
	}
	// Whole articles in the order of a hash of their ids, labeled a batch
	// at a time until enough tokens are kept.
	keys := make([]uint64, len(arts))
	order := make([]int, len(arts))
	for i, a := range arts {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d\x00%s", o.seed, a.id)
		keys[i], order[i] = h.Sum64(), i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		return keys[a] < keys[b] || keys[a] == keys[b] && arts[a].id < arts[b].id
	})
	var kept []ner.Document
	var ntok, nsent int
	ents := map[string]int{}
	full := func() bool { return o.tokens > 0 && ntok >= o.tokens }
	for b := 0; b < len(order) && !full(); b += labelBatch {
		for _, d := range labelAll(m, lo, arts, order[b:min(b+labelBatch, len(order))]) {
			if len(d.Sentences) == 0 {
				continue
			}
			if full() {
				break
			}
			kept = append(kept, d)
			for _, s := range d.Sentences {
				ntok += len(s.Tokens)
				nsent++
				for _, sp := range ner.Spans(s.Tags()) {
					ents[sp.Type]++
				}
			}
		}
	}
	fmt.Fprintf(log, "kept %d sentences, %d tokens of %d articles (of %d); entities PER %d ORG %d LOC %d MISC %d\n",
		nsent, ntok, len(kept), len(arts), ents["PER"], ents["ORG"], ents["LOC"], ents["MISC"])
	return ner.WriteCoNLL(out, kept)
}

// article is one article's id and sentences as tokens.
type article struct {
	id   string
	toks [][]string
}

// labelBatch is how many articles are labeled at a time: only as many
// as the token budget needs are labeled (a variable for the tests).
var labelBatch = 256

// labelAll auto-labels the articles arts[idx[0]], arts[idx[1]], ... on all
// cores; the result is in the order of idx.
func labelAll(m *ner.Model, lo ner.AutoLabelOptions, arts []article, idx []int) []ner.Document {
	docs := make([]ner.Document, len(idx))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a := arts[idx[i]]
				docs[i] = ner.AutoLabel(m, a.id, a.toks, lo)
			}
		}()
	}
	for i := range idx {
		next <- i
	}
	close(next)
	wg.Wait()
	return docs
}

// tokens cleans and tokenizes an article the way nergraph build does.
func tokens(a input.Article) [][]string {
	var out [][]string
	for _, s := range text.Tokenize(extract.CleanText(extract.Article{Title: a.Title, Text: a.Text})) {
		toks := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			toks[i] = t.Text
		}
		out = append(out, toks)
	}
	return out
}

// readSource reads the articles of one corpus in a fixed order.
func readSource(data, src string) ([]article, error) {
	var glob string
	var opts input.ReaderOptions
	switch src {
	case "reuters":
		glob = filepath.Join(data, "reuters21578", "reut2-*.sgm")
	case "bbc":
		glob = filepath.Join(data, "bbc", "*", "*.txt")
	case "agnews":
		glob = filepath.Join(data, "agnews", "test.csv")
		opts.Columns = []string{"label", "title", "text"}
	case "ungdc":
		return readUNGDC(filepath.Join(data, corpus.UNGDC))
	default:
		return nil, fmt.Errorf("unknown source %q (want reuters, bbc, agnews or ungdc)", src)
	}
	paths, err := filepath.Glob(glob)
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("%s: no files", glob)
	}
	sort.Strings(paths)
	opts.SplitSize = -1
	var arts []article
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		rd := input.NewReader(f, p, opts)
		for {
			a, err := rd.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			var pe *input.ParseError
			if errors.As(err, &pe) {
				continue // a bad record is skipped, as build does
			}
			if err != nil {
				f.Close()
				return nil, err
			}
			if t := tokens(a); len(t) > 0 {
				arts = append(arts, article{id: a.ID, toks: t})
			}
		}
		f.Close()
	}
	return arts, nil
}

// readUNGDC reads the UN General Debate speeches, one article per
// "### ISO3_SESSION_YEAR" block.
func readUNGDC(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var arts []article
	var id string
	var body strings.Builder
	flush := func() {
		if id != "" {
			if t := tokens(input.Article{Text: body.String()}); len(t) > 0 {
				arts = append(arts, article{id: id, toks: t})
			}
		}
		body.Reset()
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		t := sc.Text()
		if h, ok := strings.CutPrefix(t, "### "); ok {
			flush()
			id = "ungdc:" + h
			continue
		}
		body.WriteString(t)
		body.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	flush()
	return arts, nil
}

// calibrate labels the gold documents of path as the selection would and
// prints, per threshold, the share of gold sentences with entities kept
// and the entity-level scores of the kept sentences.
func calibrate(m *ner.Model, lo ner.AutoLabelOptions, path string, out io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f, path)
	if err != nil {
		return err
	}
	withEnts := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			if len(ner.Spans(s.Tags())) > 0 {
				withEnts++
			}
		}
	}
	for _, th := range []float32{0, 5, 10, 15, 20, 30, 40, 60} {
		o := lo
		o.MinMargin = th
		var ev ner.Evaluator
		n, exact := 0, 0
		for _, d := range docs {
			var toks [][]string
			for _, s := range d.Sentences {
				toks = append(toks, s.Tokens)
			}
			auto := ner.AutoLabel(m, d.Name, toks, o)
			// Kept sentences share their token slices with d's.
			j := 0
			for _, s := range auto.Sentences {
				for &d.Sentences[j].Tokens[0] != &s.Tokens[0] {
					j++
				}
				gold, pred := d.Sentences[j].Tags(), s.Tags()
				ev.Add(gold, pred)
				n++
				if fmt.Sprint(ner.Spans(gold)) == fmt.Sprint(ner.Spans(pred)) {
					exact++
				}
			}
		}
		sc := ev.Scores()
		fmt.Fprintf(out, "margin %g: kept %d sentences (%.1f%% of the %d with gold entities), %.1f%% exactly right; entities P %.2f R %.2f F1 %.2f\n",
			th, n, 100*float64(n)/float64(withEnts), withEnts, 100*float64(exact)/float64(max(n, 1)),
			sc.Overall.Precision(), sc.Overall.Recall(), sc.Overall.F1())
	}
	return nil
}
