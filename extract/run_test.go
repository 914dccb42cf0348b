package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/extract/text"
)

// capsRecognizer tags every capitalized token but a sentence's first as a
// person, and sleeps on articles that ask for it: fast and deterministic,
// so that the pipeline is tested apart from the model.
type capsRecognizer struct{}

func (capsRecognizer) Name() string { return "caps" }

func (capsRecognizer) Recognize(sents []text.Sentence) []Span {
	var out []Span
	for si, s := range sents {
		for ti, t := range s.Tokens {
			if t.Text == "Slow" {
				time.Sleep(20 * time.Millisecond)
			}
			if ti > 0 && isCap(t.Text) {
				out = append(out, Span{Sentence: si, Start: ti, End: ti + 1, Type: Person})
			}
		}
	}
	return out
}

func isCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	ex, err := New(WithRecognizer(capsRecognizer{}))
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// writeCorpus writes n JSONL articles into dir/news.jsonl, every seventh
// the same text as the one before and every fifth slow, and returns the
// path.
func writeCorpus(t testing.TB, dir string, n int) string {
	t.Helper()
	body := func(i int) string {
		s := fmt.Sprintf("Kim met Putin%d in Seoul.", i)
		if i%5 == 0 {
			s += " Slow talks."
		}
		return s
	}
	var b strings.Builder
	for i := range n {
		text := body(i)
		if i%7 == 6 {
			text = body(i - 1)
		}
		fmt.Fprintf(&b, "{\"id\":\"a%d\",\"text\":%q}\n", i, text)
	}
	p := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunOrderAndDuplicates(t *testing.T) {
	path := writeCorpus(t, t.TempDir(), 60)
	ex := testExtractor(t)
	var want []string
	for _, workers := range []int{1, 4} {
		var got []string
		var prog Progress
		st, err := Run(context.Background(), []string{path}, ex, RunOptions{Workers: workers, Progress: &prog}, func(d *Doc) error {
			got = append(got, d.Article.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 52 || st.Duplicates != 8 || st.Articles != len(got) {
			t.Errorf("workers %d: %d articles, %d duplicates, %d handed on; want 52, 8, 52", workers, st.Articles, st.Duplicates, len(got))
		}
		if n := prog.Articles.Load(); n != int64(st.Articles) {
			t.Errorf("progress counted %d articles, want %d", n, st.Articles)
		}
		if fi, _ := os.Stat(path); prog.Read.Load() != fi.Size() || prog.Size.Load() != fi.Size() {
			t.Errorf("progress read %d of %d bytes, want %d", prog.Read.Load(), prog.Size.Load(), fi.Size())
		}
		if want == nil {
			want = got
		} else if !slices.Equal(got, want) {
			t.Errorf("workers %d: order %v, want %v", workers, got, want)
		}
	}
	if !slices.IsSortedFunc(want, func(a, b string) int {
		var x, y int
		fmt.Sscanf(a, "a%d", &x)
		fmt.Sscanf(b, "a%d", &y)
		return x - y
	}) {
		t.Errorf("documents not in input order: %v", want)
	}
}

func TestRunBadRecords(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.jsonl")
	os.WriteFile(good, []byte("{\"id\":\"1\",\"text\":\"Kim met Putin.\"}\n{broken\n{\"id\":\"2\",\"text\":\"Bad \xff byte.\"}\n"), 0o644)
	tests := []struct {
		name      string
		paths     []string
		strict    bool
		wantErr   string
		wantIDs   []string
		wantSkips []string
		wantWarns []string
	}{
		{name: "skipped", paths: []string{good, filepath.Join(dir, "b.csv")},
			wantIDs:   []string{"1", "2"},
			wantSkips: []string{good + ":2: invalid JSON"},
			wantWarns: []string{},
		},
		{name: "strict", paths: []string{good}, strict: true, wantErr: good + ":2: invalid JSON", wantIDs: []string{"1"}},
		{name: "missing", paths: []string{filepath.Join(dir, "nope.txt")}, wantErr: "input " + filepath.Join(dir, "nope.txt")},
	}
	os.WriteFile(filepath.Join(dir, "b.csv"), []byte("title,text\nT\xa3,body\n"), 0o644)
	tests[0].wantWarns = []string{filepath.Join(dir, "b.csv") + ":2: invalid UTF-8 replaced"}
	tests[0].wantIDs = append(tests[0].wantIDs, filepath.Join(dir, "b.csv")+":1")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids, skips, warns []string
			opts := RunOptions{Strict: tt.strict, Workers: 2,
				Skip: func(err error) { skips = append(skips, err.Error()) },
				Warn: func(err error) { warns = append(warns, err.Error()) }}
			st, err := Run(context.Background(), tt.paths, testExtractor(t), opts, func(d *Doc) error {
				ids = append(ids, d.Article.ID)
				return nil
			})
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one starting %q", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if tt.wantErr == "" && !slices.Equal(ids, tt.wantIDs) {
				t.Errorf("ids %q, want %q", ids, tt.wantIDs)
			}
			if !prefixes(skips, tt.wantSkips) || st.Skipped != len(tt.wantSkips) {
				t.Errorf("skipped %d: %q, want %q", st.Skipped, skips, tt.wantSkips)
			}
			if len(skips) > 0 && st.FirstSkip.Error() != skips[0] {
				t.Errorf("FirstSkip = %v, want %s", st.FirstSkip, skips[0])
			}
			if !prefixes(warns, tt.wantWarns) {
				t.Errorf("warnings %q, want %q", warns, tt.wantWarns)
			}
		})
	}
}

