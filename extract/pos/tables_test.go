package pos

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

// referenceTags tags words the plain way the model was trained: every
// feature of every token looked up and summed as int32, the best tag the
// first of equals. The tagger's tables, packed lanes and sparse sums must
// give the same tags.
func referenceTags(m *Model, words []string) []Tag {
	ws, caps := sentWords(nil, words, m.cls)
	var tags []Tag
	var f []uint64
	t2, t1 := startTag, startTag
	for i := range words {
		f = appendPOSStatic(f[:0], ws, i+pad, caps)
		h := posHist(t2, t1, &ws[i+pad], &ws[i+pad+1])
		f = append(f, h[:]...)
		var sc [NumTags]int32
		m.pos.add(sc[:], f)
		best := Tag(1)
		for y := Tag(2); y < NumTags; y++ {
			if sc[y] > sc[best] {
				best = y
			}
		}
		tags = append(tags, best)
		t2, t1 = t1, best
	}
	return tags
}

// TestTablesMatchReference checks the fast tagger against referenceTags on
// sentences of every shape: words in and out of the vocabulary, met for the
// first time and again, headlines in capitals, one- and two-word sentences,
// and CoNLL-2003 test.txt when the shared data is there.
func TestTablesMatchReference(t *testing.T) {
	sents := [][]string{
		strings.Fields("The United States has accused North Korea of providing weapons to Russia ."),
		strings.Fields("Kim Jong Un and Vladimir Putin exchanged letters , KCNA said ."),
		strings.Fields("Zorblax Quintrelle acquired Flumexian Dynamics for $ 4.2 billion ."),
		strings.Fields("Zorblax Quintrelle acquired Flumexian Dynamics for $ 4.2 billion ."),
		strings.Fields("GETTY OIL BOUGHT BY TEXACO"),
		{"Hello"},
		{"Putin", "met"},
		strings.Fields("“ Russia ’s army — not Kyiv — struck first , ” he said …"),
	}
	if d := testenv.SharedDir(); d != "" {
		p := filepath.Join(d, "data/conll2003/test.txt")
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cs, err := ReadCoNLL(f, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range cs {
			sents = append(sents, s.Words)
		}
	} else {
		t.Log("CoNLL-2003 test.txt not found: the built-in sentences only")
	}
	m, err := Decode(embedded) // a fresh model: every word met for the first time
	if err != nil {
		t.Fatal(err)
	}
	for pass := range 2 { // first meetings, then the cached sums
		bad := 0
		for _, s := range sents {
			got, want := m.Tag(s), referenceTags(m, s)
			if !slices.Equal(got, want) {
				if bad++; bad <= 5 {
					t.Errorf("pass %d: %q: got %v, want %v", pass, s, got, want)
				}
			}
		}
		if bad > 0 {
			t.Errorf("pass %d: %d of %d sentences tagged unlike the reference", pass, bad, len(sents))
		}
	}
}

// TestTagsPrefix checks that AppendTagsPrefix gives the first k of the
// tags of the whole sentence, and AppendTagsRest the others after them,
// for every k, on sentences met for the first
// time and again, headlines in capitals among them.
func TestTagsPrefix(t *testing.T) {
	sents := [][]string{
		strings.Fields("The United States has accused North Korea of providing weapons to Russia ."),
		strings.Fields("GETTY OIL BOUGHT BY TEXACO AFTER LONG FIGHT"),
		strings.Fields("GETTY OIL BOUGHT BY texaco"), // capitals up to the last word only
		strings.Fields("Zorblax Quintrelle acquired Flumexian Dynamics for $ 4.2 billion ."),
		{"Hello"},
		{"Putin", "met"},
	}
	if d := testenv.SharedDir(); d != "" {
		p := filepath.Join(d, "data/conll2003/test.txt")
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cs, err := ReadCoNLL(f, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range cs[:min(len(cs), 800)] {
			sents = append(sents, s.Words)
		}
	}
	for pass := range 2 {
		m, err := Decode(embedded)
		if err != nil {
			t.Fatal(err)
		}
		bad := 0
		for _, s := range sents {
			var want []Tag
			if pass == 1 {
				want = m.Tag(s) // the words' sums made by the whole sentence first
			}
			for k := len(s); k >= 0; k-- {
				got := m.AppendTagsPrefix(nil, s, k)
				if want == nil {
					want = m.Tag(s)
				}
				if !slices.Equal(got, want[:k]) {
					if bad++; bad <= 5 {
						t.Errorf("pass %d: %q, k %d: got %v, want %v", pass, s, k, got, want[:k])
					}
				}
				// The rest tagged after the prefix gives the whole sentence's tags.
				if rest := m.AppendTagsRest(got, s); !slices.Equal(rest, want) {
					if bad++; bad <= 5 {
						t.Errorf("pass %d: %q, rest after %d: got %v, want %v", pass, s, k, rest, want)
					}
				}
			}
		}
	}
	m, _ := Default()
	if got := m.AppendTagsPrefix([]Tag{NN}, []string{"a", "b"}, 9); len(got) != 3 {
		t.Errorf("k past the end: got %d tags, want 3", len(got))
	}
}
