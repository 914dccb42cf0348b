package graphstore_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/graphstore"
)

// long.txt holds full-length articles whose gold ids hold across the whole
// file (testdata/resolution/README.md): the same person, body or country
// has the same id in every article that names it, and different ones never
// share one. The tests below extract every article, build one graph of them
// all, and score each article's nodes and the set as a whole.
const longFile = "long.txt"

// longScore compares the nodes of one graph with the gold ids of a set.
type longScore struct {
	articles int

	// Node precision and recall, summed over articles: a node counts once
	// per article that names it.
	tp, fp, fn int
	// Node precision and recall over the whole set: each gold id and each
	// node once.
	setTP, setFP, setFN int

	// Splits count the extra nodes a gold id was cut into, merges the extra
	// gold ids a node swallowed. The "In" counts look inside each article
	// only; the others look across the whole set and include them.
	splitsIn, mergesIn int
	splits, merges     int
	splitIDs, mergeIDs int // gold ids split, nodes wrongly merged, across the set

	roleErrors int

	splitList, mergeList     []string // across the set: "gold → node (articles), ..."
	splitInList, mergeInList []string // inside articles: "L01: gold → nodes"
	roleList                 []string
	perArticle               []string // one summary line per article with a fault
}

func (s longScore) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s longScore) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }
func (s longScore) setPrecision() float64 {
	return float64(s.setTP) / float64(max(1, s.setTP+s.setFP))
}
func (s longScore) setRecall() float64 { return float64(s.setTP) / float64(max(1, s.setTP+s.setFN)) }

// twoLevel maps a key to a key to the articles where the pair was seen.
type twoLevel map[string]map[string]map[string]bool

func (m twoLevel) add(a, b, art string) {
	if m[a] == nil {
		m[a] = map[string]map[string]bool{}
	}
	if m[a][b] == nil {
		m[a][b] = map[string]bool{}
	}
	m[a][b][art] = true
}

// describe writes "b (L01 L07), c (L03)" for the inner keys of m[a].
func (m twoLevel) describe(a string) string {
	var parts []string
	for _, b := range sortedKeys(m[a]) {
		parts = append(parts, fmt.Sprintf("%s (%s)", b, strings.Join(sortedKeys(m[a][b]), " ")))
	}
	return strings.Join(parts, ", ")
}

