package graphstore_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/graphstore"
)

// The resolution test set: articles written for this project with the
// canonical entity of every name marked inline (see
// testdata/resolution/README.md).
const resolutionDir = "../testdata/resolution"

type goldMark struct {
	start, end int
	typ        extract.Type // what the simulated recognizer reports; "" for a miss
	id         string       // expected canonical id; "-" for no node
	flags      string
}

type goldArticle struct {
	id      string
	options []string
	text    string // headline, blank line, body
	marks   []goldMark
}

func (a goldArticle) has(opt string) bool { return slices.Contains(a.options, opt) }

// parseMarks removes [[text|TYPE|id|flags]] marks from s. The text is put in
// Unicode NFC, as the cleaner does, so that offsets stay true.
func parseMarks(s string) (string, []goldMark, error) {
	s = norm.NFC.String(s)
	var b strings.Builder
	var marks []goldMark
	for {
		i := strings.Index(s, "[[")
		if i < 0 {
			b.WriteString(s)
			return b.String(), marks, nil
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i:], "]]")
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed [[ at %q", s[i:min(len(s), i+30)])
		}
		f := strings.Split(s[i+2:i+j], "|")
		if len(f) < 3 {
			return "", nil, fmt.Errorf("mark %q: want text|TYPE|id[|flags]", s[i:i+j+2])
		}
		m := goldMark{start: b.Len(), id: f[2]}
		b.WriteString(f[0])
		m.end = b.Len()
		if f[1] != "_" {
			t, ok := extract.ParseType(f[1])
			if !ok {
				return "", nil, fmt.Errorf("mark %q: unknown type", s[i:i+j+2])
			}
			m.typ = t
		}
		if len(f) > 3 {
			m.flags = f[3]
		}
		marks = append(marks, m)
		s = s[i+j+2:]
	}
}

func readGold(t *testing.T) []goldArticle {
	t.Helper()
	return readGoldFile(t, "articles.txt")
}

