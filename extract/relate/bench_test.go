package relate_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/relate"
	"github.com/nergraph/nergraph/internal/testenv"
)

// agNews reads the AG News test set (7,600 snippets), skipping without it;
// with RELATE_BENCH set to a folder of Reuters .sgm files, those instead.
func agNews(b *testing.B) []extract.Article {
	b.Helper()
	var arts []extract.Article
	read := func(path string, opts input.ReaderOptions) {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		r := input.NewReader(f, filepath.Base(path), opts)
		for {
			a, err := r.Read()
			if err != nil {
				break
			}
			arts = append(arts, a)
		}
	}
	if dir := os.Getenv("RELATE_BENCH"); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sgm"))
		for _, f := range files {
			read(f, input.ReaderOptions{})
		}
	} else {
		read(testenv.Shared(b, "data/agnews/test.csv"), input.ReaderOptions{Columns: []string{"label", "title", "text"}})
	}
	if len(arts) == 0 {
		b.Fatal("no articles")
	}
	return arts
}

// reportCPU reports CPU time per operation and tokens per CPU second.
func reportCPU(b *testing.B, start time.Duration, tokens int) {
	cpu := testenv.CPUTime() - start
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(tokens)/cpu.Seconds(), "tokens/cpu-s")
}

func setup(b *testing.B) (*extract.Extractor, *pos.Model) {
	b.Helper()
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	m, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	return ex, m
}

// BenchmarkExtract is extract's BenchmarkExtract on AG News, run here to
// compare with BenchmarkExtractRelations in one run.
func BenchmarkExtract(b *testing.B) {
	arts := agNews(b)
	ex, _ := setup(b)
	tokens := 0
	cpu := testenv.CPUTime()
	for b.Loop() {
		for _, a := range arts {
			tokens += ex.Extract(a).Tokens
		}
	}
	reportCPU(b, cpu, tokens)
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkExtractRelations adds the relation step to Extract: tokenizing
// again (the pipeline will share the tokens), tagging the sentences with two
// entities or more, and finding their relations.
func BenchmarkExtractRelations(b *testing.B) {
	arts := agNews(b)
	ex, m := setup(b)
	tokens, rels := 0, 0
	cpu := testenv.CPUTime()
	for b.Loop() {
		for _, a := range arts {
			doc := ex.Extract(a)
			tokens += doc.Tokens
			for _, s := range docSentences(m, doc) {
				rels += len(relate.Find(s))
			}
		}
	}
	reportCPU(b, cpu, tokens)
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(rels)/float64(b.N), "relations/op")
}

// BenchmarkRelations measures the relation step alone on extracted AG News
// documents: tokens of the documents per second, tagging and finding.
func BenchmarkRelations(b *testing.B) {
	arts := agNews(b)
	ex, m := setup(b)
	docs := make([]*extract.Doc, len(arts))
	for i, a := range arts {
		docs[i] = ex.Extract(a)
	}
	tokens := 0
	b.ResetTimer()
	cpu := testenv.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			tokens += d.Tokens
			for _, s := range docSentences(m, d) {
				relate.Find(s)
			}
		}
	}
	reportCPU(b, cpu, tokens)
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkFind measures the finder alone on tagged sentences of AG News.
func BenchmarkFind(b *testing.B) {
	arts := agNews(b)
	ex, m := setup(b)
	var sents []relate.Sentence
	tokens := 0
	for _, a := range arts {
		for _, s := range docSentences(m, ex.Extract(a)) {
			if s.Tags != nil {
				sents = append(sents, s)
			}
			tokens += len(s.Tokens)
		}
	}
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			relate.Find(s)
		}
		n += tokens
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "doc-tokens/s")
}