// scoreLong extracts every article with newEx, adds them all to one graph
// and scores the nodes the articles' entities end up in against the marks.
// MISC entities are kept, as with --misc, so that events and works have
// nodes to score; one counts only where it covers a mark with a gold id:
// MISC names are not scored otherwise (demonyms, unmarked events), but a
// company left as MISC is a wrong node.
func scoreLong(t *testing.T, arts []goldArticle, newEx func(extract.ResolveOptions) *extract.Extractor) longScore {
	t.Helper()
	g := graphstore.New()
	docs := make([]*extract.Doc, len(arts))
	for i, a := range arts {
		// No user aliases or exclusions: the resolver must link "Fed" and
		// "Federal Reserve" by itself here.
		opts := extract.ResolveOptions{Demonyms: a.has("demonyms"), DropSources: a.has("drop-sources")}
		headline, body, _ := strings.Cut(a.text, "\n\n")
		docs[i] = newEx(opts).Extract(extract.Article{ID: a.id, Title: headline, Text: body})
		if docs[i].Text != a.text {
			t.Fatalf("%s: %s: the cleaner changed the text:\n%q\n%q", longFile, a.id, docs[i].Text, a.text)
		}
		if !g.Add(docs[i]) {
			t.Fatalf("%s: %s: the graph refused the article (same id or text as another)", longFile, a.id)
		}
	}

	s := longScore{articles: len(arts)}
	setGold := map[string]bool{}
	setPred := map[string]bool{}
	goldNodes := twoLevel{} // gold id → node → articles
	nodeGolds := twoLevel{} // node → gold id → articles
	for i, a := range arts {
		type pm struct {
			m    extract.Mention
			node string
		}
		var all []pm
		for _, e := range docs[i].Entities {
			if e.Type == extract.Misc && !coversGoldID(a.marks, e.Mentions) {
				continue
			}
			node := g.CanonicalIn(a.id, e.ID)
			for _, m := range e.Mentions {
				all = append(all, pm{m, node})
			}
		}
		// A mark may hold a person's title ("Federal Reserve Chairman Paul
		// Volcker"). What the resolver makes of the title's words, other
		// than a person, is not scored: it may report the body or country
		// a title names, or not.
		inTitle := make([]bool, len(all))
		for _, m := range a.marks {
			if !strings.HasPrefix(m.id, "person:") {
				continue
			}
			name := m.end
			for _, p := range all {
				if strings.HasPrefix(p.node, "person:") && p.m.Start < m.end && m.start < p.m.End {
					name = min(name, max(p.m.Start, m.start))
				}
			}
			for j, p := range all {
				if !strings.HasPrefix(p.node, "person:") && p.m.Start >= m.start && p.m.End <= name && name < m.end {
					inTitle[j] = true
				}
			}
		}
		var pms []pm
		pred := map[string]bool{}
		for j, p := range all {
			if !inTitle[j] {
				pms = append(pms, p)
				pred[p.node] = true
			}
		}
		gold := map[string]bool{}
		for _, m := range a.marks {
			if m.id != "-" {
				gold[m.id] = true
			}
		}
		var fp, fn []string
		for _, id := range sortedKeys(pred) {
			setPred[id] = true
			if gold[id] {
				s.tp++
			} else {
				fp = append(fp, id)
			}
		}
		for _, id := range sortedKeys(gold) {
			setGold[id] = true
			if !pred[id] {
				fn = append(fn, id)
			}
		}
		s.fp += len(fp)
		s.fn += len(fn)

		artGold := map[string]map[string]bool{} // gold id → nodes, in this article
		artNode := map[string]map[string]bool{} // node → gold ids, in this article
		for _, m := range a.marks {
			var hit []pm
			for _, p := range pms {
				if p.m.Start < m.end && m.start < p.m.End {
					hit = append(hit, p)
				}
			}
			source := slices.ContainsFunc(hit, func(p pm) bool { return p.m.Role == extract.RoleSource })
			if want := strings.Contains(m.flags, "source"); len(hit) > 0 && source != want {
				s.roleErrors++
				s.roleList = append(s.roleList, fmt.Sprintf("%s:%q source=%v", a.id, a.text[m.start:m.end], source))
			}
			if m.id == "-" {
				continue
			}
			for _, p := range hit {
				if artGold[m.id] == nil {
					artGold[m.id] = map[string]bool{}
				}
				artGold[m.id][p.node] = true
				if artNode[p.node] == nil {
					artNode[p.node] = map[string]bool{}
				}
				artNode[p.node][m.id] = true
				goldNodes.add(m.id, p.node, a.id)
				nodeGolds.add(p.node, m.id, a.id)
			}
		}
		splits, merges := 0, 0
		for _, id := range sortedKeys(artGold) {
			if n := len(artGold[id]); n > 1 {
				splits += n - 1
				s.splitInList = append(s.splitInList, fmt.Sprintf("%s: %s → %s", a.id, id, strings.Join(sortedKeys(artGold[id]), ", ")))
			}
		}
		for _, node := range sortedKeys(artNode) {
			if n := len(artNode[node]); n > 1 {
				merges += n - 1
				s.mergeInList = append(s.mergeInList, fmt.Sprintf("%s: %s ← %s", a.id, node, strings.Join(sortedKeys(artNode[node]), ", ")))
			}
		}
		s.splitsIn += splits
		s.mergesIn += merges
		if len(fp)+len(fn)+splits+merges > 0 {
			s.perArticle = append(s.perArticle, fmt.Sprintf("%s: nodes %d/%d right, false %v, missed %v, splits %d, merges %d",
				a.id, len(pred)-len(fp), len(gold), fp, fn, splits, merges))
		}
	}
	for id := range setPred {
		if setGold[id] {
			s.setTP++
		} else {
			s.setFP++
		}
	}
	s.setFN = len(setGold) - s.setTP
	for _, id := range sortedKeys(goldNodes) {
		if n := len(goldNodes[id]); n > 1 {
			s.splits += n - 1
			s.splitIDs++
			s.splitList = append(s.splitList, id+" → "+goldNodes.describe(id))
		}
	}
	for _, node := range sortedKeys(nodeGolds) {
		if n := len(nodeGolds[node]); n > 1 {
			s.merges += n - 1
			s.mergeIDs++
			s.mergeList = append(s.mergeList, node+" ← "+nodeGolds.describe(node))
		}
	}
	return s
}

// coversGoldID reports whether a mention of ms overlaps a mark that names a
// node.
func coversGoldID(marks []goldMark, ms []extract.Mention) bool {
	for _, m := range marks {
		if m.id == "-" {
			continue
		}
		for _, x := range ms {
			if x.Start < m.end && m.start < x.End {
				return true
			}
		}
	}
	return false
}

