// Command nodesample draws nodes from a node-link JSON graph (as written by
// "nergraph build -f json") for judging by hand, and prints them as TSV with
// the evidence a judge needs: where each node appears and the sentence of its
// first mention.
//
// Two kinds of sample:
//
//	-random N   N nodes drawn without replacement: the nodes are sorted by
//	            id, then a PCG generator seeded by -seed (default 1) picks
//	            them by a partial Fisher-Yates shuffle, so the same graph and
//	            seed give the same nodes on any machine.
//	-top N      the N nodes in most articles, ties broken by more mentions,
//	            then by id.
//	-nodes FILE the nodes whose ids FILE lists, one a line ("-": standard
//	            input), in its order: for reading given nodes again.
//
// With -every N (and -extract and -articles) the output is not the TSV but,
// for each node, up to N of its mentions in context, article by article:
// what a judge reads before a verdict.
//
//	go run ./internal/tools/nodesample -nodes ids.txt -every 40 \
//	    -extract /tmp/bbc.ents.jsonl -articles /work/shared/data/bbc /tmp/bbc.json
//
// A node's articles are those of its links in the graph; with -extract (the
// JSONL of "nergraph extract" on the same inputs) they also include the
// articles where an extracted entity has the node's id, and the first mention
// gives the evidence. An entity whose id is not the node's (the graph may
// merge entities across articles under another id) is matched inside the
// node's link articles by name: its name or a mention's name equals the
// node's label or one of its aliases, ignoring case. With -articles (the
// inputs themselves, files or folders as given to build) the evidence is the
// sentence of that mention, the mention marked [[like this]]; without them it
// is the mention's text.
//
//	go run ./internal/tools/nodesample -random 100 -seed 1 \
//	    -extract /tmp/reuters.ents.jsonl \
//	    -articles /work/shared/data/reuters21578 /tmp/reuters.json
//
// After judging by hand (two columns added to the TSV: verdict, one of
// correct, junk, wrong-type, fragment, merged, duplicate; and a note, needed
// for every verdict but correct), -summarize writes the counts per verdict,
// the share correct with its 95% Wilson interval and the list of the nodes
// that are not correct, grouped by verdict, in Markdown:
//
//	go run ./internal/tools/nodesample -summarize docs/judging/before/*.tsv
//
// Columns: rank, id, label, type, articles, mentions, aliases (name:count,
// in the graph's order, "; " between), article_ids (up to -ids, default 3,
// in natural order: "reut2-000.sgm:9" before "reut2-000.sgm:10"; ","
// between), evidence_id (the first article in that order with a known
// mention; empty without -extract) and evidence.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// pathList is a flag that may be repeated and also takes paths separated
// by commas.
type pathList []string

func (p *pathList) String() string { return strings.Join(*p, ",") }

func (p *pathList) Set(s string) error {
	for _, f := range strings.Split(s, ",") {
		if f != "" {
			*p = append(*p, f)
		}
	}
	return nil
}

type options struct {
	summary  bool
	random   int
	top      int
	seed     uint64
	extract  string
	articles pathList
	maxIDs   int
	nodes    string
	every    int
}

func run(args []string, out, errOut io.Writer) int {
	fs := flag.NewFlagSet("nodesample", flag.ContinueOnError)
	fs.SetOutput(errOut)
	var o options
	fs.IntVar(&o.random, "random", 0, "print `N` nodes drawn at random without replacement")
	fs.IntVar(&o.top, "top", 0, "print the `N` nodes in most articles (ties: mentions, then id)")
	fs.Uint64Var(&o.seed, "seed", 1, "seed of the random draw")
	fs.StringVar(&o.extract, "extract", "", "JSONL `FILE` of \"nergraph extract\" on the same inputs, for articles and evidence")
	fs.Var(&o.articles, "articles", "input `PATH` (file or folder, as given to build) for evidence sentences; repeatable")
	fs.IntVar(&o.maxIDs, "ids", 3, "list up to `N` article ids per node")
	fs.StringVar(&o.nodes, "nodes", "", "print the nodes whose ids `FILE` lists, one a line (- for standard input), instead of a draw")
	fs.IntVar(&o.every, "every", 0, "print up to `N` mentions of each node in context (needs -extract and -articles) instead of the TSV")
	fs.BoolVar(&o.summary, "summarize", false, "read judged samples (TSV with verdict and note columns) and write their summary in Markdown")
	fs.Usage = func() {
		fmt.Fprintln(errOut, "usage: nodesample (-random N [-seed S] | -top N | -nodes FILE) [-extract FILE] [-articles PATH]... [-every N] GRAPH.json")
		fmt.Fprintln(errOut, "       nodesample -summarize JUDGED.tsv...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if o.summary {
		if fs.NArg() == 0 || o.random != 0 || o.top != 0 {
			fs.Usage()
			return 2
		}
		if err := summarize(fs.Args(), out); err != nil {
			fmt.Fprintf(errOut, "nodesample: %v\n", err)
			return 1
		}
		return 0
	}
	picks := 0
	for _, on := range []bool{o.random > 0, o.top > 0, o.nodes != ""} {
		if on {
			picks++
		}
	}
	if fs.NArg() != 1 || picks != 1 || o.random < 0 || o.top < 0 || o.maxIDs < 1 || o.every < 0 {
		fs.Usage()
		return 2
	}
	if o.every > 0 && (len(o.articles) == 0 || o.extract == "") {
		fmt.Fprintln(errOut, "nodesample: -every needs -extract and -articles (the mentions and their text)")
		return 2
	}
	if len(o.articles) > 0 && o.extract == "" {
		fmt.Fprintln(errOut, "nodesample: -articles needs -extract (the offsets of the mentions)")
		return 2
	}
	warn := func(msg string) { fmt.Fprintf(errOut, "nodesample: warning: %s\n", msg) }
	if err := runGraph(fs.Arg(0), o, out, warn); err != nil {
		fmt.Fprintf(errOut, "nodesample: %v\n", err)
		return 1
	}
	return 0
}

func runGraph(path string, o options, out io.Writer, warn func(string)) error {
	g, err := readGraph(path)
	if err != nil {
		return err
	}
	var picked []*node
	switch {
	case o.random > 0:
		picked = randomNodes(g.Nodes, o.random, o.seed)
	case o.top > 0:
		picked = topNodes(g.Nodes, o.top)
	default:
		if picked, err = nodesByID(g.Nodes, o.nodes, warn); err != nil {
			return err
		}
	}
	rows := newRows(picked, g.Nodes, g.Links)
	if o.extract != "" {
		if err := rows.addExtract(o.extract); err != nil {
			return err
		}
	}
	if len(o.articles) > 0 {
		if err := rows.addSentences(o.articles, o.every > 0, warn); err != nil {
			return err
		}
	}
	bw := bufio.NewWriter(out)
	if o.every > 0 {
		writeEvery(bw, rows, o.every)
	} else {
		writeTSV(bw, rows, o.maxIDs)
	}
	if err := bw.Flush(); err != nil {
		return errors.Join(errors.New("write output"), err)
	}
	return nil
}
