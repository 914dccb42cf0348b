package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	_ "github.com/nergraph/nergraph/extract/prose" // registers --recognizer prose
	"github.com/nergraph/nergraph/internal/gcpace"
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
	MinConf    float64
	Relations  bool
	resolve    resolveFlags
	read       readFlags
}

func addInputFlags(cmd *cobra.Command, in *inputOptions) {
	f := cmd.Flags()
	f.StringVar(&in.Format, "input-format", "", "input format: "+strings.Join(input.Formats(), ", ")+" (default: from each file's extension, else from its content)")
	f.StringSliceVar(&in.Columns, "columns", nil, "names of the CSV columns when the file has no header row, e.g. label,title,text")
	f.IntVarP(&in.Workers, "workers", "j", runtime.NumCPU(), "number of articles processed at once")
	f.BoolVar(&in.Strict, "strict", false, "stop at the first bad record or file instead of skipping it with a warning")
	f.BoolVarP(&in.Quiet, "quiet", "q", false, "print no progress and no summary")
	f.StringVar(&in.Recognizer, "recognizer", "", "entity recognizer: "+strings.Join(extract.RecognizerNames(), " or ")+" (default: "+extract.RecognizerNames()[0]+")")
	f.BoolVar(&in.Misc, "misc", false, "keep MISC entities (events, nationalities, works) as nodes")
	f.Float64Var(&in.MinConf, "min-confidence", 0, fmt.Sprintf("leave out a node the recognizer was unsure of in every article: the least margin of an entity's best mention's type, in model units; %d suits archive news like Reuters and BBC, 0 keeps all", extract.SuggestedMinConfidence))
	f.BoolVar(&in.Relations, "relations", true, "find relations between the entities of a sentence (who did what to whom); --relations=false skips them")
	addResolveFlags(cmd, &in.resolve)
	addReadFlags(cmd, &in.read)
}

// extractor builds the Extractor the flags ask for.
func (in *inputOptions) extractor() (*extract.Extractor, error) {
	if in.Workers < 1 {
		return nil, usagef("--workers must be at least 1, got %d", in.Workers)
	}
	if in.MinConf < 0 {
		return nil, usagef("--min-confidence must be 0 or more, got %g", in.MinConf)
	}
	opts := []extract.Option{extract.WithMisc(in.Misc), extract.WithRelations(in.Relations), extract.WithMinConfidence(in.MinConf)}
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
	// The models, decoded now, are live to the end: no collection while
	// they load (a one-sentence build ran four, a tenth of its CPU).
	resume := gcpace.Pause()
	defer resume()
	return extract.New(opts...)
}

// checkInputs checks that paths name inputs that exist, before a command
// creates anything.
func checkInputs(paths []string) error {
	if len(paths) == 0 {
		return usagef("no input: give files, folders or - for standard input")
	}
	_, err := input.Files(paths)
	return err
}

// runPipeline runs extract.Run on paths with the extractor and reading
// options the flags ask for, and calls fn with each new document in input
// order. It draws a progress bar and prints warnings and skipped records on
// ErrOut, and a closing summary unless --quiet; known, when set, is asked
// about each article before it is extracted (RunOptions.Known).
func runPipeline(ctx context.Context, ios *IOStreams, in inputOptions, paths []string,
	known func(extract.Article) (bool, error), fn func(doc *extract.Doc) error) (extract.RunStats, error) {
	if err := checkInputs(paths); err != nil {
		return extract.RunStats{}, err
	}
	ex, err := in.extractor()
	if err != nil {
		return extract.RunStats{}, err
	}
	return runExtractor(ctx, ios, in, ex, paths, known, fn)
}

// runExtractor is runPipeline with an extractor the caller built, so that a
// command can check the flags and files it names (--aliases, --exclude)
// before it creates anything.
func runExtractor(ctx context.Context, ios *IOStreams, in inputOptions, ex *extract.Extractor, paths []string,
	known func(extract.Article) (bool, error), fn func(doc *extract.Doc) error) (extract.RunStats, error) {
	ro, err := in.runOptions()
	if err != nil {
		return extract.RunStats{}, err
	}
	var prog extract.Progress
	bar := newProgress(ios, in.Quiet, &prog)
	defer bar.stop()
	langWarned := 0
	warn := func(err error) {
		if errors.Is(err, extract.ErrLanguage) {
			if langWarned++; langWarned > maxLangWarnings {
				return // counted in the summary
			}
		}
		bar.clear()
		fmt.Fprintf(ios.ErrOut, "warning: %v\n", err)
	}
	ro.Workers, ro.Strict, ro.Stdin, ro.Known, ro.Warn, ro.Progress = in.Workers, in.Strict, ios.In, known, warn, &prog
	ro.Skip = func(err error) { warn(fmt.Errorf("%w (skipped)", err)) }
	st, err := extract.Run(ctx, paths, ex, ro, fn)
	if err != nil {
		return st, err
	}
	if st.Articles == 0 && st.Skipped > 0 && st.Known == 0 && st.Duplicates == 0 {
		// Nothing read, and not for want of input: an empty result would
		// pass for a real one.
		return st, fmt.Errorf("no articles read: skipped %s bad records or files, first: %v", thousands(st.Skipped), st.FirstSkip)
	}
	bar.stop()
	if !in.Quiet {
		fmt.Fprintln(ios.ErrOut, summary(st))
	}
	return st, nil
}

// maxLangWarnings is how many articles passed over for their language are
// named one by one; the summary counts them all.
const maxLangWarnings = 5

// summary is the closing line on stderr.
func summary(s extract.RunStats) string {
	msg := fmt.Sprintf("%s articles, %s tokens in %.1fs (%.0f articles/s)", thousands(s.Articles), thousands(s.Tokens),
		s.Elapsed.Seconds(), float64(s.Articles)/max(s.Elapsed.Seconds(), 1e-9))
	if s.Known > 0 {
		msg += fmt.Sprintf("; %s already known, passed over", thousands(s.Known))
	}
	if s.Duplicates > 0 {
		msg += fmt.Sprintf("; %s duplicates counted once", thousands(s.Duplicates))
	}
	if s.Unsure > 0 {
		msg += fmt.Sprintf("; %s entities of articles the recognizer was unsure of (--min-confidence: a node of only such entities is left out)", thousands(s.Unsure))
	}
	msg += readSummary(s)
	if s.Skipped > 0 {
		msg += fmt.Sprintf("; skipped %s bad records or files, first: %v", thousands(s.Skipped), s.FirstSkip)
	}
	return msg
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
