package viewer_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"

	"github.com/nergraph/nergraph/internal/testenv"
)

// A small WebDriver BiDi client, enough to drive Firefox as the Chromium
// tests drive Chromium: open a tab, navigate, evaluate script, press keys,
// take a screenshot, and hear what the page logged. Firefox speaks BiDi
// natively over a websocket (--remote-debugging-port); no driver program is
// needed. The protocol: https://w3c.github.io/webdriver-bidi/.

// bidi is one connection to a browser's BiDi session.
type bidi struct {
	ws *websocket.Conn

	mu      sync.Mutex
	next    int
	waiting map[int]chan bidiReply
	logs    map[string][]bidiLog // by browsing context
	err     error                // why the connection ended
}

type bidiReply struct {
	Type    string          `json:"type"`
	ID      *int            `json:"id"`
	Method  string          `json:"method"`
	Result  json.RawMessage `json:"result"`
	Params  json.RawMessage `json:"params"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
}

// bidiLog is an entry of log.entryAdded: a console call or an uncaught
// error (type "javascript").
type bidiLog struct {
	Type   string `json:"type"`
	Level  string `json:"level"`
	Text   string `json:"text"`
	Source struct {
		Context string `json:"context"`
	} `json:"source"`
	StackTrace *struct {
		CallFrames []struct {
			URL        string `json:"url"`
			LineNumber int    `json:"lineNumber"`
		} `json:"callFrames"`
	} `json:"stackTrace"`
}

// dialBiDi connects to a BiDi endpoint (ws://host:port) and starts a
// session. origin is the Origin header sent, which the browser must allow.
func dialBiDi(ctx context.Context, endpoint, origin string) (*bidi, error) {
	cfg, err := websocket.NewConfig(strings.TrimSuffix(endpoint, "/")+"/session", origin)
	if err != nil {
		return nil, err
	}
	ws, err := cfg.DialContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", endpoint, err)
	}
	ws.MaxPayloadBytes = 64 << 20 // screenshots arrive in one message
	b := &bidi{ws: ws, waiting: map[int]chan bidiReply{}, logs: map[string][]bidiLog{}}
	go b.read()
	if err := b.call(ctx, "session.new", map[string]any{"capabilities": map[string]any{}}, nil); err != nil {
		ws.Close()
		return nil, err
	}
	if err := b.call(ctx, "session.subscribe", map[string]any{"events": []string{"log.entryAdded"}}, nil); err != nil {
		ws.Close()
		return nil, err
	}
	return b, nil
}

// read hands each reply to its caller and keeps each log entry, until the
// connection ends.
func (b *bidi) read() {
	for {
		var msg []byte
		err := websocket.Message.Receive(b.ws, &msg)
		if err != nil {
			b.mu.Lock()
			b.err = fmt.Errorf("bidi connection: %w", err)
			for id, c := range b.waiting {
				close(c)
				delete(b.waiting, id)
			}
			b.mu.Unlock()
			return
		}
		var r bidiReply
		if err := json.Unmarshal(msg, &r); err != nil {
			continue
		}
		b.mu.Lock()
		switch {
		case r.ID != nil:
			if c, ok := b.waiting[*r.ID]; ok {
				c <- r
				delete(b.waiting, *r.ID)
			}
		case r.Type == "event" && r.Method == "log.entryAdded":
			var e bidiLog
			if json.Unmarshal(r.Params, &e) == nil {
				b.logs[e.Source.Context] = append(b.logs[e.Source.Context], e)
			}
		}
		b.mu.Unlock()
	}
}

// call sends a command and decodes its result into result (unless nil).
func (b *bidi) call(ctx context.Context, method string, params, result any) error {
	b.mu.Lock()
	if b.err != nil {
		b.mu.Unlock()
		return b.err
	}
	b.next++
	id := b.next
	c := make(chan bidiReply, 1)
	b.waiting[id] = c
	b.mu.Unlock()
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return err
	}
	if err := websocket.Message.Send(b.ws, string(msg)); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r, ok := <-c:
		if !ok {
			b.mu.Lock()
			defer b.mu.Unlock()
			return b.err
		}
		if r.Type == "error" {
			return fmt.Errorf("%s: %s: %s", method, r.Error, r.Message)
		}
		if result != nil {
			return json.Unmarshal(r.Result, result)
		}
		return nil
	case <-ctx.Done():
		b.mu.Lock()
		delete(b.waiting, id)
		b.mu.Unlock()
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// logsOf returns what the page in a browsing context has logged so far.
func (b *bidi) logsOf(context string) []bidiLog {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]bidiLog(nil), b.logs[context]...)
}

// One headless Firefox serves every test of the package, a tab each; it
// starts at the first test that needs it and stops in TestMain.
var firefox struct {
	once sync.Once
	cmd  *exec.Cmd
	dir  string
	b    *bidi
	err  error
}

// firefoxPath returns Firefox's path, skipping the test when it is not
// installed (Debian's package is firefox-esr).
func firefoxPath(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"firefox-esr", "firefox"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	testenv.Missing(t, "firefox is not installed (apt install firefox-esr)")
	return ""
}

// firefoxPrefs go into the test profile's user.js: no first-run pages,
// update checks or reports (the machine has no network).
const firefoxPrefs = `user_pref("app.update.disabledForTesting", true);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("browser.aboutwelcome.enabled", false);
`

var bidiListening = regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)

// startFirefox starts headless Firefox in a fresh profile and connects to
// its BiDi endpoint.
func startFirefox(path string) error {
	dir, err := os.MkdirTemp("", "nergraph-firefox-")
	if err != nil {
		return err
	}
	firefox.dir = dir
	if err := os.WriteFile(filepath.Join(dir, "user.js"), []byte(firefoxPrefs), 0o644); err != nil {
		return err
	}
	const origin = "http://localhost"
	cmd := exec.Command(path, "--headless", "--no-remote", "--profile", dir,
		"--remote-debugging-port", "0", "--remote-allow-origins", origin)
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1")
	// Its own process group, so that stopping it stops its content
	// processes too.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", path, err)
	}
	firefox.cmd = cmd
	// The endpoint is on stderr; the rest of stderr is drained (and kept
	// for an error message) so that Firefox never blocks on it.
	found := make(chan string, 1)
	var said bytes.Buffer
	var saidMu sync.Mutex
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		sent := false
		for sc.Scan() {
			if m := bidiListening.FindStringSubmatch(sc.Text()); m != nil && !sent {
				found <- m[1]
				sent = true
			}
			saidMu.Lock()
			if said.Len() < 8<<10 {
				said.WriteString(sc.Text() + "\n")
			}
			saidMu.Unlock()
		}
		if !sent {
			close(found)
		}
		_, _ = io.Copy(io.Discard, stderr)
	}()
	var endpoint string
	select {
	case endpoint = <-found:
	case <-time.After(60 * time.Second):
	}
	if endpoint == "" {
		saidMu.Lock()
		defer saidMu.Unlock()
		return fmt.Errorf("firefox gave no BiDi endpoint; it said: %s", said.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	firefox.b, err = dialBiDi(ctx, endpoint, origin)
	return err
}

// stopFirefox ends the browser started by startFirefox and removes its
// profile.
func stopFirefox() {
	if firefox.b != nil {
		firefox.b.ws.Close()
	}
	if firefox.cmd != nil && firefox.cmd.Process != nil {
		_ = syscall.Kill(-firefox.cmd.Process.Pid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = firefox.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-firefox.cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
	}
	if firefox.dir != "" {
		os.RemoveAll(firefox.dir)
	}
}

// ffBrowser returns the shared Firefox session, skipping the test when
// Firefox is not installed.
func ffBrowser(t testing.TB) *bidi {
	t.Helper()
	path := firefoxPath(t)
	firefox.once.Do(func() { firefox.err = startFirefox(path) })
	if firefox.err != nil {
		t.Fatalf("start firefox: %v", firefox.err)
	}
	return firefox.b
}

// ffTab is one page open in the shared Firefox.
type ffTab struct {
	b   *bidi
	ctx string // the browsing context
}

// ffOpenPage writes html to a file and opens it (with query) in a new tab
// of 1280×800, waiting until the page says it is ready. The tab closes
// when the test ends.
func ffOpenPage(t testing.TB, b *bidi, html []byte, query string) *ffTab {
	t.Helper()
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, html, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var created struct {
		Context string `json:"context"`
	}
	if err := b.call(ctx, "browsingContext.create", map[string]any{"type": "tab"}, &created); err != nil {
		t.Fatal(err)
	}
	tb := &ffTab{b: b, ctx: created.Context}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = b.call(ctx, "browsingContext.close", map[string]any{"context": tb.ctx}, nil)
	})
	if err := b.call(ctx, "browsingContext.setViewport", map[string]any{"context": tb.ctx,
		"viewport": map[string]int{"width": 1280, "height": 800}}, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.call(ctx, "browsingContext.navigate", map[string]any{"context": tb.ctx,
		"url": "file://" + path + query, "wait": "complete"}, nil); err != nil {
		t.Fatal(err)
	}
	tb.waitFor(t, `document.body.dataset.state === "ready" || document.body.dataset.state === "error"`, 20*time.Second)
	if s := ffEval[string](t, tb, `document.body.dataset.state`); s != "ready" {
		t.Fatalf("page state %q, want ready; logged: %v", s, tb.errors())
	}
	return tb
}

// ffEval evaluates a JavaScript expression in the page (awaiting it if it
// is a promise) and decodes its value, passed through JSON.
func ffEval[T any](t testing.TB, tb *ffTab, expr string) T {
	t.Helper()
	v, err := ffTryEval[T](tb, expr, 60*time.Second)
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func ffTryEval[T any](tb *ffTab, expr string, timeout time.Duration) (T, error) {
	var v T
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var r struct {
		Type   string `json:"type"`
		Result struct {
			Type  string `json:"type"`
			Value string `json:"value"`
		} `json:"result"`
		ExceptionDetails struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	err := tb.b.call(ctx, "script.evaluate", map[string]any{
		"expression":      `(async () => JSON.stringify(await (` + expr + `)))()`,
		"target":          map[string]string{"context": tb.ctx},
		"awaitPromise":    true,
		"resultOwnership": "none",
	}, &r)
	if err != nil {
		return v, err
	}
	if r.Type != "success" {
		return v, fmt.Errorf("exception: %s", r.ExceptionDetails.Text)
	}
	if r.Result.Type != "string" {
		return v, fmt.Errorf("value of type %s", r.Result.Type)
	}
	return v, json.Unmarshal([]byte(r.Result.Value), &v)
}

// waitFor polls expr until it is true, failing after timeout.
func (tb *ffTab) waitFor(t testing.TB, expr string, timeout time.Duration) {
	t.Helper()
	end := time.Now().Add(timeout)
	for {
		ok, err := ffTryEval[bool](tb, expr, timeout)
		if err == nil && ok {
			return
		}
		if time.Now().After(end) {
			t.Fatalf("waiting for %s: %v; logged: %v", expr, err, tb.errors())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// keys presses and releases each key in turn, as typing does (WebDriver's
// key codes for the keys that are no characters, e.g. "\uE007" for Enter).
func (tb *ffTab) keys(t testing.TB, keys ...string) {
	t.Helper()
	var actions []map[string]string
	for _, k := range keys {
		for _, r := range k {
			actions = append(actions, map[string]string{"type": "keyDown", "value": string(r)},
				map[string]string{"type": "keyUp", "value": string(r)})
		}
	}
	tb.perform(t, map[string]any{"type": "key", "id": "keyboard", "actions": actions})
}

// pointer performs actions of the mouse (pointerMove to x, y in the
// viewport's CSS pixels; pointerDown, pointerUp).
func (tb *ffTab) pointer(t testing.TB, actions ...map[string]any) {
	t.Helper()
	tb.perform(t, map[string]any{"type": "pointer", "id": "mouse",
		"parameters": map[string]string{"pointerType": "mouse"}, "actions": actions})
}

// wheel turns the mouse wheel at x, y by dy pixels (negative: away from
// the user, which zooms in).
func (tb *ffTab) wheel(t testing.TB, x, y, dy int) {
	t.Helper()
	tb.perform(t, map[string]any{"type": "wheel", "id": "wheel",
		"actions": []map[string]any{{"type": "scroll", "x": x, "y": y, "deltaX": 0, "deltaY": dy}}})
}

func (tb *ffTab) perform(t testing.TB, source map[string]any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err := tb.b.call(ctx, "input.performActions", map[string]any{"context": tb.ctx, "actions": []map[string]any{source}}, nil)
	if err != nil {
		t.Fatal(err)
	}
}

// screenshot returns the visible page as an image.
func (tb *ffTab) screenshot(t testing.TB) ([]byte, image.Image) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var r struct {
		Data string `json:"data"`
	}
	if err := tb.b.call(ctx, "browsingContext.captureScreenshot", map[string]any{"context": tb.ctx}, &r); err != nil {
		t.Fatal(err)
	}
	b, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return b, img
}

// errors returns the errors the page logged: uncaught exceptions and
// console.error calls.
func (tb *ffTab) errors() []string {
	var out []string
	for _, e := range tb.b.logsOf(tb.ctx) {
		if e.Level != "error" {
			continue
		}
		where := ""
		if e.StackTrace != nil && len(e.StackTrace.CallFrames) > 0 {
			f := e.StackTrace.CallFrames[0]
			where = fmt.Sprintf(" (%s:%d)", filepath.Base(f.URL), f.LineNumber)
		}
		out = append(out, fmt.Sprintf("%s: %s%s", e.Type, e.Text, where))
	}
	return out
}

// checkConsole fails the test for every error the page logged, and logs
// its warnings.
func (tb *ffTab) checkConsole(t testing.TB) {
	t.Helper()
	// Let entries already sent arrive: a round trip behind them.
	ffEval[bool](t, tb, `new Promise((ok) => setTimeout(() => ok(true), 50))`)
	for _, e := range tb.errors() {
		t.Errorf("page logged %s", e)
	}
	for _, e := range tb.b.logsOf(tb.ctx) {
		if e.Level == "warn" {
			t.Logf("page warned: %s", e.Text)
		}
	}
}
