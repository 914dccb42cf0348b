package brown

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// encode numbers the words of text by decreasing frequency.
func encode(lines []string) (toks []int32, counts []int64, words []string) {
	cnt := map[string]int64{}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			cnt[w]++
		}
	}
	for w := range cnt {
		words = append(words, w)
	}
	// Decreasing count, then byte order.
	for i := 1; i < len(words); i++ {
		for j := i; j > 0; j-- {
			a, b := words[j-1], words[j]
			if cnt[a] < cnt[b] || cnt[a] == cnt[b] && a > b {
				words[j-1], words[j] = b, a
			}
		}
	}
	id := map[string]int32{}
	for i, w := range words {
		id[w] = int32(i)
		counts = append(counts, cnt[w])
	}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			toks = append(toks, id[w])
		}
		toks = append(toks, -1)
	}
	return toks, counts, words
}

func synthetic(n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	dets := []string{"the", "a", "this", "every"}
	nouns := []string{"cat", "dog", "bird", "horse", "cow", "fish"}
	verbs := []string{"runs", "walks", "sleeps", "eats", "jumps"}
	advs := []string{"quickly", "slowly", "often", "rarely"}
	var out []string
	for range n {
		var l []string
		for range 3 { // clauses, so that every class has neighbours on both sides
			l = append(l, dets[r.IntN(len(dets))], nouns[r.IntN(len(nouns))], verbs[r.IntN(len(verbs))], advs[r.IntN(len(advs))])
		}
		out = append(out, strings.Join(l, " "))
	}
	return out
}

// TestIncrementalLoss checks the loss table, kept up to date in O(1) per
// pair, against losses computed from scratch after every step.
func TestIncrementalLoss(t *testing.T) {
	toks, counts, _ := encode(synthetic(300))
	vocab := len(counts)
	right, left := bigrams(toks, vocab)
	c := newClusterer(vocab, 5, counts)
	check := func(step string) {
		S := c.S
		for a := 0; a < S; a++ {
			for b := a + 1; b < S; b++ {
				if !c.active[a] || !c.active[b] {
					continue
				}
				got, want := c.L[a*S+b], c.fullLoss(a, b)
				if math.Abs(got-want) > 1e-6*max(1, math.Abs(want)) {
					t.Fatalf("%s: loss(%d,%d) = %v, from scratch %v", step, a, b, got, want)
				}
			}
		}
	}
	for w := 0; w < vocab; w++ {
		c.add(int32(w), right, left)
		check("add")
		if c.nactive > 5 {
			c.mergeBest()
			check("merge")
		}
	}
}

// TestClusterSyntax: on text made of four word classes in fixed order,
// four clusters are the four classes.
func TestClusterSyntax(t *testing.T) {
	toks, counts, words := encode(synthetic(2000))
	res := Cluster(toks, counts, len(words), Options{Clusters: 4}, nil)
	byClass := map[string]string{}
	for i, w := range words {
		byClass[w] = res.Paths[i]
	}
	groups := [][]string{{"the", "a", "this", "every"}, {"cat", "dog", "bird", "horse", "cow", "fish"},
		{"runs", "walks", "sleeps", "eats", "jumps"}, {"quickly", "slowly", "often", "rarely"}}
	seen := map[string]bool{}
	for _, g := range groups {
		p := byClass[g[0]]
		if p == "" || seen[p] {
			t.Errorf("class of %q: path %q (empty or shared with another class)", g[0], p)
		}
		seen[p] = true
		for _, w := range g[1:] {
			if byClass[w] != p {
				t.Errorf("%q has path %q, want %q as %q", w, byClass[w], p, g[0])
			}
		}
	}
}