func logLong(t *testing.T, name string, s longScore) {
	t.Helper()
	t.Logf("%s: %d articles in one graph", name, s.articles)
	t.Logf("  nodes by article: precision %.3f recall %.3f (tp %d fp %d fn %d)", s.precision(), s.recall(), s.tp, s.fp, s.fn)
	t.Logf("  nodes of the set: precision %.3f recall %.3f (tp %d fp %d fn %d)", s.setPrecision(), s.setRecall(), s.setTP, s.setFP, s.setFN)
	t.Logf("  inside articles: %d splits, %d wrong merges", s.splitsIn, s.mergesIn)
	t.Logf("  across the set:  %d splits (%d gold ids), %d wrong merges (%d nodes); source-role errors %d",
		s.splits, s.splitIDs, s.merges, s.mergeIDs, s.roleErrors)
	if !testing.Verbose() {
		return
	}
	for _, l := range s.splitList {
		t.Logf("  split: %s", l)
	}
	for _, l := range s.mergeList {
		t.Logf("  merge: %s", l)
	}
	for _, l := range s.perArticle {
		t.Logf("  %s", l)
	}
	for _, l := range s.roleList {
		t.Logf("  role: %s", l)
	}
}

// longBounds are the figures a run must not fall behind. They are today's
// (see the tests), in a ratchet that a change may only tighten.
type longBounds struct {
	splits, merges, splitsIn, mergesIn int
	roleErrors                         int
	precision, recall                  float64 // nodes by article
}

func checkLong(t *testing.T, s longScore, b longBounds) {
	t.Helper()
	if s.splits > b.splits {
		t.Errorf("%d splits across the set, want at most %d:\n%s", s.splits, b.splits, strings.Join(s.splitList, "\n"))
	}
	if s.merges > b.merges {
		t.Errorf("%d wrong merges across the set, want at most %d:\n%s", s.merges, b.merges, strings.Join(s.mergeList, "\n"))
	}
	if s.splitsIn > b.splitsIn {
		t.Errorf("%d splits inside articles, want at most %d:\n%s", s.splitsIn, b.splitsIn, strings.Join(s.splitInList, "\n"))
	}
	if s.mergesIn > b.mergesIn {
		t.Errorf("%d wrong merges inside articles, want at most %d:\n%s", s.mergesIn, b.mergesIn, strings.Join(s.mergeInList, "\n"))
	}
	if s.roleErrors > b.roleErrors {
		t.Errorf("%d source-role errors, want at most %d:\n%s", s.roleErrors, b.roleErrors, strings.Join(s.roleList, "\n"))
	}
	if s.precision() < b.precision || s.recall() < b.recall {
		t.Errorf("node precision %.3f, recall %.3f, want at least %.3f and %.3f", s.precision(), s.recall(), b.precision, b.recall)
	}
}

// TestResolutionLongGoldSpans scores resolution and corpus linking alone:
// the recognizer's spans are the marks of long.txt, noise included.
func TestResolutionLongGoldSpans(t *testing.T) {
	arts := readGoldFile(t, longFile)
	rec := markedRecognizer{marks: map[string][]goldMark{}}
	for _, a := range arts {
		rec.marks[firstToken(text.Tokenize(a.text))] = a.marks
	}
	s := scoreLong(t, arts, func(o extract.ResolveOptions) *extract.Extractor {
		ex, err := extract.New(extract.WithRecognizer(rec), extract.WithResolveOptions(o), extract.WithMisc(true))
		if err != nil {
			t.Fatal(err)
		}
		return ex
	})
	logLong(t, "gold spans", s)
	// A ratchet at today's figures: a change may improve them, never make
	// them worse. Lower the bounds when it does. Issue 11's target is met:
	// no wrong merge and at most 2 splits, inside articles and across the
	// set (the one split: "Reagan" in a story of chip sanctions whose
	// context shares too little with Ronald Reagan's articles).
	checkLong(t, s, longBounds{splits: 1, merges: 0, splitsIn: 0, mergesIn: 0, roleErrors: 0, precision: 0.994, recall: 0.990})
}

