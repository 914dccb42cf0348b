package graphstore

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// readRulesCorpus reads testdata/rules/counts.jsonl, one article a line,
// fixed so that only a change of the rules changes what is made of them:
// the mention rows a store keeps of testdata/articles, testdata/inputs and
// the articles of testdata/resolution (markup taken out), as nergraph's
// recognizer and resolver of 2026-12-02 made them (146 articles), and 160
// generated articles whose short names and types relink as they grow (the
// relinkDocs of graphstore/sqlite's tests, seed 0: Putin, Vladimir and Ivan
// Putin; Apple as a place and as a firm; Red Sox and Boston Red Sox).
func readRulesCorpus(t *testing.T) []ArticleCounts {
	t.Helper()
	f, err := os.Open("testdata/rules/counts.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []ArticleCounts
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a ArticleCounts
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("testdata/rules/counts.jsonl:%d: %v", len(out)+1, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// rulesHash hashes what the cache of a store holds of arts: the links made
// in every article and in each article's own context, every node with its
// tally's vote, and every edge.
func rulesHash(t *testing.T, arts []ArticleCounts) (string, int, int) {
	t.Helper()
	h := sha256.New()
	put := func(v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		h.Write(b)
		io.WriteString(h, "\n")
	}
	l := LinkCorpus(arts)
	remap := l.Remap()
	for _, k := range slices.Sorted(mapKeys(remap)) {
		put([2]string{k, remap[k]})
	}
	for i := range arts {
		in := l.InArticle(i)
		for _, k := range slices.Sorted(mapKeys(in)) {
			put([3]string{fmt.Sprint(i), k, in[k]})
		}
	}
	// The tallies a store's cache keeps per node (node_tallies), which
	// hold the votes behind a node's label and type: the vote of a name
	// can change without changing the winner, and the cache adds later
	// articles' votes to it.
	tallies := map[string]*NodeTally{}
	for i, a := range arts {
		for _, e := range MergeLinked(NormalizeEntities(a.Entities), func(id string) string { return l.To(i, id) }) {
			t := tallies[e.ID]
			if t == nil {
				t = &NodeTally{ID: e.ID}
				tallies[e.ID] = t
			}
			t.Add(e, a.Info.Date)
		}
	}
	for _, id := range slices.Sorted(mapKeys(tallies)) {
		put(tallies[id])
	}
	g := New()
	for _, a := range arts {
		g.AddCounts(a)
	}
	nodes, edges := 0, 0
	for _, n := range g.Nodes() {
		put(n)
		nodes++
	}
	for _, e := range g.Edges() {
		put(e)
		edges++
	}
	for _, c := range ruleCases() {
		put(c.name)
		putCase(put, c.docs)
	}
	return hex.EncodeToString(h.Sum(nil)), nodes, edges
}

// ruleCases are the corpora of the linking rules' own tests, which the
// fixed corpus may not meet: the rules of CacheRules 2 (possessive short
// names, a surname between its article's own full names, a club's town,
// generic facilities) changed no link of testdata/rules, nor do the org
// prefix and group name rules. A new linking rule adds its test's corpora
// here.
func ruleCases() []nodeCase {
	var all []nodeCase
	for _, set := range []struct {
		name  string
		cases []nodeCase
	}{
		{"partials", partialCases()},
		{"context", contextCases()},
		{"club town", clubTownCases()},
		{"facilities", facilityCases()},
		{"town states", townStateCases()},
		{"possessive", possessiveCases()},
		{"own names", ownNamesCases()},
		{"town bodies", townBodyCases()},
		{"club town known", clubTownKnownCases()},
		{"place units", placeUnitCases()},
		{"type section", typeSectionCases()},
		{"line-up team", lineupTeamCases()},
		{"acronym split", acronymSplitCases()},
		{"kind split", kindSplitCases()},
		{"double barrel", doubleBarrelCases()},
		{"line-up kinds", lineupKindCases()},
		{"parent arms", armCases()},
		{"acronym first word", acronymFirmCases()},
		{"companion", companionCases()},
		{"of country", ofCountryCases()},
		{"compact names", compactCases()},
		{"acronym bodies", acronymBodyCases()},
		{"country bodies", countryBodyCases()},
		{"group shorts", groupShortCases()},
		{"shorts in long", shortInLongCases()},
		{"given names", givenNameCases()},
		{"misspelt", misspeltCases()},
		{"misspelt short", misspeltShortCases()},
		{"common word typo", commonWordTypoCases()},
		{"initial surname", initialSurnameCases()},
		{"particle names", particleCases()},
		{"particle surnames", particleSurnameCases()},
		{"connective names", connectiveCases()},
		{"and prefixes", andPrefixCases()},
		{"of order", ofOrderCases()},
	} {
		for _, c := range set.cases {
			c.name = set.name + ": " + c.name
			all = append(all, c)
		}
	}
	return all
}

// putCase puts what a graph of docs, added in their order, makes of them:
// the node of each entity of each article, and the graph's nodes and
// edges.
func putCase(put func(any), docs []*extract.Doc) {
	g := New()
	for _, d := range docs {
		g.Add(d)
	}
	for _, d := range docs {
		ids := make([]string, len(d.Entities))
		for i, e := range d.Entities {
			ids[i] = e.ID
		}
		slices.Sort(ids)
		for _, id := range ids {
			put([3]string{d.Article.ID, id, g.CanonicalIn(d.Article.ID, id)})
		}
	}
	for _, n := range g.Nodes() {
		put(n)
	}
	for _, e := range g.Edges() {
		put(e)
	}
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestCacheRules guards CacheRules: a change to what the graph makes of
// stored rows changes the hash, and must bump CacheRules so that stores
// recompute their caches rather than mix the old rules with the new.
func TestCacheRules(t *testing.T) {
	arts := readRulesCorpus(t)
	got, nodes, edges := rulesHash(t, arts)
	if nodes < 100 || edges < 500 {
		t.Fatalf("the corpus makes %d nodes and %d edges: too few to guard the rules", nodes, edges)
	}
	if got != cacheRulesHash {
		t.Fatalf("linking rules changed: bump graphstore.CacheRules and update the hash (cacheRulesHash in rules.go) to %s (CacheRules is %d)", got, CacheRules)
	}
}
