package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/internal/testenv"
)

// pgTarget returns the URL of a PostgreSQL store in a new schema, dropped
// when the test ends.
func pgTarget(t *testing.T) string {
	t.Helper()
	base := testenv.Postgres(t)
	schema := fmt.Sprintf("cmd_%d", time.Now().UnixNano())
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("schema", schema)
	u.RawQuery = q.Encode()
	t.Cleanup(func() {
		if conn, err := pgx.Connect(context.Background(), base); err == nil {
			conn.Exec(context.Background(), `DROP SCHEMA IF EXISTS `+schema+` CASCADE`)
			conn.Close(context.Background())
		}
	})
	return u.String()
}

// TestPostgresEqualsBuildAndSQLite ingests the sample articles and a
// generated corpus into PostgreSQL with three concurrent ingests, one per
// --shard, and wants the exports build and the SQLite store give, byte for
// byte, and the same query answers as the SQLite store.
func TestPostgresEqualsBuildAndSQLite(t *testing.T) {
	pg := pgTarget(t)
	dir := t.TempDir()
	corpus := genCorpus(t, dir, 60)
	inputs := []string{sampleDir, corpus}
	var wg sync.WaitGroup
	errs := make([]string, 3)
	for i := range 3 {
		wg.Go(func() {
			args := append([]string{"ingest", "-q", "--db", pg, "--batch", "7", "--shard", fmt.Sprintf("%d/3", i+1), "--refresh=false"}, inputs...)
			if code, _, stderr := run(t, "", args...); code != 0 {
				errs[i] = fmt.Sprintf("shard %d/3: exit %d: %s", i+1, code, stderr)
			}
		})
	}
	wg.Wait()
	for _, e := range errs {
		if e != "" {
			t.Fatal(e)
		}
	}
	// A last ingest of everything adds nothing and refreshes the cache.
	_, stderr := mustRun(t, append([]string{"ingest", "--db", pg}, inputs...)...)
	if !strings.Contains(stderr, "added 0 articles") {
		t.Errorf("a fourth ingest of the same inputs added articles:\n%s", stderr)
	}
	db := filepath.Join(dir, "graph.db")
	mustRun(t, append([]string{"ingest", "-q", "--db", db}, inputs...)...)

	for _, args := range [][]string{{"-f", "json"}, {"-f", "gexf"}, {"-f", "json", "--since", "2024-03-01", "--until", "2024-06-30"}} {
		fromPG, _ := mustRun(t, append([]string{"export", "--db", pg}, args...)...)
		fromSQLite, _ := mustRun(t, append([]string{"export", "--db", db}, args...)...)
		built := fromSQLite // build has no window
		if !strings.Contains(strings.Join(args, " "), "since") {
			built, _ = mustRun(t, append(append([]string{"build", "-q"}, inputs...), args...)...)
		}
		if fromPG != built || fromSQLite != built {
			t.Errorf("export %v: PostgreSQL %d bytes, SQLite %d, build %d; want the same bytes", args, len(fromPG), len(fromSQLite), len(built))
		}
	}

	// Query answers, from each store's cache.
	top, _ := mustRun(t, "query", "--db", db, "--json", "top", "-n", "8")
	var questions [][]string
	for _, typ := range []string{"", "PERSON", "COUNTRY", "ORG"} {
		questions = append(questions, []string{"top", "--type", typ, "-n", "5"})
	}
	for _, name := range []string{"Putin", "Vladimir Putin", "merkel", "Germany", "NATO", "Nobody"} {
		questions = append(questions, []string{"entity", name}, []string{"neighbors", name, "-n", "4"})
	}
	questions = append(questions, []string{"path", "Angela Merkel", "Xi Jinping"}, []string{"path", "Olaf Scholz", "Brazil"},
		[]string{"articles", "Germany", "Russia"})
	for _, q := range questions {
		for _, asJSON := range []bool{false, true} {
			args := []string{"query", "--db"}
			tail := q
			if asJSON {
				tail = append([]string{"--json"}, q...)
			}
			c1, o1, e1 := run(t, "", append(append(args, pg), tail...)...)
			c2, o2, e2 := run(t, "", append(append(args, db), tail...)...)
			if c1 != c2 || o1 != o2 || strings.ReplaceAll(e1, pg, db) != e2 {
				t.Errorf("query %v: PostgreSQL exit %d\n%s%s\nSQLite exit %d\n%s%s", tail, c1, o1, e1, c2, o2, e2)
			}
		}
	}
	if !strings.Contains(top, "id") {
		t.Errorf("top: %s", top)
	}
}

// TestPostgresReadOnly: export and query never create a store, and say so.
func TestPostgresReadOnly(t *testing.T) {
	pg := pgTarget(t)
	for _, args := range [][]string{{"export", "--db", pg, "-f", "json"}, {"query", "--db", pg, "top"}} {
		code, _, stderr := run(t, "", args...)
		if code != 1 || !strings.Contains(stderr, "store does not exist") {
			t.Errorf("%v on an empty schema: exit %d, %s; want 1 and 'store does not exist'", args[0], code, stderr)
		}
	}
	code, _, stderr := run(t, "", "ingest", "--db", pg, "--shard", "4/3", sampleDir)
	if code != 2 || !strings.Contains(stderr, "--shard") {
		t.Errorf("ingest --shard 4/3: exit %d, %s; want a usage error", code, stderr)
	}
}

