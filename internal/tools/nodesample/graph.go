package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
)

// The parts of the node-link JSON that a sample needs.
type graph struct {
	Nodes []*node `json:"nodes"`
	Links []link  `json:"links"`
}

type node struct {
	ID       string  `json:"id"`
	Label    string  `json:"label"`
	Type     string  `json:"type"`
	Articles int     `json:"articles"`
	Mentions int     `json:"mentions"`
	Aliases  []alias `json:"aliases"`
}

type alias struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

type link struct {
	Source   string   `json:"source"`
	Target   string   `json:"target"`
	Articles []string `json:"articles"`
}

// readGraph reads a node-link graph. Node ids must be present and unique:
// a sample of a graph with two nodes of one id would judge an ambiguous row.
func readGraph(path string) (*graph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open graph: %w", err)
	}
	defer f.Close()
	var g graph
	if err := json.NewDecoder(f).Decode(&g); err != nil {
		return nil, fmt.Errorf("%s: invalid node-link JSON: %w", path, err)
	}
	seen := make(map[string]bool, len(g.Nodes))
	for i, n := range g.Nodes {
		if n == nil || n.ID == "" {
			return nil, fmt.Errorf("%s: node %d has no id", path, i)
		}
		if seen[n.ID] {
			return nil, fmt.Errorf("%s: node id %q appears twice", path, n.ID)
		}
		seen[n.ID] = true
	}
	if len(g.Nodes) == 0 {
		return nil, fmt.Errorf("%s: %w", path, errors.New("graph has no nodes"))
	}
	return &g, nil
}

// randomNodes draws n nodes without replacement: sorted by id, then a
// partial Fisher-Yates shuffle driven by PCG(seed, seed). The result is in
// draw order. n larger than the graph gives every node.
func randomNodes(nodes []*node, n int, seed uint64) []*node {
	s := slices.Clone(nodes)
	slices.SortFunc(s, func(a, b *node) int { return cmp.Compare(a.ID, b.ID) })
	n = min(n, len(s))
	r := rand.New(rand.NewPCG(seed, seed))
	for i := range n {
		j := i + r.IntN(len(s)-i)
		s[i], s[j] = s[j], s[i]
	}
	return s[:n]
}

// topNodes returns the n nodes in most articles, ties broken by more
// mentions, then by id.
func topNodes(nodes []*node, n int) []*node {
	s := slices.Clone(nodes)
	slices.SortFunc(s, func(a, b *node) int {
		if c := cmp.Compare(b.Articles, a.Articles); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Mentions, a.Mentions); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return s[:min(n, len(s))]
}

// nodesByID returns the nodes whose ids the file at path lists, one a line
// ("-" reads standard input), in the file's order; blank lines and ids
// already listed are skipped, and ids not in the graph are named in a
// warning.
func nodesByID(nodes []*node, path string, warn func(string)) ([]*node, error) {
	var r io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open node list: %w", err)
		}
		defer f.Close()
		r = f
	}
	byID := make(map[string]*node, len(nodes))
	for _, n := range nodes {
		byID[n.ID] = n
	}
	var out []*node
	var missing []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		id := strings.TrimSpace(sc.Text())
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		if n := byID[id]; n != nil {
			out = append(out, n)
		} else {
			missing = append(missing, id)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read node list %s: %w", path, err)
	}
	if len(missing) > 0 {
		warn(fmt.Sprintf("%d listed ids not in the graph; first: %s", len(missing), missing[0]))
	}
	return out, nil
}
