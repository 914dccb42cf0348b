// Command conllstats describes a CoNLL file by document style and, given
// the output of "nergraph tag --conll", scores it per style.
//
// The styles come from a sidecar that maps each document, counted from 1 in
// file order, to a style (testdata/ner/offconll-dev.styles.tsv). Without
// one, every document has the style "all".
//
// Counts per style (documents, sentences, tokens, entities per type):
//
//	go run ./internal/tools/conllstats -styles testdata/ner/offconll-dev.styles.tsv testdata/ner/offconll-dev.conll
//
// Scores of a tagged file, whose last two columns are the gold and the
// predicted tag: precision, recall and F1 overall and per type, F1 per style,
// and the most common kinds of error with examples:
//
//	nergraph tag --conll < testdata/ner/offconll-dev.conll > /tmp/tagged.conll
//	go run ./internal/tools/conllstats -styles testdata/ner/offconll-dev.styles.tsv -predicted /tmp/tagged.conll
//
// Scoring follows conlleval: an entity is correct only when its span and
// its type both match; IOB1 and IOB2 tags are both read.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/nergraph/nergraph/extract/ner"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

type options struct {
	styles    string
	predicted bool
	errors    int
	examples  int
}

func run(args []string, out, errOut io.Writer) int {
	fs := flag.NewFlagSet("conllstats", flag.ContinueOnError)
	fs.SetOutput(errOut)
	var o options
	fs.StringVar(&o.styles, "styles", "", "style sidecar `FILE` (doc, style, title; tab-separated)")
	fs.BoolVar(&o.predicted, "predicted", false, "FILE holds gold and predicted tags as its last two columns")
	fs.IntVar(&o.errors, "errors", 10, "with -predicted, list the `N` most common kinds of error")
	fs.IntVar(&o.examples, "examples", 3, "examples shown per kind of error")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(errOut, "usage: conllstats [-styles FILE] [-predicted] FILE")
		return 2
	}
	if err := runFile(fs.Arg(0), o, out); err != nil {
		fmt.Fprintf(errOut, "conllstats: %v\n", err)
		return 1
	}
	return 0
}

func runFile(path string, o options, out io.Writer) error {
	docs, err := readFile(path, func(r io.Reader) ([]doc, error) { return readCoNLL(r, path, o.predicted) })
	if err != nil {
		return err
	}
	if o.styles != "" {
		styles, err := readFile(o.styles, func(r io.Reader) ([]string, error) { return readStyles(r, o.styles) })
		if err != nil {
			return err
		}
		if len(styles) != len(docs) {
			return fmt.Errorf("%s has %d documents but %s names %d", path, len(docs), o.styles, len(styles))
		}
		for i := range docs {
			docs[i].style = styles[i]
		}
	} else {
		for i := range docs {
			docs[i].style = "all"
		}
	}
	bw := bufio.NewWriter(out)
	if o.predicted {
		writeScores(bw, docs, o)
	} else {
		writeCounts(bw, docs)
	}
	return bw.Flush()
}

func readFile[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return read(f)
}

// styleOrder returns the styles in order of first appearance.
func styleOrder(docs []doc) []string {
	var order []string
	seen := map[string]bool{}
	for _, d := range docs {
		if !seen[d.style] {
			seen[d.style] = true
			order = append(order, d.style)
		}
	}
	return order
}

