package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	_ "github.com/nergraph/nergraph/extract/prose" // registers --recognizer prose
	"github.com/spf13/cobra"
)

// inputOptions are the flags shared by every command that reads articles.
type inputOptions struct {
	Format     string
	Columns    []string
	Workers    int
	Strict     bool
	Quiet      bool
	Recognizer string
	Misc       bool
	resolve    resolveFlags
	// known, when set, is asked about each article before it is extracted;
	// an article it reports known is passed over (ingest: already stored).
	known func(a extract.Article) (bool, error)
}

func addInputFlags(cmd *cobra.Command, in *inputOptions) {
	f := cmd.Flags()
	f.StringVar(&in.Format, "input-format", "", "input format: text, jsonl, csv or sgml (default: from each file's extension)")
	f.StringSliceVar(&in.Columns, "columns", nil, "names of the CSV columns when the file has no header row, e.g. label,title,text")
	f.IntVarP(&in.Workers, "workers", "j", runtime.NumCPU(), "number of articles processed at once")
	f.BoolVar(&in.Strict, "strict", false, "stop at the first bad record or file instead of skipping it with a warning")
	f.BoolVarP(&in.Quiet, "quiet", "q", false, "print no progress and no summary")
	f.StringVar(&in.Recognizer, "recognizer", "", "entity recognizer: "+strings.Join(extract.RecognizerNames(), " or ")+" (default: "+extract.RecognizerNames()[0]+")")
	f.BoolVar(&in.Misc, "misc", false, "keep MISC entities (events, nationalities, works) as nodes")
	addResolveFlags(cmd, &in.resolve)
}

// extractor builds the Extractor the flags ask for.
func (in *inputOptions) extractor() (*extract.Extractor, error) {
	if in.Workers < 1 {
		return nil, usagef("--workers must be at least 1, got %d", in.Workers)
	}
	opts := []extract.Option{extract.WithMisc(in.Misc)}
	if in.Recognizer != "" {
		r, err := extract.RecognizerByName(in.Recognizer)
		if err != nil {
			return nil, &usageError{err}
		}
		opts = append(opts, extract.WithRecognizer(r))
	}
	ro, err := in.resolve.options()
	if err != nil {
		return nil, err
	}
	opts = append(opts, extract.WithResolveOptions(ro))
	return extract.New(opts...)
}

// input is one file to read ("-" for standard input).
type inputFile struct {
	path string
	size int64
}

