package main

import (
	"bufio"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nergraph/nergraph/graphstore/sqlite"
	"github.com/nergraph/nergraph/internal/testenv"

	_ "modernc.org/sqlite" // the driver the store uses, to read its tables
)

// binDir holds the binary buildBinary builds, once per test run; TestMain
// removes it.
var binDir string

var buildOnce = sync.OnceValues(func() (string, error) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		return "", err
	}
	if binDir, err = os.MkdirTemp("", "nergraph-test-bin"); err != nil {
		return "", err
	}
	bin := filepath.Join(binDir, "nergraph")
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// buildBinary builds nergraph, once for all the tests that need a process
// to kill or signal, and returns its path. dir is unused: the binary lives
// until the tests end.
func buildBinary(t *testing.T, _ string) string {
	t.Helper()
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	for _, dir := range nobodyDirs {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// storeRows reads every count a store holds, leaving out what depends on the
// run (ingest order and time), so two stores of the same articles compare
// equal.
func storeRows(t *testing.T, path string) []string {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []string
	for _, q := range []string{
		`PRAGMA integrity_check`,
		`SELECT id || ' ' || hash || ' ' || coalesce(date, '-') FROM articles ORDER BY id`,
		`SELECT a.id || ' ' || m.entity || ' ' || m.mentions || ' ' || m.sources || ' ' || m.sentences || ' ' || m.aliases
			FROM mentions m JOIN articles a ON a.seq = m.article ORDER BY a.id, m.entity`,
		`SELECT id || ' ' || mentions || ' ' || articles || ' ' || sources || ' ' || coalesce(first_seen, '-') || ' ' || coalesce(last_seen, '-')
			FROM entities ORDER BY id`,
		`SELECT entity || ' ' || name || ' ' || count FROM aliases ORDER BY entity, name`,
		`SELECT source || ' ' || target || ' ' || weight || ' ' || sentences FROM edges ORDER BY source, target`,
		// The query cache, refreshed at the end of each ingest.
		`SELECT articles || ' ' || max_seq FROM graph_state`,
		`SELECT id || ' ' || label || ' ' || mentions || ' ' || articles || ' ' || degree || ' ' || aliases FROM graph_nodes ORDER BY id`,
		`SELECT source || ' ' || target || ' ' || weight || ' ' || sentences || ' ' || npmi || ' ' || articles FROM graph_links ORDER BY source, target`,
		`SELECT raw || ' ' || id FROM graph_canonical ORDER BY raw`,
		`SELECT a.id || ' ' || l.raw || ' ' || l.id FROM graph_article_links l JOIN articles a ON a.seq = l.article ORDER BY a.id, l.raw`,
		`SELECT id || ' ' || tally FROM node_tallies ORDER BY id`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// checkConsistent checks that a store holds whole batches and that its
// running totals agree with its per-article rows (of the articles whose
// totals are not pending).
func checkConsistent(t *testing.T, path string, batch int) int {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// A kill while the store is being created leaves an SQLite file whose
	// schema is at some version below the current one (each migration step
	// commits on its own, from an empty file up): a store with no article
	// yet, which the next ingest takes on up.
	var tables int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'table'`).Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables == 0 {
		return 0
	}
	var version int
	if err := db.QueryRow(`SELECT version FROM schema_version`).Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version < sqlite.SchemaVersion {
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM articles`).Scan(&n); err != nil || n != 0 {
			t.Errorf("a store killed while created, at schema version %d, holds %d articles (%v); want none", version, n, err)
		}
		return n
	}
	var ok string
	var articles, mentionRows, entArticles, mentions, entMentions, pairs, weights int
	// The totals hold the articles but those of the batches whose totals
	// were still pending (in memory) when the ingest was killed.
	counted := `(SELECT * FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM totals_pending p WHERE m.article BETWEEN p.first AND p.last))`
	err = db.QueryRow(`SELECT (SELECT group_concat(integrity_check) FROM pragma_integrity_check),
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM `+counted+`), (SELECT coalesce(sum(articles), 0) FROM entities),
		(SELECT coalesce(sum(mentions), 0) FROM `+counted+`), (SELECT coalesce(sum(mentions), 0) FROM entities),
		(SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM (SELECT count(*) AS n FROM `+counted+` GROUP BY article)),
		(SELECT coalesce(sum(weight), 0) FROM edges)`).
		Scan(&ok, &articles, &mentionRows, &entArticles, &mentions, &entMentions, &pairs, &weights)
	if err != nil {
		t.Fatal(err)
	}
	if ok != "ok" {
		t.Errorf("integrity_check: %s", ok)
	}
	if articles%batch != 0 {
		t.Errorf("%d articles is not a whole number of batches of %d", articles, batch)
	}
	if mentionRows != entArticles || mentions != entMentions || pairs != weights {
		t.Errorf("totals disagree with the rows: mention rows %d vs entity articles %d, mentions %d vs %d, pairs %d vs edge weights %d",
			mentionRows, entArticles, mentions, entMentions, pairs, weights)
	}
	return articles
}

// cacheFresh reports whether a store's query cache holds all its articles.
func cacheFresh(t *testing.T, path string) bool {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var fresh bool
	if err := db.QueryRow(`SELECT count(*) > 0 FROM sqlite_schema WHERE name = 'graph_state'`).Scan(&fresh); err != nil || !fresh {
		return false // no schema yet: killed while the store was created
	}
	err = db.QueryRow(`SELECT EXISTS (SELECT 1 FROM graph_state s
		WHERE s.articles = (SELECT count(*) FROM articles) AND s.max_seq = (SELECT coalesce(max(seq), 0) FROM articles))`).Scan(&fresh)
	if err != nil {
		t.Fatal(err)
	}
	return fresh
}

// TestIngestSurvivesKill kills ingest with SIGKILL at several points, checks
// that the store holds whole batches, resumes, and compares with a clean run.
func TestIngestSurvivesKill(t *testing.T) {
	testenv.Slow(t, "builds the binary and kills ingest at several points (about 20 s)")
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	corpus := genCorpus(t, dir, 600)
	const batch = 4
	ingest := func(db string, extra ...string) *exec.Cmd {
		args := append([]string{"ingest", "-j", "1", "--batch", fmt.Sprint(batch), "--db", db}, extra...)
		return exec.Command(bin, append(args, corpus)...)
	}

	clean := filepath.Join(dir, "clean.db")
	if out, err := ingest(clean, "-q").CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := storeRows(t, clean)
	wantExport, _ := mustRun(t, "export", "--db", clean, "-f", "json")

	points := []struct {
		afterBatch int           // kill once this batch has committed...
		delay      time.Duration // ...and this much later
		mayFinish  bool          // the run may end before the kill
	}{
		{0, 150 * time.Millisecond, false}, // while loading the model, creating the store or in the first batches
		{1, 0, false},
		{5, 3 * time.Millisecond, false},
		{12, 10 * time.Millisecond, false},
		{40, 0, false},
		{150, 5 * time.Millisecond, true}, // the last batch: in the cache refresh
	}
	for _, p := range points {
		t.Run(fmt.Sprintf("after%d+%v", p.afterBatch, p.delay), func(t *testing.T) {
			db := filepath.Join(dir, fmt.Sprintf("kill-%d.db", p.afterBatch))
			cmd := ingest(db, "-v")
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			committed := 0
			sc := bufio.NewScanner(stderr)
			for committed < p.afterBatch && sc.Scan() {
				if strings.HasPrefix(sc.Text(), "batch ") && strings.Contains(sc.Text(), " committed") {
					committed++
				}
			}
			if committed < p.afterBatch {
				t.Fatalf("ingest ended after %d batches, before batch %d", committed, p.afterBatch)
			}
			time.Sleep(p.delay)
			if err := cmd.Process.Signal(os.Kill); err != nil && !p.mayFinish {
				t.Fatal(err)
			}
			go func() { // keep the pipe drained until the process is gone
				for sc.Scan() {
				}
			}()
			if err := cmd.Wait(); err == nil && !p.mayFinish {
				t.Fatalf("ingest finished before the kill; the corpus is too small")
			}

			if _, err := os.Stat(db); err == nil {
				n := checkConsistent(t, db, batch)
				if n < committed*batch {
					t.Errorf("store holds %d articles after %d committed batches of %d", n, committed, batch)
				}
				t.Logf("killed with %d articles stored, query cache fresh: %v", n, cacheFresh(t, db))
			}

			if out, err := ingest(db, "-q").CombinedOutput(); err != nil {
				t.Fatalf("resumed ingest: %v\n%s", err, out)
			}
			if got := storeRows(t, db); !reflect.DeepEqual(got, want) {
				t.Errorf("after resuming, the store differs from a clean run's (%d rows vs %d)", len(got), len(want))
			}
			if got, _ := mustRun(t, "export", "--db", db, "-f", "json"); got != wantExport {
				t.Errorf("after resuming, export differs from a clean run's")
			}
		})
	}
}

// TestConcurrentIngest runs two ingests of the same corpus into one new
// store at once, and exports while they write: the second writer waits for the first
// one's transactions, every article counts once, and readers are not blocked.
func TestConcurrentIngest(t *testing.T) {
	testenv.Slow(t, "builds the binary and runs three ingests and exports at once (about 4 s)")
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	corpus := genCorpus(t, dir, 60)
	clean := filepath.Join(dir, "clean.db")
	if out, err := exec.Command(bin, "ingest", "-q", "-j", "1", "--db", clean, corpus).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}

	db := filepath.Join(dir, "shared.db")
	var wg sync.WaitGroup
	outs := make([][]byte, 2)
	errs := make([]error, 2)
	for i := range 2 {
		wg.Go(func() {
			outs[i], errs[i] = exec.Command(bin, "ingest", "-q", "-j", "1", "--batch", "3", "--db", db, corpus).CombinedOutput()
		})
	}
	exports := 0
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	for running := true; running; {
		select {
		case <-done:
			running = false
		case <-time.After(20 * time.Millisecond):
			// Not created yet, or created and empty until the first
			// ingest's first transaction commits: export refuses an empty
			// file ("not a nergraph store: an empty file"), rightly.
			if fi, err := os.Stat(db); err != nil || fi.Size() == 0 {
				continue
			}
			if code, _, stderr := run(t, "", "export", "--db", db, "-f", "json"); code != 0 {
				t.Errorf("export during ingest: exit %d: %s", code, stderr)
			}
			exports++
		}
	}
	for i := range 2 {
		if errs[i] != nil {
			t.Errorf("ingest %d: %v\n%s", i, errs[i], outs[i])
		}
	}
	t.Logf("%d exports ran during the two ingests", exports)

	if got, want := storeRows(t, db), storeRows(t, clean); !reflect.DeepEqual(got, want) {
		t.Errorf("the store two ingests shared differs from a clean run's (%d rows vs %d)", len(got), len(want))
	}
}

// TestCheckConsistentMidCreation gives checkConsistent a store killed
// between two of the migration steps that create it (CI run 40 killed one
// after the step before totals_pending): a store with no article, not an
// error.
func TestCheckConsistentMidCreation(t *testing.T) {
	path := filepath.Join(t.TempDir(), "half.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// The tables a store has before its version-8 step, as far as the
	// check reads them.
	for _, q := range []string{
		`CREATE TABLE schema_version (version INTEGER NOT NULL)`,
		`INSERT INTO schema_version VALUES (7)`,
		`CREATE TABLE articles (seq INTEGER PRIMARY KEY)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if n := checkConsistent(t, path, 10); n != 0 {
		t.Errorf("checkConsistent = %d articles, want 0", n)
	}
}
