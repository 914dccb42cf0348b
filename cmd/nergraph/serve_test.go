package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// serving is a serve command run in the process, on a free port.
type serving struct {
	url    string
	cancel context.CancelFunc
	code   chan int
	stderr *lockedBuffer
}

// lockedBuffer is a buffer that the server and the test may use at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var servingOn = regexp.MustCompile(`on (http://[^ ]+)/ `)

// startServe runs "nergraph serve" with args until the test cancels it, and
// waits for it to say where it listens.
func startServe(t *testing.T, args ...string) *serving {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &serving{cancel: cancel, code: make(chan int, 1), stderr: &lockedBuffer{}}
	ios := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: s.stderr}
	go func() {
		s.code <- mainContext(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), ios)
	}()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if m := servingOn.FindStringSubmatch(s.stderr.String()); m != nil {
			s.url = m[1]
			break
		}
		select {
		case code := <-s.code:
			t.Fatalf("serve exited %d: %s", code, s.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start: %s", s.stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Cleanup(cancel)
	return s
}

// stop cancels the command's context, as SIGINT does, and checks that it
// shut down cleanly.
func (s *serving) stop(t *testing.T) {
	t.Helper()
	s.cancel()
	select {
	case code := <-s.code:
		if code != 0 || !strings.Contains(s.stderr.String(), "nergraph: stopped") {
			t.Errorf("serve stopped with exit %d: %s", code, s.stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Error("serve did not stop within 10 s")
	}
}

func httpGet(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// sameAsCommands asks the server and the commands the same questions and
// wants the same bytes: query --json for the queries, export -f json for
// the graph.
func sameAsCommands(t *testing.T, s *serving, db string) {
	t.Helper()
	tests := []struct {
		path string
		args []string
	}{
		{"/api/top", []string{"query", "--db", db, "--json", "top"}},
		{"/api/top?type=country&limit=3", []string{"query", "--db", db, "--json", "top", "--type", "country", "-n", "3"}},
		{"/api/top?limit=0&until=2023-11-30", []string{"query", "--db", db, "--json", "--until", "2023-11-30", "top", "-n", "0"}},
		{"/api/neighbors?name=Putin", []string{"query", "--db", db, "--json", "neighbors", "Putin"}},
		{"/api/neighbors?name=Putin&limit=0", []string{"query", "--db", db, "--json", "neighbors", "Putin", "-n", "0"}},
		{"/api/path?from=Kim+Jong+Un&to=Sam+Altman", []string{"query", "--db", db, "--json", "path", "Kim Jong Un", "Sam Altman"}},
		{"/api/entity?name=" + url.QueryEscape("United States"), []string{"query", "--db", db, "--json", "entity", "United States"}},
		{"/api/articles?name=Putin&name=North+Korea", []string{"query", "--db", db, "--json", "articles", "Putin", "North Korea"}},
		{"/api/relations?name=Putin", []string{"query", "--db", db, "--json", "relations", "Putin"}},
		{"/api/graph", []string{"export", "--db", db, "-f", "json"}},
		{"/api/graph?types=PERSON,COUNTRY&min_weight=2", []string{"export", "--db", db, "-f", "json", "--types", "PERSON,COUNTRY", "--min-weight", "2"}},
		{"/api/graph?ego=Putin&depth=2&top=20", []string{"export", "--db", db, "-f", "json", "--ego", "Putin", "--depth", "2", "--top", "20"}},
		{"/api/graph?ego=OpenAI&since=2023-11-01", []string{"export", "--db", db, "-f", "json", "--ego", "OpenAI", "--since", "2023-11-01"}},
	}
	for _, tt := range tests {
		want, _ := mustRun(t, tt.args...)
		status, got := httpGet(t, s.url+tt.path)
		if status != 200 || got != want {
			t.Errorf("GET %s: %d, %d bytes; nergraph %s: %d bytes\n got %.300s\nwant %.300s",
				tt.path, status, len(got), strings.Join(tt.args[3:], " "), len(want), got, want)
		}
	}
}

// TestServeAnswersAsCommands serves a store and checks the answers against
// query --json and export -f json; then ingests more articles into the
// store while the server answers, and checks again once the ingest is done.
func TestServeAnswersAsCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	mustRun(t, "ingest", "-q", "--db", db, sampleDir)
	s := startServe(t, "--db", db, "--max-lag", "0")
	sameAsCommands(t, s, db)
	if status, page := httpGet(t, s.url+"/?ego=Putin"); status != 200 ||
		!strings.Contains(page, `"title":"news"`) || !strings.Contains(page, `"ego":"person:vladimir-putin"`) {
		t.Errorf("GET /?ego=Putin: %d %.300s", status, page)
	}

	// An ingest in this process, while clients ask.
	more := genCorpus(t, dir, 300)
	ingested := make(chan error, 1)
	go func() {
		code, _, stderr := run(t, "", "ingest", "-q", "--db", db, "--batch", "25", more)
		if code != 0 {
			ingested <- &usageError{err: io.ErrUnexpectedEOF}
			t.Errorf("ingest: exit %d: %s", code, stderr)
			return
		}
		ingested <- nil
	}()
	answers := 0
	for done := false; !done; {
		select {
		case <-ingested:
			done = true
		default:
		}
		for _, p := range []string{"/api/top?limit=3", "/api/neighbors?name=Putin&limit=3", "/api/graph?top=10", "/?top=10"} {
			if status, body := httpGet(t, s.url+p); status != 200 {
				t.Fatalf("GET %s during the ingest: %d %s", p, status, body)
			}
			answers++
		}
	}
	t.Logf("%d answers during the ingest", answers)
	// The ingest refreshed the cache at its end, and with --max-lag 0 the
	// server reads its graphs again before answering.
	sameAsCommands(t, s, db)
	s.stop(t)
}

// TestServeRefuses checks the usage errors and a missing store.
func TestServeRefuses(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"serve"}, 2, "--db is required"},
		{[]string{"serve", "--db", filepath.Join(dir, "absent.db")}, 1, "store does not exist"},
		{[]string{"serve", "--db", "x.db", "--max-response", "0"}, 2, "must be positive"},
		{[]string{"serve", "--db", "x.db", "--max-lag", "-1s"}, 2, "--max-lag not negative"},
	} {
		code, _, stderr := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.msg) {
			t.Errorf("nergraph %s: exit %d, %q; want %d with %q", strings.Join(tt.args, " "), code, stderr, tt.code, tt.msg)
		}
	}
}

// TestServeSignal runs serve as a process and stops it with SIGTERM: it
// finishes, exits 0 and says so.
func TestServeSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	db := filepath.Join(dir, "graph.db")
	mustRun(t, "ingest", "-q", "--db", db, sampleDir)
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stderr)
	if !lines.Scan() {
		t.Fatalf("no output from serve: %v", lines.Err())
	}
	m := servingOn.FindStringSubmatch(lines.Text())
	if m == nil {
		t.Fatalf("serve said %q", lines.Text())
	}
	if status, _ := httpGet(t, m[1]+"/api/entity?name=Putin"); status != 200 {
		t.Errorf("GET /api/entity: %d", status)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var rest strings.Builder
	for lines.Scan() {
		rest.WriteString(lines.Text() + "\n")
	}
	if err := cmd.Wait(); err != nil || !strings.Contains(rest.String(), "nergraph: stopped") {
		t.Errorf("after SIGTERM: %v, stderr %q; want exit 0 and stopped", err, rest.String())
	}
}
