package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
	"github.com/nergraph/nergraph/internal/testenv"
)

var damageSweep = flag.Bool("damage-sweep", false, "damage every page of the test store at several offsets (slow; also with NERGRAPH_SLOW=1)")

// sweep reports whether to damage every page, not a sample.
func sweep() bool { return *damageSweep || os.Getenv(testenv.SlowVar) == "1" }

// answers are what a store answers: its graph, a window of it, and the
// answers of its querier to a fixed set of questions, each as text, or the
// error it gave.
type answers struct {
	names []string // the questions, in order
	got   []string // an answer as text, or ""
	errs  []error  // or the error
}

// window is the time window whose graph the questions include.
var window = [2]time.Time{time.Date(2021, 3, 10, 0, 0, 0, 0, time.UTC), time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC)}

// ask asks the store at path every question; open reports Open's error.
func ask(ctx context.Context, path string, ref *graphstore.Graph, pairs [][2]string) (*answers, error) {
	s, err := Open(ctx, path, graphstore.OpenOptions{})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	a := &answers{}
	add := func(name string, v any, err error) {
		a.names = append(a.names, name)
		if err != nil {
			a.got = append(a.got, "")
			a.errs = append(a.errs, err)
			return
		}
		a.got = append(a.got, fmt.Sprintf("%+v", v))
		a.errs = append(a.errs, nil)
	}
	g, err := s.Graph(ctx, time.Time{}, time.Time{})
	add("Graph", graphText(g), err)
	g, err = s.Graph(ctx, window[0], window[1])
	add("Graph window", graphText(g), err)
	q, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
	add("Querier", cached || !cached, err) // cached or not, the answers must be right
	if err != nil {
		return a, nil
	}
	for _, n := range ref.Nodes() {
		for _, name := range []string{n.ID, n.Label, strings.ToUpper(n.Label)} {
			v, err := q.Lookup(ctx, name)
			add("Lookup "+name, v, err)
		}
		v, err := q.Neighbors(ctx, n.ID)
		add("Neighbors "+n.ID, v, err)
		d, err := q.Degree(ctx, n.ID)
		add("Degree "+n.ID, d, err)
		r, err := q.Relations(ctx, n.ID)
		add("Relations "+n.ID, r, err)
	}
	for _, typ := range []extract.Type{"", extract.Person, extract.Org} {
		v, err := q.Top(ctx, typ, 5)
		add("Top "+string(typ), v, err)
	}
	for _, p := range pairs {
		v, err := q.Path(ctx, p[0], p[1])
		add("Path "+p[0]+" "+p[1], v, err)
		arts, err := q.ArticlesOf(ctx, p[0], p[1])
		add("ArticlesOf "+p[0]+" "+p[1], arts, err)
		r, err := q.Relations(ctx, p[0], p[1])
		add("Relations "+p[0]+" "+p[1], r, err)
	}
	return a, nil
}

// graphText is a graph as text, to compare.
func graphText(g *graphstore.Graph) string {
	if g == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%+v\n", g.Articles())
	for _, n := range g.Nodes() {
		fmt.Fprintf(&b, "%+v\n", n)
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(&b, "%+v\n", e)
	}
	return b.String()
}

// clear reports an error that says what is wrong with the store.
func clear(err error) bool {
	return errors.Is(err, graphstore.ErrDamaged) || errors.Is(err, graphstore.ErrNotStore)
}

// judge compares the answers of a damaged store with those of the sound
// one: each must be the same, or a clear error. It returns the questions
// answered wrongly and how many were refused.
func judge(got, want *answers) (wrong []string, refused int) {
	for i, name := range want.names {
		j := slices.Index(got.names, name)
		if j < 0 {
			continue // not asked: an earlier step was refused
		}
		switch {
		case got.errs[j] != nil && clear(got.errs[j]):
			refused++
		case fmt.Sprint(got.errs[j]) != fmt.Sprint(want.errs[i]) || got.got[j] != want.got[i]:
			wrong = append(wrong, fmt.Sprintf("%s: got %.200s %v; want %.200s %v", name, got.got[j], got.errs[j], want.got[i], want.errs[i]))
		}
	}
	return wrong, refused
}

