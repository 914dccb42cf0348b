// Command linksample draws a sample of the links that corpus linking made
// (graphstore.Graph.Links) for judging by hand, so that each rule's
// precision can be measured: it extracts the inputs as "nergraph build"
// does, builds the graph, and draws up to -n links of each rule, with the
// sentences that show them.
//
//	go run ./internal/tools/linksample -n 20 -seed 1 \
//	    /work/shared/data/reuters21578 > reuters-links.tsv
//
// The links of each rule are sorted by article and id, then drawn by a
// partial Fisher-Yates shuffle of a PCG generator seeded by -seed, so the
// same inputs and seed give the same sample.
//
// Columns: rule, article (empty for a link made in every article), from
// (the entity id linked), from_name, to (the node), to_label, score (the
// context evidence), evidence_from (the sentence of the linked name, the
// name marked [[like this]]) and evidence_to (for a link in every article,
// a sentence of the node's own name from another article).
//
// After judging, two columns are added: verdict (right or wrong) and a
// note; -summarize counts them per rule, with the share right and its 95%
// Wilson interval.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/graphstore"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, out, errOut io.Writer) int {
	fs := flag.NewFlagSet("linksample", flag.ContinueOnError)
	fs.SetOutput(errOut)
	n := fs.Int("n", 20, "links drawn of each rule")
	seed := fs.Uint64("seed", 1, "seed of the draw")
	summarize := fs.Bool("summarize", false, "summarize judged TSV files instead")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *summarize {
		if err := summarizeFiles(fs.Args(), out); err != nil {
			fmt.Fprintln(errOut, "linksample:", err)
			return 1
		}
		return 0
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(errOut, "linksample: no input")
		return 2
	}
	if err := sample(fs.Args(), *n, *seed, out, errOut); err != nil {
		fmt.Fprintln(errOut, "linksample:", err)
		return 1
	}
	return 0
}

// article is what the sample keeps of an extracted document.
type article struct {
	text     string
	entities []extract.Entity
}

// sample writes the drawn links to out and how many links each rule made
// to counts.
func sample(paths []string, n int, seed uint64, out, counts io.Writer) error {
	ex, err := extract.New()
	if err != nil {
		return err
	}
	g := graphstore.New()
	docs := map[string]article{}
	_, err = extract.Run(context.Background(), paths, ex, extract.RunOptions{Reader: input.ReaderOptions{}, Workers: runtime.NumCPU()},
		func(d *extract.Doc) error {
			if g.Add(d) {
				docs[d.Article.ID] = article{text: d.Text, entities: d.Entities}
			}
			return nil
		})
	if err != nil {
		return err
	}
	byRule := map[graphstore.LinkRule][]graphstore.Link{}
	for _, l := range g.Links() {
		byRule[l.Rule] = append(byRule[l.Rule], l)
	}
	rules := make([]string, 0, len(byRule))
	for r := range byRule {
		rules = append(rules, string(r))
	}
	slices.Sort(rules)
	ids := sortedDocs(docs)
	fmt.Fprintln(out, "rule\tarticle\tfrom\tfrom_name\tto\tto_label\tscore\tevidence_from\tevidence_to")
	for _, r := range rules {
		fmt.Fprintf(counts, "linksample: %s: %d links\n", r, len(byRule[graphstore.LinkRule(r)]))
	}
	for _, r := range rules {
		links := byRule[graphstore.LinkRule(r)]
		rng := rand.New(rand.NewPCG(seed, seed))
		k := min(n, len(links))
		for i := 0; i < k; i++ {
			j := i + rng.IntN(len(links)-i)
			links[i], links[j] = links[j], links[i]
		}
		for _, l := range links[:k] {
			writeLink(out, g, docs, ids, l)
		}
	}
	return nil
}

// writeLink writes one row.
func writeLink(out io.Writer, g *graphstore.Graph, docs map[string]article, ids []string, l graphstore.Link) {
	node, _ := g.Node(l.To)
	fromName, evFrom, evTo := "", "", ""
	if l.Article != "" {
		fromName, evFrom = evidence(docs[l.Article], l.From)
	} else {
		// A link in every article: a sentence of each name.
		for _, id := range ids {
			if evFrom == "" {
				fromName, evFrom = evidence(docs[id], l.From)
				if evFrom != "" {
					evFrom = id + ": " + evFrom
				}
			}
			if evTo == "" {
				if _, s := evidence(docs[id], l.To); s != "" {
					evTo = id + ": " + s
				}
			}
			if evFrom != "" && evTo != "" {
				break
			}
		}
	}
	fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\t%.1f\t%s\t%s\n", l.Rule, l.Article, l.From, clean(fromName), l.To,
		clean(node.Label), l.Score, clean(evFrom), clean(evTo))
}

// evidence returns the name of the entity id in an article and the text
// around its first mention, the mention marked.
func evidence(a article, id string) (string, string) {
	for _, e := range a.entities {
		if e.ID != id || len(e.Mentions) == 0 {
			continue
		}
		m := e.Mentions[0]
		from, to := max(0, m.Start-120), min(len(a.text), m.End+80)
		return e.Name, a.text[from:m.Start] + "[[" + a.text[m.Start:m.End] + "]]" + a.text[m.End:to]
	}
	return "", ""
}

func sortedDocs(docs map[string]article) []string {
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// clean keeps a cell on one line.
func clean(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "?")), " ")
}
