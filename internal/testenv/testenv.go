// Package testenv finds what tests need outside the repository: the shared
// data folder and third-party programs such as Graphviz's dot.
//
// A test that needs one calls [Shared] or [Tool]; when it is absent the test
// is skipped with a message saying what is missing, unless the environment
// variable NERGRAPH_REQUIRE_ALL is set (as .ci/run does), which turns the skip
// into a failure. A slow test calls [Slow] and runs only when
// NERGRAPH_SLOW is set.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// RequireAll is the environment variable that turns skips into failures.
const RequireAll = "NERGRAPH_REQUIRE_ALL"

// SlowVar is the environment variable that runs the slow tests, which
// .ci/run sets: NERGRAPH_SLOW=1.
const SlowVar = "NERGRAPH_SLOW"

// Slow skips a slow test (one that builds the binary and runs it on a large
// generated corpus, say), saying why it is slow and how to run it, unless
// NERGRAPH_SLOW is set; with -short it always skips. NERGRAPH_REQUIRE_ALL
// does not run slow tests: they are asked for by name.
func Slow(t testing.TB, why string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("slow: %s (skipped with -short)", why)
	}
	if os.Getenv(SlowVar) == "" {
		t.Skipf("slow: %s; set %s=1 to run it", why, SlowVar)
	}
}

// Missing skips the test, saying what is missing, or fails it when
// NERGRAPH_REQUIRE_ALL is set.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv(RequireAll) != "" {
		t.Fatalf(format+" (required because "+RequireAll+" is set)", args...)
	}
	t.Skipf(format, args...)
}

// SharedDir returns the shared data folder without failing: $NERGRAPH_SHARED,
// else ../shared beside the repository root. It returns "" when none exists.
func SharedDir() string {
	if d := os.Getenv("NERGRAPH_SHARED"); d != "" {
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// file is <root>/internal/testenv/testenv.go
	d := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if st, err := os.Stat(d); err == nil && st.IsDir() {
		return filepath.Clean(d)
	}
	return ""
}

// Shared returns the path of rel inside the shared data folder, skipping the
// test when it is absent.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	d := SharedDir()
	if d == "" {
		Missing(t, "shared data folder not found (set NERGRAPH_SHARED or put shared/ beside the repository)")
		return ""
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		Missing(t, "shared data %s not found", p)
	}
	return p
}

// Tool returns the path of a program on $PATH, skipping the test when it is
// not installed.
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, "%s is not installed", name)
	}
	return p
}

// PythonVar is the environment variable that names the Python to try
// first (as .ci/run sets it to one with networkx 3).
const PythonVar = "NERGRAPH_PYTHON"

// pythons are the interpreters tried, in order: $NERGRAPH_PYTHON, python3 on
// $PATH (a pyenv or virtualenv one, where pip installs), Debian's
// /usr/bin/python3 (where apt's python3-networkx installs).
func pythons() []string {
	var out []string
	for _, py := range []string{os.Getenv(PythonVar), "python3", "/usr/bin/python3"} {
		if py == "" {
			continue
		}
		if p, err := exec.LookPath(py); err == nil && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// probe caches what each interpreter can import, so a test binary starts
// each Python once per question.
var probe sync.Map // key: python + "\x00" + script; value: probeResult

type probeResult struct {
	out string
	ok  bool
}

func ask(py, script string) (string, bool) {
	key := py + "\x00" + script
	if r, ok := probe.Load(key); ok {
		return r.(probeResult).out, r.(probeResult).ok
	}
	out, err := exec.Command(py, "-c", script).Output()
	r := probeResult{strings.TrimSpace(string(out)), err == nil}
	probe.Store(key, r)
	return r.out, r.ok
}

// Python returns a Python 3 interpreter that can import all the given
// modules, skipping the test when there is none (see [Missing]).
func Python(t testing.TB, modules ...string) string {
	t.Helper()
	script := "import sys"
	for _, m := range modules {
		script += "; import " + m
	}
	for _, py := range pythons() {
		if _, ok := ask(py, script); ok {
			return py
		}
	}
	Missing(t, "no python3 with modules %v (set %s to one)", modules, PythonVar)
	return ""
}

// PostgresURL is the environment variable that names a PostgreSQL server for
// the tests of the PostgreSQL store, as a URL such as
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable. .ci/run starts
// a throwaway server and sets it.
const PostgresURL = "NERGRAPH_POSTGRES_URL"

// Postgres returns the URL of the PostgreSQL server the tests may use,
// skipping the test when none is named. The tests make their own schemas in
// its database and drop them at the end.
func Postgres(t testing.TB) string {
	t.Helper()
	u := os.Getenv(PostgresURL)
	if u == "" {
		Missing(t, "no PostgreSQL server for the tests (set %s, or run .ci/postgres.sh)", PostgresURL)
	}
	return u
}

// Networkx returns the Python 3 interpreter with the newest networkx among
// those tried (see [Python]), and networkx's major version, skipping the
// test when none has networkx. networkx 3 reads GEXF 1.3; Debian 12's
// python3-networkx is 2.8, which reads the other formats.
func Networkx(t testing.TB) (string, int) {
	t.Helper()
	best, bestMajor := "", 0
	for _, py := range pythons() {
		out, ok := ask(py, "import networkx; print(networkx.__version__.split('.')[0])")
		if major, err := strconv.Atoi(out); ok && err == nil && major > bestMajor {
			best, bestMajor = py, major
		}
	}
	if best == "" {
		Missing(t, "no python3 with networkx (set %s to one, or apt-get install python3-networkx)", PythonVar)
	}
	return best, bestMajor
}