// damageDocs are the articles of the store the damage tests damage, and
// more articles that an ingest adds to it.
func damageDocs() (first, more []*extract.Doc) {
	docs := append(relinkDocs(240, 1), testdocs.Random(180, 2)...)
	return docs[:400], docs[400:]
}

// damageStore makes the store the damage tests damage: a few hundred
// articles, refreshed, closed (so the write-ahead log is in the file).
func damageStore(t *testing.T, docs []*extract.Doc, name string) (string, *graphstore.Graph) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	s, err := Open(context.Background(), path, create)
	if err != nil {
		t.Fatal(err)
	}
	addAll(t, s, docs, 40)
	if _, err := s.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	g := loadAll(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, g
}

// ingestInto does what ingest does to a store: the quick check, then a
// batch and a refresh. It reports whether the store refused, with an error
// that says it is damaged; any other error fails t.
func ingestInto(t *testing.T, path, name string, docs []*extract.Doc) bool {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, path, create)
	if err != nil {
		if !clear(err) {
			t.Errorf("%s: Open for writing: %v, want an error saying the store is damaged", name, err)
		}
		return true
	}
	defer s.Close()
	rep, err := s.Check(ctx, graphstore.CheckQuick)
	if err != nil {
		t.Errorf("%s: quick check: %v", name, err)
		return true
	}
	if len(rep.Problems) > 0 {
		return true
	}
	if _, err := s.AddBatch(ctx, counts(docs)); err != nil {
		if !clear(err) {
			t.Errorf("%s: AddBatch: %v, want an error saying the store is damaged", name, err)
		}
		return true
	}
	if _, err := s.Refresh(ctx); err != nil {
		if !clear(err) {
			t.Errorf("%s: Refresh: %v, want an error saying the store is damaged", name, err)
		}
		return true
	}
	return false
}

// pageOwners names the b-tree of each page of a sound store.
func pageOwners(t *testing.T, path string) (map[int]string, int) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	owners := map[int]string{}
	rows, err := db.Query(`SELECT name, pageno, pagetype FROM dbstat`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name, typ string
		var page int
		if err := rows.Scan(&name, &page, &typ); err != nil {
			t.Fatal(err)
		}
		owners[page] = name + " " + typ
	}
	var size int
	if err := db.QueryRow(`PRAGMA page_size`).Scan(&size); err != nil {
		t.Fatal(err)
	}
	return owners, size
}

// damageCase is one way of damaging a store.
type damageCase struct {
	kind string // for the summary: where the damage is
	name string
	harm func(b []byte) []byte // returns the damaged file
}

// pageKind says what a page holds: a table or an index, of the counts or
// of the cache.
func pageKind(owner string) string {
	name, typ, _ := strings.Cut(owner, " ")
	what := "table"
	if strings.HasPrefix(name, "sqlite_autoindex") || typ == "" && name == "free" {
		what = "index"
	}
	for _, idx := range []string{"articles_utc", "mentions_entity", "aliases_name", "relations_subject", "relations_object",
		"graph_edges_target", "graph_canonical_id"} {
		if name == idx {
			what = "index"
		}
	}
	switch {
	case name == "free":
		return "free page"
	case name == "sqlite_schema":
		return "schema page"
	case strings.Contains(name, "graph_") || strings.Contains(name, "_tallies"):
		return "cache " + what + " page"
	case strings.HasPrefix(name, "relations"):
		return "relations " + what + " page"
	}
	return what + " page"
}