// expandPaths checks that every path exists and walks directories in sorted
// order, skipping hidden files and folders.
func expandPaths(paths []string) ([]inputFile, error) {
	if len(paths) == 0 {
		return nil, usagef("no input: give files, folders or - for standard input")
	}
	var out []inputFile
	for _, p := range paths {
		if p == "-" {
			out = append(out, inputFile{path: "-"})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", p, errors.Unwrap(err))
		}
		if !st.IsDir() {
			out = append(out, inputFile{path: p, size: st.Size()})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				info, err := d.Info()
				if err != nil {
					return err
				}
				out = append(out, inputFile{path: path, size: info.Size()})
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
	}
	return out, nil
}

// pipelineStats counts what a run did.
type pipelineStats struct {
	Articles   int // articles extracted and handed on
	Duplicates int // articles whose cleaned text was seen before
	Skipped    int // bad records or files skipped
	Known      int // articles passed over before extraction, as inputOptions.known asked
	Tokens     int
	FirstSkip  string
	Elapsed    time.Duration
}

// summary is the closing line on stderr.
func (s pipelineStats) summary() string {
	msg := fmt.Sprintf("%s articles, %s tokens in %.1fs (%.0f articles/s)", thousands(s.Articles), thousands(s.Tokens),
		s.Elapsed.Seconds(), float64(s.Articles)/max(s.Elapsed.Seconds(), 1e-9))
	if s.Known > 0 {
		msg += fmt.Sprintf("; %s already known, passed over", thousands(s.Known))
	}
	if s.Duplicates > 0 {
		msg += fmt.Sprintf("; %s duplicates counted once", thousands(s.Duplicates))
	}
	if s.Skipped > 0 {
		msg += fmt.Sprintf("; skipped %s bad records or files, first: %s", thousands(s.Skipped), s.FirstSkip)
	}
	return msg
}

type job struct {
	seq int
	a   extract.Article
	doc *extract.Doc
}

// runPipeline reads every input, extracts the articles on a pool of workers
// and calls fn with each new document in input order, so the result does not
// depend on the number of workers. Bad records are skipped with a warning, or
// end the run with --strict.
func runPipeline(ctx context.Context, ios *IOStreams, in inputOptions, paths []string, fn func(doc *extract.Doc) error) (pipelineStats, error) {
	var st pipelineStats
	start := time.Now()
	inputs, err := expandPaths(paths)
	if err != nil {
		return st, err
	}
	ex, err := in.extractor()
	if err != nil {
		return st, err
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var total, done atomic.Int64
	for _, f := range inputs {
		if f.size == 0 {
			total.Store(-1) // unknown
			break
		}
		total.Add(f.size)
	}
	prog := newProgress(ios, in.Quiet, &done, &total)
	defer prog.stop()

	jobs := make(chan job, 4*in.Workers)
	results := make(chan job, 4*in.Workers)
	var readErr error
	var skipped []string
	warn := func(msg string) {
		prog.clear()
		fmt.Fprintf(ios.ErrOut, "warning: %s\n", msg)
	}
	// Reader: one goroutine, inputs in order.
	go func() {
		defer close(jobs)
		seq := 0
		for _, f := range inputs {
			if err := readInput(ctx, ios, in, f, &done, func(a extract.Article) bool {
				if in.known != nil {
					known, err := in.known(a)
					if err != nil {
						readErr = err
						cancel(err)
						return false
					}
					if known {
						st.Known++
						return true
					}
				}
				select {
				case jobs <- job{seq: seq, a: a}:
					seq++
					return true
				case <-ctx.Done():
					return false
				}
			}, func(err error) error {
				if in.Strict {
					return err
				}
				skipped = append(skipped, err.Error())
				warn(err.Error() + " (skipped)")
				return nil
			}, warn); err != nil && readErr == nil {
				readErr = err
				cancel(err)
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range in.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.doc = ex.Extract(j.a)
				select {
				case results <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Collector: restore input order.
	pending := map[int]*extract.Doc{}
	next := 0
	seen := map[string]bool{}
	var fnErr error
	for j := range results {
		if fnErr != nil {
			continue // drain
		}
		pending[j.seq] = j.doc
		for {
			doc, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if seen[doc.Hash] {
				st.Duplicates++
				continue
			}
			seen[doc.Hash] = true
			st.Articles++
			st.Tokens += doc.Tokens
			prog.articles.Add(1)
			if err := fn(doc); err != nil {
				fnErr = err
				cancel(err)
				break
			}
		}
	}
	st.Elapsed = time.Since(start)
	st.Skipped = len(skipped)
	if len(skipped) > 0 {
		st.FirstSkip = skipped[0]
	}
	switch {
	case fnErr != nil:
		return st, fnErr
	case readErr != nil:
		return st, readErr
	}
	if err := ctx.Err(); err != nil {
		return st, context.Cause(ctx)
	}
	prog.stop()
	if !in.Quiet {
		fmt.Fprintln(ios.ErrOut, st.summary())
	}
	return st, nil
}

// readInput reads the articles of one input and hands each to emit. Bad
// records go to bad, which returns an error to stop.
func readInput(ctx context.Context, ios *IOStreams, in inputOptions, f inputFile, done *atomic.Int64,
	emit func(extract.Article) bool, bad func(error) error, warn func(string)) error {
	var r io.Reader
	name := f.path
	if f.path == "-" {
		r, name = ios.In, "stdin"
	} else {
		fh, err := os.Open(f.path)
		if err != nil {
			return bad(fmt.Errorf("open %s: %w", f.path, errors.Unwrap(err)))
		}
		defer fh.Close()
		r = fh
	}
	var warnings []error
	rd := input.NewReader(&countingReader{r: r, n: done}, name, input.ReaderOptions{Format: in.Format, Columns: in.Columns,
		Warn: func(err error) { warnings = append(warnings, err) }})
	for {
		a, err := rd.Read()
		for _, w := range warnings {
			if in.Strict {
				return w
			}
			warn(w.Error())
		}
		warnings = warnings[:0]
		if err == io.EOF {
			return nil
		}
		var pe *input.ParseError
		if errors.As(err, &pe) {
			if err := bad(err); err != nil {
				return err
			}
			continue
		}
		if err != nil {
			return bad(err)
		}
		if !emit(a) || ctx.Err() != nil {
			return nil
		}
	}
}

// countingReader counts the bytes read, for progress.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// thousands formats n with thousands separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var parts []string
	for len(s) > 3 {
		parts = append(parts, s[len(s)-3:])
		s = s[:len(s)-3]
	}
	parts = append(parts, s)
	slices.Reverse(parts)
	return strings.Join(parts, ",")
}
