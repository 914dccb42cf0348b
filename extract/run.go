package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nergraph/nergraph/extract/dedup"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/extract/lang"
	txt "github.com/nergraph/nergraph/extract/text"
)

// RunOptions says how [Run] reads its inputs and reports on them.
type RunOptions struct {
	// Reader says how to read each input: its format and CSV columns. Its
	// Warn is not used; set Warn below.
	Reader input.ReaderOptions
	// Workers is how many articles are extracted at once; 0 or less means
	// runtime.GOMAXPROCS(0). The result does not depend on it.
	Workers int
	// Strict ends the run at the first bad record or file, or the first
	// warning, and returns it. Otherwise bad records and files are skipped:
	// counted, and handed to Skip.
	Strict bool
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Known, when set, is asked about each article before it is extracted;
	// an article it reports known is passed over and counted in
	// RunStats.Known (ingest: the store holds it). An error from Known ends
	// the run.
	Known func(a Article) (bool, error)
	// Warn, when set, is called with each recoverable problem in a record
	// that is kept, such as invalid UTF-8 replaced: an *input.ParseError.
	Warn func(err error)
	// Skip, when set, is called with each bad record or file skipped: an
	// *input.ParseError, or an error naming the file.
	Skip func(err error)
	// Progress, when set, is updated while the run goes, for a progress bar.
	Progress *Progress
	// Dedup says which articles are counted once: DedupExact (the
	// default, "") those whose cleaned text was seen before, DedupNear
	// also those nearly the same as one seen before (package dedup), and
	// DedupOff none.
	Dedup string
	// Duplicate, when set, is called with each article not handed on as a
	// duplicate, the id of the article it repeats and their similarity (1
	// for the same text).
	Duplicate func(id, of string, similarity float64)
	// Lang is the language of the articles kept: "" or "en" keeps English
	// ones and those too short to tell (package lang), "any" keeps all,
	// another ISO 639-1 code keeps that language. An article passed over
	// for its language is counted and handed to Warn as an error wrapping
	// [ErrLanguage].
	Lang string
	// Since and Until, when not zero, keep only the articles dated in
	// [Since, Until]; articles outside are counted as out of range, those
	// without a date as undated.
	Since, Until time.Time
}

// The values of RunOptions.Dedup.
const (
	DedupExact = "exact"
	DedupNear  = "near"
	DedupOff   = "off"
)

// ErrLanguage is wrapped by the warning for an article passed over for its
// language.
var ErrLanguage = errors.New("not in the language asked for")

// Progress counts the work of a run while it goes. Its fields may be read
// from any goroutine at any time.
type Progress struct {
	Read     atomic.Int64 // bytes of input read so far
	Size     atomic.Int64 // bytes of all inputs, -1 when unknown (standard input, an empty or special file)
	Articles atomic.Int64 // articles handed on so far
}

// RunStats counts what a run did.
type RunStats struct {
	Articles       int            // articles handed to fn
	Duplicates     int            // articles whose cleaned text was seen before in the run, not handed on
	NearDuplicates int            // with DedupNear: articles nearly the same as one seen before, not handed on
	OtherLanguage  map[string]int // articles passed over for their language, by language
	Undated        int            // with Since or Until: articles without a date, passed over
	OutOfRange     int            // with Since or Until: articles dated outside, passed over
	Warnings       int            // problems in records that were kept, handed to Warn
	Known          int            // articles passed over because RunOptions.Known reported them
	Skipped        int            // bad records and files skipped
	FirstSkip      error          // the first of them
	Tokens         int            // tokens of the articles handed to fn
	Unsure         int            // entities of articles marked Unsure: the recognizer was unsure of them (Doc.Unsure)
	Elapsed        time.Duration

	notExtracted int // duplicates a worker did not extract (seenTexts.claim), for the tests
}

