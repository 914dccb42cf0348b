// Package testenv finds what tests need outside the repository: the shared
// data folder and third-party programs such as Graphviz's dot.
//
// A test that needs one calls [Shared] or [Tool]; when it is absent the test
// is skipped with a message saying what is missing, unless the environment
// variable NERGRAPH_REQUIRE_ALL is set (as .ci/run does), which turns the skip
// into a failure.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// RequireAll is the environment variable that turns skips into failures.
const RequireAll = "NERGRAPH_REQUIRE_ALL"

func missing(t testing.TB, format string, args ...any) {
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
		missing(t, "shared data folder not found (set NERGRAPH_SHARED or put shared/ beside the repository)")
		return ""
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		missing(t, "shared data %s not found", p)
	}
	return p
}

// Tool returns the path of a program on $PATH, skipping the test when it is
// not installed.
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, "%s is not installed", name)
	}
	return p
}

// Python returns a Python 3 interpreter that can import all the given
// modules, skipping the test when there is none. Debian's /usr/bin/python3
// is tried first, because Debian's packages (python3-networkx) install there.
func Python(t testing.TB, modules ...string) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		p, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		args := []string{"-c", "import sys"}
		for _, m := range modules {
			args[1] += "; import " + m
		}
		if exec.Command(p, args...).Run() == nil {
			return p
		}
	}
	missing(t, "no python3 with modules %v", modules)
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
		missing(t, "no PostgreSQL server for the tests (set %s, or run .ci/postgres.sh)", PostgresURL)
	}
	return u
}