// prefixes reports whether each of got starts with the same element of want.
func prefixes(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if !strings.HasPrefix(got[i], want[i]) {
			return false
		}
	}
	return true
}

func TestRunKnown(t *testing.T) {
	path := writeCorpus(t, t.TempDir(), 20)
	var ids []string
	st, err := Run(context.Background(), []string{path}, testExtractor(t), RunOptions{
		Known: func(a Article) (bool, error) { return a.ID < "a2", nil }, // a0, a1, a10...a19
	}, func(d *Doc) error {
		ids = append(ids, d.Article.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Known != 12 || len(ids) != 7 { // a2...a9 less the duplicate a6
		t.Errorf("known %d, handed on %q; want 12 known and 7 handed on", st.Known, ids)
	}
	boom := errors.New("boom")
	_, err = Run(context.Background(), []string{path}, testExtractor(t), RunOptions{
		Known: func(a Article) (bool, error) { return false, boom },
	}, func(*Doc) error { return nil })
	if !errors.Is(err, boom) {
		t.Errorf("error %v, want %v", err, boom)
	}
}

func TestRunStopsOnError(t *testing.T) {
	path := writeCorpus(t, t.TempDir(), 200)
	boom := errors.New("boom")
	n := 0
	st, err := Run(context.Background(), []string{path}, testExtractor(t), RunOptions{Workers: 3}, func(*Doc) error {
		n++
		if n == 10 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || n != 10 || st.Articles != 10 {
		t.Errorf("error %v after %d calls (%d articles), want %v after 10", err, n, st.Articles, boom)
	}
}

func TestRunCancel(t *testing.T) {
	path := writeCorpus(t, t.TempDir(), 2000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	st, err := Run(ctx, []string{path}, testExtractor(t), RunOptions{Workers: 2}, func(*Doc) error {
		n++
		if n == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if n != 5 || st.Articles != 5 {
		t.Errorf("fn called %d times (%d articles) after cancelling at the 5th, want 5", n, st.Articles)
	}
}

// TestRunCancelBlockedStdin cancels a run whose standard input never
// delivers: Run returns at once, and no callback runs after it.
func TestRunCancelBlockedStdin(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var after atomic.Bool
	var returned atomic.Bool
	done := make(chan error, 1)
	go func() {
		_, err := Run(ctx, []string{"-"}, testExtractor(t), RunOptions{Stdin: pr, Reader: input.ReaderOptions{Format: input.FormatJSONL},
			Skip: func(error) {
				if returned.Load() {
					after.Store(true)
				}
			}}, func(*Doc) error { return nil })
		returned.Store(true)
		done <- err
	}()
	pw.Write([]byte("{\"id\":\"1\",\"text\":\"Kim.\"}\n"))
	time.Sleep(20 * time.Millisecond) // the reader waits for more
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel while stdin blocked")
	}
	// The abandoned read returns a bad record: no Skip now.
	go func() {
		pw.Write([]byte("{broken\n"))
		pw.Close()
	}()
	time.Sleep(20 * time.Millisecond)
	if after.Load() {
		t.Error("Skip was called after Run returned")
	}
}