// typeOrder puts the CoNLL types first in their usual order, then any
// others sorted.
func typeOrder(seen map[string]bool) []string {
	var out []string
	for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
		if seen[t] {
			out = append(out, t)
			delete(seen, t)
		}
	}
	var rest []string
	for t := range seen {
		rest = append(rest, t)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

type tally struct {
	docs, sents, tokens int
	ents                map[string]int
}

func writeCounts(w io.Writer, docs []doc) {
	per := map[string]*tally{}
	total := &tally{ents: map[string]int{}}
	types := map[string]bool{}
	for _, d := range docs {
		t := per[d.style]
		if t == nil {
			t = &tally{ents: map[string]int{}}
			per[d.style] = t
		}
		for _, x := range []*tally{t, total} {
			x.docs++
		}
		for _, s := range d.sents {
			for _, x := range []*tally{t, total} {
				x.sents++
				x.tokens += len(s.tokens)
			}
			for _, e := range ner.Spans(s.gold) {
				t.ents[e.Type]++
				total.ents[e.Type]++
				types[e.Type] = true
			}
		}
	}
	order := typeOrder(types)
	fmt.Fprintf(w, "%-10s %5s %6s %7s", "style", "docs", "sents", "tokens")
	for _, t := range order {
		fmt.Fprintf(w, " %6s", t)
	}
	fmt.Fprintf(w, " %8s\n", "entities")
	row := func(name string, t *tally) {
		fmt.Fprintf(w, "%-10s %5d %6d %7d", name, t.docs, t.sents, t.tokens)
		n := 0
		for _, ty := range order {
			fmt.Fprintf(w, " %6d", t.ents[ty])
			n += t.ents[ty]
		}
		fmt.Fprintf(w, " %8d\n", n)
	}
	for _, s := range styleOrder(docs) {
		row(s, per[s])
	}
	row("total", total)
}

func writeScores(w io.Writer, docs []doc, o options) {
	all := &scores{}
	per := map[string]*scores{}
	kinds := newErrorKinds(o.examples)
	for _, d := range docs {
		s := per[d.style]
		if s == nil {
			s = &scores{}
			per[d.style] = s
		}
		for _, x := range d.sents {
			all.add(x.gold, x.pred)
			s.add(x.gold, x.pred)
			kinds.add(d.style, x.tokens, ner.Spans(x.gold), ner.Spans(x.pred))
		}
	}
	overall := all.done()
	seen := map[string]bool{}
	for t := range all.byType {
		seen[t] = true
	}
	order := typeOrder(seen)

	fmt.Fprintln(w, "overall (conlleval: exact span and type)")
	fmt.Fprintf(w, "%-10s %6s %6s %7s %9s %7s %7s\n", "type", "gold", "pred", "correct", "precision", "recall", "F1")
	line := func(name string, c ner.Count) {
		fmt.Fprintf(w, "%-10s %6d %6d %7d %9.2f %7.2f %7.2f\n", name, c.Gold, c.Pred, c.Correct, c.Precision(), c.Recall(), c.F1())
	}
	for _, t := range order {
		line(t, all.byType[t])
	}
	line("overall", overall)

	fmt.Fprintln(w, "\nper style")
	fmt.Fprintf(w, "%-10s %6s %6s %7s %9s %7s %7s", "style", "gold", "pred", "correct", "precision", "recall", "F1")
	for _, t := range order {
		fmt.Fprintf(w, " %7s", t+" F1")
	}
	fmt.Fprintln(w)
	styleLine := func(name string, s *scores) {
		c := s.done()
		fmt.Fprintf(w, "%-10s %6d %6d %7d %9.2f %7.2f %7.2f", name, c.Gold, c.Pred, c.Correct, c.Precision(), c.Recall(), c.F1())
		for _, t := range order {
			if tc, ok := s.byType[t]; ok {
				fmt.Fprintf(w, " %7.2f", tc.F1())
			} else {
				fmt.Fprintf(w, " %7s", "-")
			}
		}
		fmt.Fprintln(w)
	}
	for _, st := range styleOrder(docs) {
		styleLine(st, per[st])
	}
	styleLine("all", all)

	if o.errors <= 0 {
		return
	}
	ks := kinds.sorted()
	n := 0
	for _, k := range ks {
		n += k.n
	}
	shown := min(o.errors, len(ks))
	fmt.Fprintf(w, "\nerror kinds (%d of %d kinds, %d errors)\n", shown, len(ks), n)
	for _, k := range ks[:shown] {
		fmt.Fprintf(w, "%5d  %s\n", k.n, k.kind)
		for _, ex := range k.examples {
			fmt.Fprintf(w, "         %s\n", ex)
		}
	}
}
