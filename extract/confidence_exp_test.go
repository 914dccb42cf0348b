package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/internal/testenv"
)

// TestConfidenceExperiment writes, for every hand-judged random node of
// docs/judging/final*/ and each of its articles, the confidence features
// of the entity the current code makes of it there, to the file named by
// NERGRAPH_CONF_EXP (skipped when unset). The fitting and the held-out
// table are docs/judging/confidence.py's.
func TestConfidenceExperiment(t *testing.T) {
	out := os.Getenv("NERGRAPH_CONF_EXP")
	if out == "" {
		t.Skip("set NERGRAPH_CONF_EXP=FILE to write the confidence experiment's features")
	}
	shared := testenv.Shared(t, "data")
	type node struct {
		draw, corpus, rank, id, label, typ, verdict, articles string
		names                                                 []string
		arts                                                  []string
	}
	var nodes []node
	need := map[string]bool{}
	tsvs, _ := filepath.Glob("../docs/judging/final*/*-random100.tsv")
	for _, p := range tsvs {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			f := strings.Split(line, "\t")
			if i == 0 || len(f) < 10 {
				continue
			}
			n := node{draw: filepath.Base(filepath.Dir(p)), corpus: strings.TrimSuffix(filepath.Base(p), "-random100.tsv"),
				rank: f[0], id: f[1], label: f[2], typ: f[3], articles: f[4], verdict: f[9], names: []string{f[2]}}
			for _, a := range strings.Split(f[6], "; ") {
				if k := strings.LastIndex(a, ":"); k > 0 {
					n.names = append(n.names, a[:k])
				}
			}
			for _, a := range strings.Split(f[7], ",") {
				a = strings.TrimPrefix(a, "/work/shared/data/")
				n.arts = append(n.arts, a)
				need[a] = true
			}
			nodes = append(nodes, n)
		}
	}
	ex, err := New(WithRelations(false), WithMinConfidence(0))
	if err != nil {
		t.Fatal(err)
	}
	type hit struct {
		e Entity
		f confFeatures
	}
	var cur []hit
	ex.res.confHook = func(e Entity, g *group) { cur = append(cur, hit{e, g.confFeatures()}) }
	byArt := map[string][]hit{}
	var paths []string
	sgm, _ := filepath.Glob(filepath.Join(shared, "reuters21578/reut2-*.sgm"))
	paths = append(paths, sgm...)
	for _, d := range []string{"business", "entertainment", "politics", "sport", "tech"} {
		txt, _ := filepath.Glob(filepath.Join(shared, "bbc", d, "*.txt"))
		paths = append(paths, txt...)
	}
	for _, p := range paths {
		rel, _ := filepath.Rel(shared, p)
		if strings.HasSuffix(p, ".txt") && !need[rel] {
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		rd := input.NewReader(f, p, input.ReaderOptions{})
		for {
			a, err := rd.Read()
			if err != nil {
				break
			}
			id := strings.TrimPrefix(a.ID, shared+"/")
			if !need[id] {
				continue
			}
			cur = cur[:0]
			ex.Extract(a)
			byArt[id] = slices.Clone(cur)
		}
		f.Close()
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "draw\tcorpus\trank\tid\tlabel\ttype\tverdict\tarticles\tart\tmatch\tent_id\tent_type\tscored\tmentions\tmax\tmean\theadline\tcaps\twords\tknown")
	for _, n := range nodes {
		for _, a := range n.arts {
			hits, seen := byArt[a]
			match, best := "none", -1
			if !seen {
				match = "noarticle"
			}
			for i, h := range hits {
				switch {
				case h.e.ID == n.id:
					match, best = "id", i
				case best < 0 && slices.Contains(n.names, h.e.Name):
					match, best = "name", i
				}
				if match == "id" {
					break
				}
			}
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s", n.draw, n.corpus, n.rank, n.id, n.label, n.typ, n.verdict, n.articles, a, match)
			if best < 0 {
				fmt.Fprintf(bw, "\t\t\t0\t0\t0\t0\t0\t0\t0\t0\n")
				continue
			}
			h := hits[best]
			fmt.Fprintf(bw, "\t%s\t%s\t%d\t%d\t%.3f\t%.3f\t%d\t%d\t%d\t%d\n", h.e.ID, h.e.Type, h.f.scored, h.f.mentions, h.f.max, h.f.mean, boolInt(h.f.headline), boolInt(h.f.caps), h.f.words, boolInt(h.f.known))
		}
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