// Run reads the articles of the files, folders (walked in sorted order) and
// standard input ("-") that paths name, extracts them with ex on
// opts.Workers goroutines, and calls fn with each document in input order,
// from the goroutine that called Run, so that the result does not depend on
// the number of workers. An article whose cleaned text was seen before (or,
// with DedupNear, one nearly the same) is counted as a duplicate and not
// handed on; so is one in another language than opts.Lang, or dated
// outside opts.Since and opts.Until. Known, Warn, Skip and Duplicate are
// called one at a time, in input order for each kind, while fn may be
// running.
//
// Run returns when every input is read and handed on, or at the first error:
// a path that does not exist ([input.Files]), an error from fn or Known, an
// input that cannot be read or, with Strict, a bad record. When ctx is
// cancelled Run stops reading, hands nothing more to fn and returns
// ctx.Err(); an input blocked in a read (a terminal, a pipe) is abandoned to
// a goroutine that ends when that read returns, and no callback is called
// after Run returns. The stats count what was done until then.
func Run(ctx context.Context, paths []string, ex *Extractor, opts RunOptions, fn func(*Doc) error) (RunStats, error) {
	start := time.Now()
	switch opts.Dedup {
	case "", DedupExact, DedupNear, DedupOff:
	default:
		return RunStats{}, fmt.Errorf("unknown dedup mode %q (known: exact, near, off)", opts.Dedup)
	}
	files, err := input.Files(paths)
	if err != nil {
		return RunStats{}, err
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if opts.Progress == nil {
		opts.Progress = new(Progress)
	}
	opts.Progress.Size.Store(totalSize(files))
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	parent := ctx
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	p := &pipeline{opts: opts, ctx: ctx, cancel: cancel,
		jobs:     make(chan job, 4*workers),
		results:  make(chan job, 4*workers),
		inflight: make(chan struct{}, 16*workers),
		seen:     newSeenTexts(),
	}
	if ex.pos != nil {
		// Room for each worker's batch (see pipeline.extract).
		p.inflight = make(chan struct{}, (16+relationBatch)*workers)
	}
	go p.readAll(files)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() { p.extract(ex) })
	}
	go func() { wg.Wait(); close(p.results) }()
	st, fnErr := p.collect(fn)
	readErr := p.close(&st)
	st.Elapsed = time.Since(start)
	switch {
	case fnErr != nil:
		return st, fnErr
	case readErr != nil:
		return st, readErr
	case parent.Err() != nil:
		return st, parent.Err()
	}
	return st, nil
}

// totalSize is the size of all files, or -1 when one is of unknown size.
func totalSize(files []input.File) int64 {
	var n int64
	for _, f := range files {
		if f.Size == 0 {
			return -1
		}
		n += f.Size
	}
	return n
}

// job is one article on its way through the pipeline; seq is its place in
// the input order. A web page read unparsed becomes its parts: one, or one
// per paragraph when it is long.
type job struct {
	seq   int
	a     Article
	parts []part
	warns []error // from parsing a page
	err   error   // a page that could not be parsed
}

// part is one article a job hands on, or passes over for its language.
type part struct {
	a    Article
	doc  *Doc            // nil when passed over
	lang string          // the language detected, when passed over
	sig  dedup.Signature // with DedupNear
	// dup is set when the worker found the text certainly a duplicate
	// and did not extract it: doc then holds only the article and Hash.
	dup bool
	// sents are the doc's sentences until the worker has found its
	// relations.
	sents []txt.Sentence
}

// relate finds the relations of the part's document, unless it is a
// duplicate not extracted.
func (pt *part) relate(ex *Extractor) {
	if !pt.dup {
		ex.addRelations(pt.doc, pt.sents)
	}
	pt.sents = nil
}

// pipeline is one run: a reading goroutine feeds jobs to the workers, whose
// results the collector hands on in input order. inflight bounds the
// articles read and not yet handed on, so that memory stays bounded when
// one article is slow.
type pipeline struct {
	opts     RunOptions
	ctx      context.Context
	cancel   context.CancelCauseFunc
	jobs     chan job
	results  chan job
	inflight chan struct{}
	seen     *seenTexts // the texts seen, shared by the workers and the collector

	// Guarded by mu, shared by the reading goroutine and Run: closed is set
	// when Run returns, after which no callback is called.
	mu         sync.Mutex
	closed     bool
	known      int
	skipped    int
	firstSkip  error
	readErr    error
	warnings   int
	undated    int
	outOfRange int
}

