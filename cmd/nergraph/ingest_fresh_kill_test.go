package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/internal/testenv"
)

// TestIngestKillInFreshRefresh kills the first ingest into an empty store
// once its last batch has committed, while it writes the running totals and
// computes the cache from the articles it holds (SQLite's refreshFresh),
// at several delays; the next ingest, into a store that is no longer empty
// (the normal refresh), must leave the store a clean run leaves.
func TestIngestKillInFreshRefresh(t *testing.T) {
	testenv.Slow(t, "builds the binary and kills ingest in its refresh (about 10 s)")
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	corpus := genCorpus(t, dir, 400)
	ingest := func(db string, extra ...string) *exec.Cmd {
		args := append([]string{"ingest", "-j", "1", "--batch", "40", "--db", db}, extra...)
		return exec.Command(bin, append(args, corpus)...)
	}
	clean := filepath.Join(dir, "clean.db")
	out, err := ingest(clean, "-v").CombinedOutput()
	if err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	// The last batch's line says how many articles the store ends with.
	var last string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "batch ") && strings.Contains(l, " committed") {
			last = l[strings.LastIndex(l, ", "):]
		}
	}
	if last == "" {
		t.Fatalf("clean ingest reported no batch:\n%s", out)
	}
	want := storeRows(t, clean)
	wantExport, _ := mustRun(t, "export", "--db", clean, "-f", "json")
	killed := 0
	for _, delay := range []time.Duration{0, time.Millisecond, 4 * time.Millisecond, 15 * time.Millisecond, 40 * time.Millisecond} {
		t.Run(fmt.Sprint(delay), func(t *testing.T) {
			db := filepath.Join(dir, fmt.Sprintf("kill-%d.db", delay.Microseconds()))
			cmd := ingest(db, "-v")
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(stderr)
			done := false
			for !done && sc.Scan() {
				done = strings.HasPrefix(sc.Text(), "batch ") && strings.HasSuffix(sc.Text(), last)
			}
			if !done {
				t.Fatal("ingest ended before its last batch")
			}
			time.Sleep(delay)
			cmd.Process.Signal(os.Kill) //nolint:errcheck // it may have ended
			// Keep the pipe drained until the process is gone.
			go func() {
				for sc.Scan() {
				}
			}()
			werr := cmd.Wait()
			if werr != nil {
				killed++
			}
			t.Logf("killed: %v, query cache fresh: %v", werr != nil, cacheFresh(t, db))
			if out, err := ingest(db, "-q").CombinedOutput(); err != nil {
				t.Fatalf("ingest again: %v\n%s", err, out)
			}
			if got := storeRows(t, db); !reflect.DeepEqual(got, want) {
				t.Errorf("after ingesting again, the store differs from a clean run's (%d rows vs %d)", len(got), len(want))
			}
			if got, _ := mustRun(t, "export", "--db", db, "-f", "json"); got != wantExport {
				t.Errorf("after ingesting again, export differs from a clean run's")
			}
			if out, _ := mustRun(t, "check", "--db", db); !strings.Contains(out, "no damage found") {
				t.Errorf("check: %s", out)
			}
		})
	}
	if killed == 0 {
		t.Error("every ingest ended before the kill: the test killed none in its refresh")
	}
}
