package extract

import (
	"strings"
	"sync"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

const benchArticle = `Putin Vows To Bolster Ties With Kim

SEOUL (Reuters) - [[North Korea|LOC]] leader [[Kim Jong Un|PER]] and [[Russian|MISC]] President [[Vladimir Putin|PER]] exchanged letters, the [[Korean Central News Agency (KCNA)|ORG]] said. [[Kim|PER]] said ties with [[Moscow|LOC]] were strong. [[Putin|PER]] told [[Kim|PER]] that [[Russia|LOC]] and the [[DPRK|ORG]] would stand together against the [[U.S.|LOC]] and [[Japan|LOC]]. [[Apple Inc.|ORG]] and the [[Minnesota Vikings|ORG]] were not mentioned, [[KCNA|LOC]] said. — Reuters`

func BenchmarkResolve(b *testing.B) {
	body, marks, err := parseMarkup(benchArticle)
	if err != nil {
		b.Fatal(err)
	}
	sents := text.Tokenize(body)
	spans := spansFor(sents, marks)
	r, err := NewResolver(ResolveOptions{})
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	for _, s := range sents {
		tokens += len(s.Tokens)
	}
	n := 0
	for b.Loop() {
		r.Resolve(body, sents, spans)
		n += tokens
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// TestResolveConcurrent resolves one article from many goroutines; run with
// -race.
func TestResolveConcurrent(t *testing.T) {
	body, marks, err := parseMarkup(benchArticle)
	if err != nil {
		t.Fatal(err)
	}
	sents := text.Tokenize(body)
	spans := spansFor(sents, marks)
	r, err := NewResolver(ResolveOptions{Aliases: []AliasRule{{Alias: "DPRK", Canonical: "North Korea"}}})
	if err != nil {
		t.Fatal(err)
	}
	want := summary(r.Resolve(body, sents, spans))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := summary(r.Resolve(body, sents, spans)); strings.Join(got, "\n") != strings.Join(want, "\n") {
					errs <- strings.Join(got, "; ")
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Resolve = %s, want %s", e, strings.Join(want, "; "))
	}
}

// FuzzResolve checks that any text and any spans give entities whose
// mentions lie inside the text, never a panic.
func FuzzResolve(f *testing.F) {
	f.Add("Putin Vows\n\nPresident Vladimir Putin met Kim Jong Un (KCNA). — Reuters", uint64(0x0102030405))
	f.Add("\"Korea#39;s\" quot;U.S.quot; S. Korea's Jones' (AP) -", uint64(7))
	f.Add("the Vikings ... Minnesota Vikings'", uint64(99))
	r, err := NewResolver(ResolveOptions{Demonyms: true})
	if err != nil {
		f.Fatal(err)
	}
	types := []Type{Person, Org, Location, Misc}
	f.Fuzz(func(t *testing.T, body string, seed uint64) {
		sents := text.Tokenize(body)
		var spans []Span
		for si, s := range sents {
			for ti := range s.Tokens {
				seed = seed*6364136223846793005 + 1442695040888963407
				if seed>>60 < 6 {
					end := ti + 1 + int(seed>>40)%3
					spans = append(spans, Span{Sentence: si, Start: ti, End: min(end, len(s.Tokens)), Type: types[int(seed>>20)%4]})
				}
			}
		}
		for _, e := range r.Resolve(body, sents, spans) {
			if e.ID == "" || e.Name == "" {
				t.Errorf("entity %+v has no id or name", e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(body) || m.Start > m.End || body[m.Start:m.End] != m.Text {
					t.Errorf("mention %+v does not match the text", m)
				}
			}
		}
	})
}