// extract is a worker: it extracts the articles of jobs until there are no
// more or the run is cancelled. An article in another language than asked
// for is not extracted, nor one whose text an earlier article holds (see
// pipeline.work). With relations, a worker finds the entities of the
// jobs waiting for it, up to relationBatch of them or relationBatchBytes
// of text, before it finds their relations and hands them on: the tagger
// and the recognizer, each with tables of megabytes, then take turns once
// a batch, not once an article, and find more of their tables in the
// processor's caches (AG News: the relations cost 20-25% less CPU in
// batches of 128 than one by one, and a whole build with relations some
// 2-4% less again in batches of 512 than of 128). It never waits long for a batch to fill: with no job
// coming within batchWait, it hands on what it has.
func (p *pipeline) extract(ex *Extractor) {
	var batch []job
	size := 0
	wait := time.NewTimer(batchWait)
	wait.Stop()
	defer wait.Stop()
	flush := func() bool {
		for k := range batch {
			for i := range batch[k].parts {
				batch[k].parts[i].relate(ex)
			}
			select {
			case p.results <- batch[k]:
			case <-p.ctx.Done():
				return false
			}
			batch[k] = job{}
		}
		batch, size = batch[:0], 0
		return true
	}
	for {
		var j job
		var ok bool
		if len(batch) == 0 {
			select {
			case <-p.ctx.Done():
				return
			case j, ok = <-p.jobs:
			}
		} else {
			select {
			case <-p.ctx.Done():
				return
			case j, ok = <-p.jobs:
			default:
				// None waiting: the reader may be a moment behind. A
				// job that comes soon joins the batch; else it goes on.
				wait.Reset(batchWait)
				select {
				case <-p.ctx.Done():
					return
				case j, ok = <-p.jobs:
					wait.Stop()
				case <-wait.C:
					if !flush() {
						return
					}
					continue
				}
			}
		}
		if !ok {
			flush()
			return
		}
		p.work(ex, &j)
		batch = append(batch, j)
		for _, pt := range j.parts {
			if pt.doc != nil {
				size += len(pt.doc.Text)
			}
		}
		if ex.pos == nil || len(batch) >= relationBatch || size >= relationBatchBytes {
			if !flush() {
				return
			}
		}
	}
}

// relationBatch and relationBatchBytes bound the articles a worker
// extracts before it finds their relations, and batchWait the time it
// waits for the next job before it hands on a batch (see
// pipeline.extract).
const (
	relationBatch      = 512
	relationBatchBytes = 4 << 20
	batchWait          = time.Millisecond
)

// work parses a job's page, if any, splits it when long, and extracts its
// parts, passing over those in another language than asked for. Unless
// dedup is off, a part whose cleaned text an earlier job in input order
// holds is not extracted (seenTexts.claim): the collector passes it over
// as a duplicate, which needs only its id and Hash.
func (p *pipeline) work(ex *Extractor, j *job) {
	parts := []Article{j.a}
	if j.a.HTML != "" {
		a, warns, err := input.ParsePage(j.a, p.opts.Reader)
		j.warns, j.err = warns, err
		if err != nil {
			return
		}
		parts = input.SplitParagraphs(a, splitSize(p.opts.Reader))
		if len(parts) > 1 {
			j.warns = append(j.warns, &input.ParseError{File: a.ID, Err: fmt.Errorf("%w: a page with %s of text: read as %d articles, one per paragraph (--split-size sets the size)",
				input.ErrSplit, input.FormatSize(int64(len(a.Text))), len(parts))})
		}
	}
	for _, a := range parts {
		pt := part{a: a}
		c := cleanArticle(a)
		if l, keep := keepLang(p.opts.Lang, a, c); !keep {
			pt.lang = l
		} else if sum := sha256.Sum256([]byte(c.joined)); p.opts.Dedup != DedupOff && p.seen.claim(sum, j.seq) {
			pt.doc = &Doc{Article: c.a, Hash: hex.EncodeToString(sum[:])}
			pt.dup = true
		} else {
			pt.doc, pt.sents = ex.entitiesOf(c, sum) // relations when its batch is done
			if p.opts.Dedup == DedupNear {
				pt.sig = dedup.Sign(pt.doc.Text)
			}
		}
		j.parts = append(j.parts, pt)
	}
}

// splitSize is the size above which an article is split, as the reader
// options say; 0 when never.
func splitSize(o input.ReaderOptions) int {
	switch {
	case o.SplitSize < 0:
		return 0
	case o.SplitSize == 0:
		return input.DefaultSplitSize
	}
	return o.SplitSize
}

// keepLang detects the language of an article and says whether want keeps
// it: "any" keeps all, "" or "en" English and too short to tell, another
// code that language and too short to tell. c is the article cleaned.
//
// It reads the cleaned text (markup and entity debris out): the first
// 16 KB of the text, with the title before it when the text is shorter
// than 4 KB. The text cleaned is that of c, cleaned once for both the
// language and the entities, except for a text longer than 16 KB, whose
// first 16 KB are cleaned apart. Cleaning the title, a blank line and the
// text together, as keepLang did, gives the title and the text cleaned
// apart and joined by a blank line (no step of Clean looks across a blank
// line), but for a bracket that begins the text after a capitalized word
// ending the title ("Steel" / "<Ltd> said"), dropped together and kept
// apart: a bracket is no letter, so the words, and the language, are the
// same.
func keepLang(want string, a Article, c cleaned) (string, bool) {
	if want == "any" {
		return "", true
	}
	if want == "" {
		want = "en"
	}
	var text string
	switch {
	case len(a.Text) > 16<<10:
		text = txt.Clean(a.Text[:16<<10]) // as much as Detect reads
	case len(a.Text) >= 4096:
		text = c.a.Text
	default:
		text = c.joined
	}
	got := lang.Detect(text).Lang
	return got, got == lang.Unknown || got == want
}

