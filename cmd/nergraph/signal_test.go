package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nergraph/nergraph/internal/testenv"
)

// TestSignalStopsCleanly sends SIGTERM to a built binary while build -o,
// extract -o and ingest work on a generated corpus: each exits 130, leaves
// no temporary file, keeps an existing output file as it was and a store
// consistent, and a second run completes with the result of an
// uninterrupted one.
func TestSignalStopsCleanly(t *testing.T) {
	testenv.Slow(t, "builds the binary and runs it on a generated corpus of 20,000 articles (about 15 s)")
	if runtime.GOOS != "linux" {
		t.Skip("watches /proc to signal the process while it reads its input")
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	const articles = 20000
	big := genCorpus(t, filepath.Join(dir, "big"), articles)

	t.Run("build", func(t *testing.T) {
		outDir := filepath.Join(dir, "build")
		out := writeFile(t, outDir, "graph.json", "the previous graph\n")
		code, stderr := interrupt(t, exec.Command(bin, "build", "-j", "1", "-q", "-o", out, big), func(pid int) bool {
			return reading(pid, big)
		})
		checkInterrupted(t, code, stderr, outDir)
		if got, _ := os.ReadFile(out); string(got) != "the previous graph\n" {
			t.Errorf("the interrupted build changed %s: %.60q", out, got)
		}
		if b, err := exec.Command(bin, "build", "-q", "-o", out, big).CombinedOutput(); err != nil {
			t.Fatalf("build again: %v\n%s", err, b)
		}
		want, _ := mustRun(t, "build", "-q", "-f", "json", big)
		if got, _ := os.ReadFile(out); string(got) != want {
			t.Errorf("build after the interrupted one differs from an uninterrupted build")
		}
	})

	t.Run("extract", func(t *testing.T) {
		outDir := filepath.Join(dir, "extract")
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(outDir, "ents.jsonl")
		code, stderr := interrupt(t, exec.Command(bin, "extract", "-j", "1", "-q", "-o", out, big), func(int) bool {
			tmps, _ := filepath.Glob(filepath.Join(outDir, ".ents.jsonl.tmp*"))
			for _, p := range tmps {
				if st, err := os.Stat(p); err == nil && st.Size() > 0 {
					return true // writing: some documents are out
				}
			}
			return false
		})
		checkInterrupted(t, code, stderr, outDir)
		if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the interrupted extract left %s (%v)", out, err)
		}
		if b, err := exec.Command(bin, "extract", "-q", "-o", out, big).CombinedOutput(); err != nil {
			t.Fatalf("extract again: %v\n%s", err, b)
		}
		got, _ := os.ReadFile(out)
		if n := bytes.Count(got, []byte("\n")); n != articles {
			t.Errorf("extract after the interrupted one wrote %d documents, want %d", n, articles)
		}
	})

	t.Run("ingest", func(t *testing.T) {
		ingDir := filepath.Join(dir, "ingest")
		corpus := genCorpus(t, ingDir, 600)
		const batch = 4
		ingest := func(db string, extra ...string) *exec.Cmd {
			args := append([]string{"ingest", "-j", "1", "--batch", "4", "--db", db}, extra...)
			return exec.Command(bin, append(args, corpus)...)
		}
		clean := filepath.Join(ingDir, "clean.db")
		if b, err := ingest(clean, "-q").CombinedOutput(); err != nil {
			t.Fatalf("clean ingest: %v\n%s", err, b)
		}
		want := storeRows(t, clean)
		wantExport, _ := mustRun(t, "export", "--db", clean, "-f", "json")

		storeDir := filepath.Join(ingDir, "store")
		db := filepath.Join(storeDir, "graph.db")
		if err := os.MkdirAll(storeDir, 0o755); err != nil {
			t.Fatal(err)
		}
		code, stderr := interruptIngest(t, ingest(db, "-v"), 3)
		checkInterrupted(t, code, stderr, storeDir)
		n := checkConsistent(t, db, batch)
		if n < 3*batch || n >= 600 {
			t.Errorf("the interrupted store holds %d articles, want from %d to fewer than 600", n, 3*batch)
		}
		if b, err := ingest(db, "-q").CombinedOutput(); err != nil {
			t.Fatalf("ingest again: %v\n%s", err, b)
		}
		if got := storeRows(t, db); !reflect.DeepEqual(got, want) {
			t.Errorf("after ingesting again, the store differs from a clean run's (%d rows vs %d)", len(got), len(want))
		}
		if got, _ := mustRun(t, "export", "--db", db, "-f", "json"); got != wantExport {
			t.Errorf("after ingesting again, export differs from a clean run's")
		}
	})
}

// interrupt starts cmd, waits until ready reports true of its process,
// sends it SIGTERM and returns its exit code and stderr.
func interrupt(t *testing.T, cmd *exec.Cmd, ready func(pid int) bool) (int, string) {
	t.Helper()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.After(60 * time.Second)
	for !ready(cmd.Process.Pid) {
		select {
		case err := <-exited:
			t.Fatalf("%s ended (%v) before it could be signalled; the corpus is too small\n%s", cmd.Args[1], err, stderr.String())
		case <-deadline:
			cmd.Process.Kill()
			t.Fatalf("%s never got ready", cmd.Args[1])
		case <-time.After(2 * time.Millisecond):
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	return exitCode(t, <-exited), stderr.String()
}

// interruptIngest starts ingest -v, sends it SIGTERM once batches have
// committed, and returns its exit code and stderr.
func interruptIngest(t *testing.T, cmd *exec.Cmd, batches int) (int, string) {
	t.Helper()
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	sc := bufio.NewScanner(pipe)
	for committed := 0; committed < batches && sc.Scan(); {
		stderr.WriteString(sc.Text() + "\n")
		if strings.HasPrefix(sc.Text(), "batch ") && strings.Contains(sc.Text(), " committed") {
			committed++
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("ingest ended before it could be signalled: %v\n%s", err, stderr.String())
	}
	for sc.Scan() {
		stderr.WriteString(sc.Text() + "\n")
	}
	return exitCode(t, cmd.Wait()), stderr.String()
}

func exitCode(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode() // -1 when a signal killed it
	}
	t.Fatal(err)
	return 0
}

// checkInterrupted checks the exit code and message of an interrupted run
// and that it left no temporary file in dir.
func checkInterrupted(t *testing.T, code int, stderr, dir string) {
	t.Helper()
	if code != exitInterrupted {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitInterrupted, stderr)
	}
	if !strings.Contains(stderr, "nergraph: interrupted") {
		t.Errorf("stderr does not say it was interrupted:\n%s", stderr)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") || strings.HasSuffix(e.Name(), "-journal") || strings.HasSuffix(e.Name(), "-wal") {
			t.Errorf("left %s behind", e.Name())
		}
	}
}

// reading reports whether process pid has path open.
func reading(pid int, path string) bool {
	fds, _ := filepath.Glob(filepath.Join("/proc", strconv.Itoa(pid), "fd", "*"))
	for _, fd := range fds {
		if target, err := os.Readlink(fd); err == nil && target == path {
			return true
		}
	}
	return false
}