// pgConsistent checks that a PostgreSQL store holds whole batches and that
// its running totals agree with its per-article rows, and returns its
// number of articles.
func pgConsistent(t *testing.T, target string) int {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	schema := u.Query().Get("schema")
	conn, err := pgx.Connect(context.Background(), testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var exists bool
	if err := conn.QueryRow(context.Background(), `SELECT to_regclass($1) IS NOT NULL`, schema+".batches").Scan(&exists); err != nil {
		t.Fatal(err)
	}
	if !exists {
		return 0 // killed before it made the store
	}
	var articles, inBatches, orphans, mentionRows, entArticles, mentions, entMentions, pairs, weights int64
	err = conn.QueryRow(context.Background(), fmt.Sprintf(`SELECT (SELECT count(*) FROM %[1]s.articles),
		(SELECT coalesce(sum(articles), 0) FROM %[1]s.batches),
		(SELECT count(*) FROM %[1]s.articles a LEFT JOIN %[1]s.batches b ON b.key = a.seq >> 24 WHERE b.key IS NULL),
		(SELECT count(*) FROM %[1]s.mentions), (SELECT coalesce(sum(articles), 0) FROM %[1]s.entities),
		(SELECT coalesce(sum(mentions), 0) FROM %[1]s.mentions), (SELECT coalesce(sum(mentions), 0) FROM %[1]s.entities),
		(SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM (SELECT count(*) AS n FROM %[1]s.mentions GROUP BY article) x),
		(SELECT coalesce(sum(weight), 0) FROM %[1]s.edges)`, schema)).
		Scan(&articles, &inBatches, &orphans, &mentionRows, &entArticles, &mentions, &entMentions, &pairs, &weights)
	if err != nil {
		t.Fatal(err)
	}
	if articles != inBatches || orphans != 0 {
		t.Errorf("%d articles, %d in committed batches, %d in none", articles, inBatches, orphans)
	}
	if mentionRows != entArticles || mentions != entMentions || pairs != weights {
		t.Errorf("totals disagree with the rows: mention rows %d vs entity articles %d, mentions %d vs %d, pairs %d vs edge weights %d",
			mentionRows, entArticles, mentions, entMentions, pairs, weights)
	}
	return int(articles)
}

// TestPostgresIngestSurvivesKill runs three sharded ingest processes into
// one PostgreSQL store and kills one of them with SIGKILL, again and again
// at random moments, restarting it each time; then it runs the three to the
// end and wants build's export, and totals that agree with the rows after
// every kill.
func TestPostgresIngestSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs ingest many times")
	}
	pg := pgTarget(t)
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	corpus := genCorpus(t, dir, 400)
	start := func(i int) *exec.Cmd {
		cmd := exec.Command(bin, "ingest", "-q", "-j", "1", "--batch", "3", "--refresh=false", "--db", pg,
			"--shard", fmt.Sprintf("%d/3", i+1), corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	var workers [3]*exec.Cmd
	done := make([]chan error, 3)
	for i := range workers {
		workers[i] = start(i)
		done[i] = make(chan error, 1)
		go func(c *exec.Cmd, ch chan error) { ch <- c.Wait() }(workers[i], done[i])
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	kills := 0
	var finished [3]bool
	for round := 0; round < 10; round++ {
		time.Sleep(time.Duration(100+rng.IntN(400)) * time.Millisecond)
		i := rng.IntN(3)
		if finished[i] {
			continue
		}
		select {
		case <-done[i]: // finished meanwhile
			finished[i] = true
			continue
		default:
		}
		workers[i].Process.Kill()
		<-done[i]
		kills++
		pgConsistent(t, pg)
		workers[i] = start(i)
		go func(c *exec.Cmd, ch chan error) { ch <- c.Wait() }(workers[i], done[i])
	}
	for i := range workers {
		if !finished[i] {
			<-done[i] // the re-run completes what it left, if anything
		}
	}
	for i := range workers {
		if out, err := exec.Command(bin, "ingest", "-q", "--refresh=false", "--db", pg, "--shard", fmt.Sprintf("%d/3", i+1), corpus).CombinedOutput(); err != nil {
			t.Fatalf("re-run of shard %d: %v\n%s", i+1, err, out)
		}
	}
	if out, err := exec.Command(bin, "ingest", "-q", "--db", pg, corpus).CombinedOutput(); err != nil {
		t.Fatalf("last ingest: %v\n%s", err, out)
	}
	t.Logf("%d kills; %d articles stored", kills, pgConsistent(t, pg))
	built, _ := mustRun(t, "build", "-q", corpus, "-f", "json")
	if got, _ := mustRun(t, "export", "--db", pg, "-f", "json"); got != built {
		t.Errorf("after %d kills and a re-run, export differs from build", kills)
	}
	// The incrementally refreshed cache answers as the graph does.
	for _, q := range [][]string{{"neighbors", "Vladimir Putin"}, {"top", "-n", "10"}, {"path", "Joe Biden", "Siemens"}} {
		got, _ := mustRun(t, append([]string{"query", "--db", pg, "--json"}, q...)...)
		db := filepath.Join(dir, "check.db")
		if _, err := os.Stat(db); err != nil {
			mustRun(t, "ingest", "-q", "--db", db, corpus)
		}
		want, _ := mustRun(t, append([]string{"query", "--db", db, "--json"}, q...)...)
		if got != want {
			t.Errorf("query %v: PostgreSQL and SQLite answer differently:\n%s\n%s", q, got, want)
		}
	}
}