// BenchmarkTag measures the tagger alone on the AG News sentences that the
// relation step tags (those with two entities or more).
func BenchmarkTag(b *testing.B) {
	arts := agNews(b)
	ex, m := setup(b)
	var sents [][]string
	tagged, all := 0, 0
	for _, a := range arts {
		for _, s := range docSentences(m, ex.Extract(a)) {
			all += len(s.Tokens)
			if s.Tags == nil {
				continue
			}
			words := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				words[i] = t.Text
			}
			sents = append(sents, words)
			tagged += len(words)
		}
	}
	b.Logf("%d of %d tokens in sentences with two entities or more", tagged, all)
	var tags []pos.Tag
	b.ResetTimer()
	cpu := testenv.CPUTime()
	n := 0
	for b.Loop() {
		for _, w := range sents {
			tags = m.AppendTags(tags[:0], w)
		}
		n += tagged
	}
	reportCPU(b, cpu, n)
}

// BenchmarkTagFind is the cost the relation step adds to a pipeline that
// has tokenized the text and found the entities already: tagging the
// sentences with two entities or more, and finding their relations. Its
// tokens/cpu-s counts all the tokens of the documents, to compare with
// BenchmarkExtract.
func BenchmarkTagFind(b *testing.B) {
	arts := agNews(b)
	ex, m := setup(b)
	var sents []relate.Sentence
	var words [][]string
	tokens := 0
	for _, a := range arts {
		for _, s := range docSentences(m, ex.Extract(a)) {
			tokens += len(s.Tokens)
			if s.Tags == nil {
				continue
			}
			w := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				w[i] = t.Text
			}
			s.Tags = nil
			sents = append(sents, s)
			words = append(words, w)
		}
	}
	var tags []pos.Tag
	var rels []relate.Relation
	n := 0
	b.ResetTimer()
	cpu := testenv.CPUTime()
	for b.Loop() {
		for i := range sents {
			tags = m.AppendTags(tags[:0], words[i])
			s := sents[i]
			s.Tags = tags
			rels = relate.AppendRelations(rels[:0], s)
		}
		n += tokens
	}
	reportCPU(b, cpu, n)
}

// BenchmarkTagFindFirst is BenchmarkTagFind as one run of nergraph meets
// it: each round decodes a fresh model (model.bin, as pos.Default does
// with the embedded copy) and tags the sentences once, so that every word
// is met for the first time, and finds their relations. Its cpu-ns/op is
// the whole cost of the relation step in one AG News build, less what the
// step costs the other stages in cache misses and garbage collection.
// "whole" tags every sentence whole; "tagged" is relate.AppendTagged, as
// nergraph runs it, which spares the words past the last entity when it
// can.
func BenchmarkTagFindFirst(b *testing.B) {
	arts := agNews(b)
	ex, _ := setup(b)
	bin, err := os.ReadFile(filepath.Join("..", "pos", "model.bin"))
	if err != nil {
		b.Fatal(err)
	}
	m0, _ := pos.Default()
	var sents []relate.Sentence
	var words [][]string
	tokens, tagged := 0, 0
	for _, a := range arts {
		for _, s := range docSentences(m0, ex.Extract(a)) {
			tokens += len(s.Tokens)
			if s.Tags == nil {
				continue
			}
			w := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				w[i] = t.Text
			}
			s.Tags = nil
			sents = append(sents, s)
			words = append(words, w)
			tagged += len(w)
		}
	}
	for _, mode := range []string{"whole", "tagged"} {
		b.Run(mode, func(b *testing.B) {
			var tags []pos.Tag
			var rels []relate.Relation
			n, found := 0, 0
			cpu := testenv.CPUTime()
			for b.Loop() {
				m, err := pos.Decode(bin)
				if err != nil {
					b.Fatal(err)
				}
				for i := range sents {
					if mode == "tagged" {
						rels, tags = relate.AppendTagged(rels[:0], m, sents[i], words[i], tags)
					} else {
						tags = m.AppendTags(tags[:0], words[i])
						s := sents[i]
						s.Tags = tags
						rels = relate.AppendRelations(rels[:0], s)
					}
					found += len(rels)
				}
				n += tokens
			}
			reportCPU(b, cpu, n)
			b.ReportMetric(float64(found)/float64(b.N), "relations/op")
			b.ReportMetric(float64(tagged), "tagged-tokens")
		})
	}
}