// collect hands the documents to fn in input order, skipping duplicates,
// until the results end. After an error from fn or a cancellation it only
// drains them.
func (p *pipeline) collect(fn func(*Doc) error) (RunStats, error) {
	var st RunStats
	pending := map[int]job{}
	seen := p.seen          // hash → id
	ids := map[string]int{} // id → articles handed on under it
	var near *dedup.Index
	if p.opts.Dedup == DedupNear {
		near = dedup.NewIndex(0)
	}
	next := 0
	var fnErr error
	stopped := false
	for j := range p.results {
		if stopped {
			continue
		}
		pending[j.seq] = j
		for j, ok := pending[next]; ok && !stopped; j, ok = pending[next] {
			delete(pending, next)
			next++
			<-p.inflight
			if p.ctx.Err() != nil {
				stopped = true
				break
			}
			if err := p.handOn(&st, j, seen, ids, near, fn); err != nil {
				fnErr = err
				p.cancel(err)
				stopped = true
			}
		}
	}
	return st, fnErr
}

// handOn hands the parts of a job to fn, in order, after its warnings; a
// page that could not be parsed is a bad record. It returns the error that
// ends the run: fn's, or the bad record's with Strict.
func (p *pipeline) handOn(st *RunStats, j job, seen *seenTexts, ids map[string]int, near *dedup.Index, fn func(*Doc) error) error {
	for _, w := range j.warns {
		if p.opts.Strict {
			return w
		}
		p.warn(w)
	}
	if j.err != nil {
		return p.bad(j.err)
	}
	for _, pt := range j.parts {
		if pt.dup {
			st.notExtracted++
		}
		if !p.keep(st, pt, seen, near) {
			continue
		}
		p.uniqueID(pt.doc, ids)
		st.Articles++
		st.Tokens += pt.doc.Tokens
		st.Unsure += pt.doc.Unsure
		p.opts.Progress.Articles.Add(1)
		if err := fn(pt.doc); err != nil {
			return err
		}
	}
	return nil
}

// keep counts an article passed over for its language or as a duplicate,
// and reports whether it goes on.
func (p *pipeline) keep(st *RunStats, j part, seen *seenTexts, near *dedup.Index) bool {
	if j.doc == nil {
		if st.OtherLanguage == nil {
			st.OtherLanguage = map[string]int{}
		}
		st.OtherLanguage[j.lang]++
		p.warn(fmt.Errorf("%s: %w: detected %s; --lang any keeps it", j.a.ID, ErrLanguage, j.lang))
		return false
	}
	if p.opts.Dedup == DedupOff {
		return true
	}
	id := j.doc.Article.ID
	if of, ok := seen.lookup(j.doc.Hash); ok {
		st.Duplicates++
		p.duplicate(id, of, 1)
		return false
	}
	seen.add(j.doc.Hash, id)
	if near != nil {
		if of, sim := near.Add(id, j.sig); of != "" {
			st.NearDuplicates++
			p.duplicate(id, of, sim)
			return false
		}
	}
	return true
}

// uniqueID renames a document whose id was handed on before with another
// text, "ID#2", "ID#3", ..., with a warning: two articles under one id
// would be taken for one downstream, and the second lost.
func (p *pipeline) uniqueID(doc *Doc, ids map[string]int) {
	id := doc.Article.ID
	n := ids[id]
	ids[id] = n + 1
	if n == 0 {
		return
	}
	for {
		n++
		doc.Article.ID = fmt.Sprintf("%s#%d", id, n)
		if ids[doc.Article.ID] == 0 {
			break
		}
	}
	ids[doc.Article.ID] = 1
	p.warn(fmt.Errorf("%s: id seen before with another text: counted as %s", id, doc.Article.ID))
}

func (p *pipeline) duplicate(id, of string, sim float64) {
	if p.opts.Duplicate != nil {
		p.call(func() { p.opts.Duplicate(id, of, sim) })
	}
}