// TestResolutionLongEndToEnd scores the whole pipeline, the default
// recognizer included, on the same articles and in one graph.
func TestResolutionLongEndToEnd(t *testing.T) {
	arts := readGoldFile(t, longFile)
	ex := map[[2]bool]*extract.Extractor{}
	s := scoreLong(t, arts, func(o extract.ResolveOptions) *extract.Extractor {
		k := [2]bool{o.Demonyms, o.DropSources}
		if e, ok := ex[k]; ok {
			return e
		}
		e, err := extract.New(extract.WithResolveOptions(o), extract.WithMisc(true))
		if err != nil {
			t.Fatal(err)
		}
		ex[k] = e
		return e
	})
	logLong(t, "end to end", s)
	// A ratchet at today's figures, as above; the recognizer's own misses
	// keep these behind the gold-span run's. Issue 11's resolution with the
	// recognizer of issue 10's second round gave 12 splits and 4 wrong
	// merges across the set, 8 and 4 inside articles, 0.935/0.931 (the
	// resolution branch's own recognizer 17, 4, 14, 5, 0.917/0.920); the
	// recognizer retrained at the merge (CoNLL test 90.26 against 90.09)
	// types more of a company's first words as people (19 splits), of
	// which a company's first word alone now joins the company (15).
	checkLong(t, s, longBounds{splits: 15, merges: 4, splitsIn: 10, mergesIn: 4, roleErrors: 0, precision: 0.935, recall: 0.929})
}

var (
	longIDRe      = regexp.MustCompile(`^(-|(person|org|location|misc):[a-z0-9]+(-[a-z0-9]+)*(@[A-Z]{2}([A-Z]{2})?)?|country:[A-Z]{2}([A-Z]{2})?)$`)
	longArticleRe = regexp.MustCompile(`^L[0-9]{2}$`)
)

// TestResolutionLongSet checks the set itself: enough articles of full
// length, well-formed ids, and each case of issue 11 present in several
// articles.
func TestResolutionLongSet(t *testing.T) {
	arts := readGoldFile(t, longFile)
	if len(arts) < 36 {
		t.Errorf("%d articles, want at least 36", len(arts))
	}
	seen := map[string]bool{}
	idArts := map[string]map[string]bool{}
	for _, a := range arts {
		if !longArticleRe.MatchString(a.id) || seen[a.id] {
			t.Errorf("%s: article id %q: want L01, L02 ... once each", longFile, a.id)
		}
		seen[a.id] = true
		words := len(strings.FieldsFunc(a.text, func(r rune) bool { return unicode.IsSpace(r) }))
		if words < 250 || words > 700 {
			t.Errorf("%s: %s: %d words, want 250 to 700", longFile, a.id, words)
		}
		for _, m := range a.marks {
			if !longIDRe.MatchString(m.id) {
				t.Errorf("%s: %s: mark %q: malformed id %q", longFile, a.id, a.text[m.start:m.end], m.id)
			}
			if m.id == "-" {
				continue
			}
			if idArts[m.id] == nil {
				idArts[m.id] = map[string]bool{}
			}
			idArts[m.id][a.id] = true
		}
	}
	// Each case must be met in at least two articles, so that linking
	// across articles is tested.
	for _, id := range []string{
		"person:nigel-lawson", "person:george-shultz", "person:clayton-yeutter", "person:paul-volcker",
		"person:gordon-brown", "person:wes-brown", "person:ronald-reagan", "person:tony-blair",
		"person:nicholas-brady", "person:prince-charles", "person:charles-kennedy", "person:king-fahd",
		"person:james-baker", "person:howard-baker", "person:michael-howard", "person:george-bush",
		"person:george-w-bush", "person:karl-otto-poehl", "person:mikhail-gorbachev",
		"org:standard-and-poors", "org:merrill-lynch", "org:moodys-investors-service", "org:bank-of-japan",
		"org:procter-and-gamble", "org:international-finance", "org:federal-reserve",
		"org:s-and-w-berisford", "org:martha-stewart-living-omnimedia", "org:food-and-drug-administration",
		"org:agriculture-department@US", "org:labour-party", "org:conservative-party", "org:liberal-democrats",
		"org:manchester-united", "org:newcastle-united", "org:texas-air",
		"org:finance-ministry@JP", "org:foreign-ministry@SUHH", "org:treasury@US", "org:treasury@GB",
		"org:european-community", "org:european-union", "org:national-health-service",
		"org:north-atlantic-treaty-organization", "org:organization-of-the-petroleum-exporting-countries",
		"org:international-monetary-fund", "org:general-agreement-on-tariffs-and-trade",
		"org:securities-and-exchange-commission", "org:congress@US",
		"country:SUHH", "country:DEWG", "country:DDDE", "country:YUCS", "country:CSHH", "country:DE", "country:RU",
		"location:newcastle-upon-tyne",
	} {
		if n := len(idArts[id]); n < 2 {
			t.Errorf("%s: %s is in %d articles, want at least 2", longFile, id, n)
		}
	}
	// One acronym, three meanings in three articles.
	for _, id := range []string{"org:abc", "org:australian-broadcasting", "org:alliance-for-a-better-cumbria"} {
		if len(idArts[id]) == 0 {
			t.Errorf("%s: no article names %s", longFile, id)
		}
	}
}