// relationRowCases change one byte of the words of a relation in rows of
// the relations table: damage inside a row, which SQLite cannot see. The
// words also lie in the free space of pages, as copies left by page
// splits; only changes that SQLite then reads in a row are taken.
func relationRowCases(t *testing.T, b []byte) []damageCase {
	t.Helper()
	var cases []damageCase
	tmp := filepath.Join(t.TempDir(), "probe.db")
	for _, words := range []string{"exchange letters", "meet with", "agree to buy", "leader of"} {
		found := 0
		for at := 0; found < 2; {
			i := bytes.Index(b[at:], []byte(words))
			if i < 0 {
				break
			}
			at += i + len(words)
			harm := overwrite(at-2, []byte{'#'})
			if !inRelationRow(t, tmp, harm(b)) {
				continue
			}
			found++
			cases = append(cases, damageCase{"relation row bytes", fmt.Sprintf("%q at byte %d", words, at-2), harm})
		}
	}
	if len(cases) == 0 {
		t.Fatal("no relation row found in the store's file")
	}
	return cases
}

// inRelationRow reports whether the file b holds a relation row whose
// predicate or words hold a '#', which the sound store's do not.
func inRelationRow(t *testing.T, path string, b []byte) bool {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(path)
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	err = db.QueryRow(`SELECT count(*) FROM relations WHERE instr(predicate, '#') > 0 OR instr(text, '#') > 0`).Scan(&n)
	return err == nil && n > 0
}

func overwrite(off int, with []byte) func([]byte) []byte {
	return func(b []byte) []byte {
		b = slices.Clone(b)
		copy(b[min(off, len(b)):], with)
		return b
	}
}

// damageCases lists the damage the tests try: bytes overwritten in the
// header, in pages of every table and index at several offsets, pages
// zeroed, the file cut short. Without -damage-sweep, a sample of pages.
func damageCases(t *testing.T, path string, size int) []damageCase {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	owners, pageSize := pageOwners(t, path)
	pages := len(b) / pageSize
	var cases []damageCase
	for _, off := range []int{0, 16, 18, 20, 21, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72, 92, 96} {
		cases = append(cases, damageCase{"header bytes", fmt.Sprintf("header byte %d", off), overwrite(off, []byte{0xa5, 0x5a, 0xff, 0x01})})
	}
	rng := rand.New(rand.NewPCG(uint64(size), 9))
	sampled := map[string]bool{} // the b-trees of the pages taken
	for p := 1; p <= pages; p++ {
		owner := owners[p]
		if owner == "" {
			owner = "free"
		}
		tree, _, _ := strings.Cut(owner, " ")
		// The sample takes every seventh page and the first page of each
		// b-tree of the relations.
		if !sweep() && p%7 != 3 && p != 1 && p != pages && (sampled[tree] || !strings.HasPrefix(tree, "relations")) {
			continue
		}
		sampled[tree] = true
		base := (p - 1) * pageSize
		for _, off := range []int{8, 12 + rng.IntN(20), pageSize / 2, pageSize - 40 + rng.IntN(30)} {
			if p == 1 && off < 100 {
				continue // the header, above
			}
			junk := []byte{byte(rng.Uint32()), byte(rng.Uint32()), byte(rng.Uint32())}
			cases = append(cases, damageCase{pageKind(owner) + " bytes", fmt.Sprintf("page %d (%s) bytes %d", p, owner, off), overwrite(base+off, junk)})
		}
		cases = append(cases, damageCase{pageKind(owner) + " zeroed", fmt.Sprintf("page %d (%s) zeroed", p, owner), overwrite(base, make([]byte, pageSize))})
	}
	cases = append(cases, relationRowCases(t, b)...)
	for _, cut := range []int{len(b) / 2, len(b) - pageSize, len(b) - pageSize/2, 100, 50} {
		cases = append(cases, damageCase{"file cut short", fmt.Sprintf("cut to %d bytes", cut), func(b []byte) []byte { return b[:cut] }})
	}
	cases = append(cases,
		damageCase{"empty file", "empty file", func([]byte) []byte { return nil }},
		damageCase{"not a store", "text file", func([]byte) []byte { return []byte("id,title\n1,not a store\n") }},
	)
	return cases
}