// warn hands a warning to Warn and counts it.
func (p *pipeline) warn(err error) {
	p.call(func() {
		p.warnings++
		if p.opts.Warn != nil {
			p.opts.Warn(err)
		}
	})
}

// close ends the run for the reading goroutine, which may still be blocked
// in a read, copies its counts into st and returns the error that ended
// reading, if any.
func (p *pipeline) close(st *RunStats) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	st.Known, st.Skipped, st.FirstSkip = p.known, p.skipped, p.firstSkip
	st.Warnings, st.Undated, st.OutOfRange = p.warnings, p.undated, p.outOfRange
	return p.readErr
}

// errClosed stops a reading goroutine that outlived its run.
var errClosed = errors.New("run ended")

// call runs f unless Run has returned, so that no callback outlives Run.
func (p *pipeline) call(f func()) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	f()
	return true
}

// readAll reads the files in order and sends their articles to the
// workers, until the end or an error, which cancels the run.
func (p *pipeline) readAll(files []input.File) {
	defer close(p.jobs)
	seq := 0
	emit := func(a Article) error {
		if !p.inRange(a) {
			return nil
		}
		if p.opts.Known != nil {
			var known bool
			var err error
			if !p.call(func() { known, err = p.opts.Known(a) }) {
				return errClosed
			}
			if err != nil {
				return err
			}
			if known {
				p.call(func() { p.known++ })
				return nil
			}
		}
		select {
		case p.inflight <- struct{}{}:
		case <-p.ctx.Done():
			return nil
		}
		select {
		case p.jobs <- job{seq: seq, a: a}:
			seq++
		case <-p.ctx.Done():
		}
		return nil
	}
	for _, f := range files {
		if p.ctx.Err() != nil {
			return
		}
		if err := p.readFile(f, emit); err != nil {
			p.call(func() { p.readErr = err })
			p.cancel(err)
			return
		}
	}
}

// inRange reports whether an article is dated within Since and Until,
// counting those passed over.
func (p *pipeline) inRange(a Article) bool {
	if p.opts.Since.IsZero() && p.opts.Until.IsZero() {
		return true
	}
	switch {
	case a.Date.IsZero():
		p.call(func() { p.undated++ })
	case !p.opts.Since.IsZero() && a.Date.Before(p.opts.Since), !p.opts.Until.IsZero() && a.Date.After(p.opts.Until):
		p.call(func() { p.outOfRange++ })
	default:
		return true
	}
	return false
}

// readFile reads the articles of one input and hands each to emit. A bad
// record or file is skipped, or ends the run with Strict.
func (p *pipeline) readFile(f input.File, emit func(Article) error) error {
	if f.Err != nil {
		return p.bad(f.Err)
	}
	var r io.Reader = p.opts.Stdin
	name := "stdin"
	if f.Path != input.Stdin {
		fh, err := os.Open(f.Path)
		if err != nil {
			return p.bad(fmt.Errorf("open %s: %w", f.Path, errors.Unwrap(err)))
		}
		defer fh.Close()
		r, name = fh, f.Path
	}
	var warnings []error
	ro := p.opts.Reader
	ro.Warn = func(err error) { warnings = append(warnings, err) }
	ro.DeferHTML = true // pages are parsed by the workers
	rd := input.NewReader(&countingReader{ctx: p.ctx, r: r, n: &p.opts.Progress.Read}, name, ro)
	for {
		a, err := rd.Read()
		if p.ctx.Err() != nil {
			return nil
		}
		for _, w := range warnings {
			if p.opts.Strict {
				return w
			}
			p.warn(w)
		}
		warnings = warnings[:0]
		var pe *input.ParseError
		switch {
		case err == io.EOF:
			return nil
		case errors.As(err, &pe):
			if err := p.bad(err); err != nil {
				return err
			}
		case err != nil:
			return p.bad(err) // the rest of the input is lost
		default:
			if err := emit(a); err != nil {
				return err
			}
		}
	}
}

// bad handles a bad record or file: the error itself with Strict, else nil
// after counting it and handing it to Skip.
func (p *pipeline) bad(err error) error {
	if p.opts.Strict {
		return err
	}
	p.call(func() {
		p.skipped++
		if p.firstSkip == nil {
			p.firstSkip = err
		}
		if p.opts.Skip != nil {
			p.opts.Skip(err)
		}
	})
	return nil
}

// countingReader counts the bytes read, for progress, and stops reading
// once the run is cancelled.
type countingReader struct {
	ctx context.Context
	r   io.Reader
	n   *atomic.Int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}
