package graphstore

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract"
)

// A node that linkMisspelt made of two spellings of one name may count as
// many mentions of each; the label vote then took the longer, often the
// misspelling ("Vardell Tavin" over "Vardel Tavin"). A reader takes the
// spelling the rest of the graph writes (tail15y, issue 10).

// misspeltTie returns the other name of a node's label vote that tied
// with best between two names that are one name misspelt (the same words
// but one, misspelt), and the two words, best's first. ok is false when
// the vote did not tie so.
func misspeltTie(labels map[string]int, best string) (other, a, b string, ok bool) {
	n := labels[best]
	for name, m := range labels {
		if m != n || name == best {
			continue
		}
		if other != "" {
			return "", "", "", false // three or more tie
		}
		other = name
	}
	if other == "" {
		return "", "", "", false
	}
	a, b, ok = misspeltWords(best, other)
	return other, a, b, ok
}

// misspeltWords returns the words (lower case) in which two names of as
// many words differ, when they differ in one only, of letters alone, and
// it is misspelt.
func misspeltWords(x, y string) (string, string, bool) {
	xs, ys := strings.Fields(strings.ToLower(x)), strings.Fields(strings.ToLower(y))
	if len(xs) != len(ys) {
		return "", "", false
	}
	at := -1
	for i := range xs {
		if xs[i] != ys[i] {
			if at >= 0 {
				return "", "", false
			}
			at = i
		}
	}
	if at < 0 || len(xs[at]) < 5 || len(ys[at]) < 5 || !lettersOnly(xs[at]) || !lettersOnly(ys[at]) ||
		!misspelt(xs[at], ys[at]) {
		return "", "", false
	}
	return xs[at], ys[at], true
}

// labelWords counts the distinct names (lower case) of the nodes' labels
// that hold each word.
func labelWords(nodes []*nodeAcc) map[string]int {
	return labelWordsBy(nodes, strings.ToLower)
}

// labelWordsBy counts the distinct forms (form of a label) of the nodes'
// labels that hold each word.
func labelWordsBy(nodes []*nodeAcc, form func(string) string) map[string]int {
	seen := map[string]bool{}
	words := map[string]int{}
	for _, n := range nodes {
		for name := range n.labels {
			k := form(name)
			if seen[k] {
				continue
			}
			seen[k] = true
			for _, w := range strings.Fields(k) {
				words[w]++
			}
		}
	}
	return words
}

// mendMisspeltLabels gives each organization whose label vote tied
// between two spellings of one name (misspeltTie) the spelling whose word
// more of the graph's names hold; nodes are in order's order. A person's
// rare surname is often one letter from a common one ("Bulloch",
// "Bullock"): people are left as voted. The graph's words are counted
// only when such a tie is met.
func (acc *accumulator) mendMisspeltLabels(nodes []Node, order []int32) {
	var words, keyWords map[string]int
	for r := range nodes {
		n := acc.nodes[order[r]]
		if nodes[r].Type != extract.Org || len(n.labels) < 2 || nodes[r].Label != bestLabel(n.labels) {
			continue
		}
		other, a, b, ok := misspeltTie(n.labels, nodes[r].Label)
		if !ok {
			if other != "" && acc.keyTieTakesOther(nodes[r].Label, other, &keyWords) {
				nodes[r].Label = other
			}
			continue
		}
		if words == nil {
			words = labelWords(acc.nodes)
		}
		if words[b] > words[a] {
			nodes[r].Label = other
		}
	}
}

// lettersOnly reports whether a word is of letters alone: a name written
// with and without an apostrophe or a comma ("Vardel Growers'") is no
// misspelling.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