// TestDamage damages a store in many ways and wants every answer of export
// and query (whole graph, a window, lookups, neighbors, degrees, top, paths,
// articles) to be either the sound store's answer or an error that says the
// store is damaged or not a store: never a wrong answer. Then it does what
// ingest does to each damaged store: the quick check must refuse it, or the
// writes must fail with such an error, or the store must after them answer
// as the sound store does after the same writes.
func TestDamage(t *testing.T) {
	first, more := damageDocs()
	sound, ref := damageStore(t, first, "sound.db")
	_, ref2 := damageStore(t, append(slices.Clone(first), more...), "sound2.db")
	var ids []string
	for _, n := range ref.Nodes() {
		ids = append(ids, n.ID)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	var pairs [][2]string
	for range 12 {
		pairs = append(pairs, [2]string{ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]})
	}
	want := soundAnswers(t, sound, ref, pairs)
	orig, err := os.ReadFile(sound)
	if err != nil {
		t.Fatal(err)
	}
	sound2 := filepath.Join(t.TempDir(), "sound2.db")
	if err := os.WriteFile(sound2, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	if ingestInto(t, sound2, "sound store", more) {
		t.Fatal("the sound store refused an ingest")
	}
	want2 := soundAnswers(t, sound2, ref2, pairs)
	cases := damageCases(t, sound, len(orig))
	dir := t.TempDir()
	tally := map[[2]string]int{}
	for i, c := range cases {
		path := filepath.Join(dir, fmt.Sprintf("d%d.db", i))
		if err := os.WriteFile(path, c.harm(orig), 0o644); err != nil {
			t.Fatal(err)
		}
		tally[[2]string{c.kind, "read: " + judgeCase(t, c.name, path, want, ref, pairs)}]++
		// Ingest makes an empty file a store: nothing to compare.
		if c.kind != "empty file" && (sweep() || i%3 == 0) {
			if ingestInto(t, path, c.name, more) {
				tally[[2]string{c.kind, "ingest: refused"}]++
			} else {
				tally[[2]string{c.kind, "ingest: wrote, then " + judgeCase(t, c.name+", after an ingest", path, want2, ref2, pairs)}]++
			}
		}
		os.Remove(path)
	}
	for _, k := range slices.SortedFunc(maps.Keys(tally), comparePairs) {
		t.Logf("%-22s %-45s %4d", k[0], k[1], tally[k])
	}
}

// soundAnswers asks a sound store every question and wants no damage.
func soundAnswers(t *testing.T, path string, ref *graphstore.Graph, pairs [][2]string) *answers {
	t.Helper()
	want, err := ask(context.Background(), path, ref, pairs)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range want.errs {
		if e != nil && clear(e) {
			t.Fatalf("the sound store: %s: %v", want.names[i], e)
		}
	}
	return want
}

// judgeCase asks a damaged store every question, fails t on a wrong answer,
// and says what the store did.
func judgeCase(t *testing.T, name, path string, want *answers, ref *graphstore.Graph, pairs [][2]string) string {
	t.Helper()
	got, err := ask(context.Background(), path, ref, pairs)
	switch {
	case err != nil && !clear(err):
		t.Errorf("%s: Open: %v, want an error saying the store is damaged or not a store", name, err)
		return "unclear error"
	case err != nil:
		return "refused at open"
	}
	wrong, refused := judge(got, want)
	for _, w := range wrong[:min(3, len(wrong))] {
		t.Errorf("%s: a wrong answer: %s", name, w)
	}
	switch {
	case len(wrong) > 0:
		return "WRONG"
	case refused > 0:
		return "refused some answers"
	}
	return "all answers right"
}