// readGoldFile reads one file of the test set, in the format of
// articles.txt.
func readGoldFile(t *testing.T, name string) []goldArticle {
	t.Helper()
	f, err := os.Open(filepath.Join(resolutionDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []goldArticle
	var cur *goldArticle
	var body []string
	line := 0
	flush := func() {
		if cur == nil {
			return
		}
		raw := strings.TrimSpace(strings.Join(body, "\n"))
		text, marks, err := parseMarks(raw)
		if err != nil {
			t.Fatalf("%s: article %s: %v", name, cur.id, err)
		}
		cur.text, cur.marks = text, marks
		arts = append(arts, *cur)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line++
		l := sc.Text()
		if rest, ok := strings.CutPrefix(l, "=== "); ok {
			flush()
			fs := strings.Fields(rest)
			cur, body = &goldArticle{id: fs[0], options: fs[1:]}, nil
			continue
		}
		if cur == nil {
			t.Fatalf("%s:%d: text before the first === line", name, line)
		}
		body = append(body, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return arts
}

// markedRecognizer reports the marks of the article being extracted as its
// spans: a perfect recognizer, apart from the noise written into the marks.
type markedRecognizer struct{ marks map[string][]goldMark }

func (markedRecognizer) Name() string { return "gold" }

func (r markedRecognizer) Recognize(sents []text.Sentence) []extract.Span {
	if len(sents) == 0 {
		return nil
	}
	var spans []extract.Span
	for _, m := range r.marks[firstToken(sents)] {
		if m.typ == "" {
			continue
		}
		for si, s := range sents {
			first, last := -1, -1
			for ti, tok := range s.Tokens {
				if tok.Start >= m.start && tok.End <= m.end {
					if first < 0 {
						first = ti
					}
					last = ti
				}
			}
			if first >= 0 {
				spans = append(spans, extract.Span{Sentence: si, Start: first, End: last + 1, Type: m.typ})
				break
			}
		}
	}
	return spans
}

// firstToken identifies an article by the text of its first tokens, since a
// Recognizer sees only sentences.
func firstToken(sents []text.Sentence) string {
	var b strings.Builder
	for _, s := range sents {
		for _, t := range s.Tokens {
			b.WriteString(t.Text)
			b.WriteByte(' ')
			if b.Len() > 80 {
				return b.String()
			}
		}
	}
	return b.String()
}

// resolutionScore is how the predicted entities compare with the gold ones.
type resolutionScore struct {
	tp, fp, fn    int
	splits        int // extra predicted entities a gold entity was cut into
	merges        int // extra gold entities a predicted entity swallowed
	roleErrors    int // credits missed or invented
	ambigErrors   int // ambiguous short names not marked so
	fpList, fnLst []string
	splitList     []string
	mergeList     []string
	roleList      []string
}

func (s resolutionScore) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s resolutionScore) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }

// scoreResolution extracts every article with ex (and exDrop for those
// marked drop-sources), builds one graph and scores each article's nodes
// after cross-article linking.
func scoreResolution(t *testing.T, arts []goldArticle, newEx func(extract.ResolveOptions) *extract.Extractor) resolutionScore {
	t.Helper()
	g := graphstore.New()
	docs := make([]*extract.Doc, len(arts))
	for i, a := range arts {
		opts := resolveOptions(t)
		opts.Demonyms = a.has("demonyms")
		opts.DropSources = a.has("drop-sources")
		headline, body, _ := strings.Cut(a.text, "\n\n")
		docs[i] = newEx(opts).Extract(extract.Article{ID: a.id, Title: headline, Text: body})
		if docs[i].Text != a.text {
			t.Fatalf("%s: the cleaner changed the text:\n%q\n%q", a.id, docs[i].Text, a.text)
		}
		g.Add(docs[i])
	}
	var s resolutionScore
	corpusPred := map[string]map[string]bool{} // gold id → predicted ids
	for i, a := range arts {
		doc := docs[i]
		pred := map[string]bool{}
		type pm struct {
			m  extract.Mention
			id string
			e  extract.Entity
		}
		var pms []pm
		for _, e := range doc.Entities {
			if e.Type == extract.Misc {
				continue
			}
			id := g.CanonicalIn(a.id, e.ID)
			pred[id] = true
			for _, m := range e.Mentions {
				pms = append(pms, pm{m, id, e})
			}
		}
		gold := map[string]bool{}
		for _, m := range a.marks {
			if m.id != "-" {
				gold[m.id] = true
			}
		}
		for id := range pred {
			if gold[id] {
				s.tp++
			} else {
				s.fp++
				s.fpList = append(s.fpList, a.id+":"+id)
			}
		}
		for id := range gold {
			if !pred[id] {
				s.fn++
				s.fnLst = append(s.fnLst, a.id+":"+id)
			}
		}
		goldOfPred := map[string]map[string]bool{}
		predOfGold := map[string]map[string]bool{}
		for _, m := range a.marks {
			var hit []pm
			for _, p := range pms {
				if p.m.Start < m.end && m.start < p.m.End {
					hit = append(hit, p)
				}
			}
			source := slices.ContainsFunc(hit, func(p pm) bool { return p.m.Role == extract.RoleSource })
			wantSource := strings.Contains(m.flags, "source")
			if len(hit) > 0 && source != wantSource {
				s.roleErrors++
				s.roleList = append(s.roleList, fmt.Sprintf("%s:%q source=%v", a.id, a.text[m.start:m.end], source))
			}
			if m.id == "-" {
				continue
			}
			if strings.Contains(m.flags, "ambiguous") && !slices.ContainsFunc(hit, func(p pm) bool { return p.e.Ambiguous }) {
				s.ambigErrors++
			}
			for _, p := range hit {
				if goldOfPred[p.id] == nil {
					goldOfPred[p.id] = map[string]bool{}
				}
				goldOfPred[p.id][m.id] = true
				if predOfGold[m.id] == nil {
					predOfGold[m.id] = map[string]bool{}
				}
				predOfGold[m.id][p.id] = true
				if corpusPred[m.id] == nil {
					corpusPred[m.id] = map[string]bool{}
				}
				corpusPred[m.id][p.id] = true
			}
		}
		for _, id := range sortedKeys(goldOfPred) {
			if n := len(goldOfPred[id]); n > 1 {
				s.merges += n - 1
				s.mergeList = append(s.mergeList, fmt.Sprintf("%s:%s=%v", a.id, id, sortedKeys(goldOfPred[id])))
			}
		}
	}
	for _, id := range sortedKeys(corpusPred) {
		if n := len(corpusPred[id]); n > 1 {
			s.splits += n - 1
			s.splitList = append(s.splitList, fmt.Sprintf("%s→%v", id, sortedKeys(corpusPred[id])))
		}
	}
	slices.Sort(s.fpList)
	slices.Sort(s.fnLst)
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func resolveOptions(t *testing.T) extract.ResolveOptions {
	t.Helper()
	af, err := os.Open(filepath.Join(resolutionDir, "aliases.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer af.Close()
	aliases, err := extract.ReadAliases(af, "aliases.csv")
	if err != nil {
		t.Fatal(err)
	}
	xf, err := os.Open(filepath.Join(resolutionDir, "exclude.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer xf.Close()
	exclude, err := extract.ReadExclude(xf, "exclude.txt")
	if err != nil {
		t.Fatal(err)
	}
	return extract.ResolveOptions{Aliases: aliases, Exclude: exclude}
}

func logScore(t *testing.T, name string, n int, s resolutionScore) {
	t.Logf("%s: %d articles: node precision %.3f recall %.3f (tp %d fp %d fn %d); split %d, wrongly merged %d, source-role errors %d, ambiguity errors %d",
		name, n, s.precision(), s.recall(), s.tp, s.fp, s.fn, s.splits, s.merges, s.roleErrors, s.ambigErrors)
	if testing.Verbose() {
		t.Logf("  false nodes: %v", s.fpList)
		t.Logf("  missed nodes: %v", s.fnLst)
		t.Logf("  splits: %v", s.splitList)
		t.Logf("  merges: %v", s.mergeList)
		t.Logf("  roles: %v", s.roleList)
	}
}

// TestResolutionGoldSpans scores resolution alone: the recognizer's spans
// are the marks of the test set, noise included.
func TestResolutionGoldSpans(t *testing.T) {
	arts := readGold(t)
	if len(arts) < 40 {
		t.Fatalf("%d articles, want at least 40", len(arts))
	}
	rec := markedRecognizer{marks: map[string][]goldMark{}}
	for _, a := range arts {
		rec.marks[firstToken(text.Tokenize(a.text))] = a.marks
	}
	s := scoreResolution(t, arts, func(o extract.ResolveOptions) *extract.Extractor {
		ex, err := extract.New(extract.WithRecognizer(rec), extract.WithResolveOptions(o))
		if err != nil {
			t.Fatal(err)
		}
		return ex
	})
	logScore(t, "gold spans", len(arts), s)
	if s.merges != 0 {
		t.Errorf("%d wrongly merged entities, want 0: %v", s.merges, s.mergeList)
	}
	if s.precision() < 0.97 || s.recall() < 0.97 {
		t.Errorf("precision %.3f, recall %.3f, want both >= 0.97\nfalse: %v\nmissed: %v", s.precision(), s.recall(), s.fpList, s.fnLst)
	}
	if s.splits > 1 || s.roleErrors > 1 || s.ambigErrors > 0 {
		t.Errorf("splits %d %v, role errors %d %v, ambiguity errors %d", s.splits, s.splitList, s.roleErrors, s.roleList, s.ambigErrors)
	}
}

// TestResolutionEndToEnd scores the whole pipeline, recognizer included, on
// the same articles. Its figures say how far the default recognizer holds
// resolution back.
func TestResolutionEndToEnd(t *testing.T) {
	arts := readGold(t)
	ex := map[[2]bool]*extract.Extractor{}
	s := scoreResolution(t, arts, func(o extract.ResolveOptions) *extract.Extractor {
		k := [2]bool{o.Demonyms, o.DropSources}
		if e, ok := ex[k]; ok {
			return e
		}
		e, err := extract.New(extract.WithResolveOptions(o))
		if err != nil {
			t.Fatal(err)
		}
		ex[k] = e
		return e
	})
	logScore(t, "end to end", len(arts), s)
	if s.merges != 0 {
		t.Errorf("%d wrongly merged entities, want 0: %v", s.merges, s.mergeList)
	}
	if s.precision() < 0.85 || s.recall() < 0.85 {
		t.Errorf("precision %.3f, recall %.3f, want both >= 0.85", s.precision(), s.recall())
	}
}
