package relate_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/relate"
)

// TestSample writes relations found in real news for judging by hand:
//
//	RELATE_SAMPLE=../shared/data/reuters21578 RELATE_N=100 go test ./extract/relate -run Sample
//
// reads the .sgm files of the folder (or one file), and writes to
// $RELATE_OUT (default relations-sample.txt in the temporary folder) N
// relations drawn at random (seeded by $RELATE_SEED) with their sentences.
func TestSample(t *testing.T) {
	src := os.Getenv("RELATE_SAMPLE")
	if src == "" {
		t.Skip("set RELATE_SAMPLE to a file or folder of articles")
	}
	n, _ := strconv.Atoi(os.Getenv("RELATE_N"))
	if n <= 0 {
		n = 100
	}
	files := []string{src}
	if st, err := os.Stat(src); err == nil && st.IsDir() {
		files, _ = filepath.Glob(filepath.Join(src, "*.sgm"))
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	m, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	type found struct {
		art  string
		rel  relate.Relation
		sent string
	}
	var all []found
	articles := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		r := input.NewReader(fh, f, input.ReaderOptions{})
		for {
			a, err := r.Read()
			if err != nil {
				break
			}
			articles++
			doc := ex.Extract(a)
			for _, s := range docSentences(m, doc) {
				for _, rel := range relate.Find(s) {
					sent := doc.Text[s.Tokens[0].Start:s.Tokens[len(s.Tokens)-1].End]
					all = append(all, found{a.ID, rel, strings.Join(strings.Fields(sent), " ")})
				}
			}
		}
		fh.Close()
	}
	seed, _ := strconv.ParseUint(os.Getenv("RELATE_SEED"), 10, 64)
	rng := rand.New(rand.NewPCG(seed, 34))
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	var b strings.Builder
	fmt.Fprintf(&b, "# %d relations in %d articles; %d drawn at random (seed %d)\n", len(all), articles, min(n, len(all)), seed)
	for i, f := range all[:min(n, len(all))] {
		r := f.rel
		arrow := ">"
		if r.Symmetric {
			arrow = "<>"
		}
		flags := ""
		if r.Negated {
			flags += " neg"
		}
		if r.Role {
			flags += " role"
		}
		fmt.Fprintf(&b, "\n%d. %s %s %s %s %s%s [%s]\n   %s: %s\n", i+1, r.Subject, arrow, r.Predicate, arrow, r.Object, flags, r.Text, f.art, f.sent)
	}
	out := os.Getenv("RELATE_OUT")
	if out == "" {
		out = filepath.Join(os.TempDir(), "relations-sample.txt")
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d relations in %d articles; sample in %s", len(all), articles, out)
}
