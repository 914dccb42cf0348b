package viewer_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/nergraph/nergraph/internal/testenv"
)

// One headless Chromium serves every test of the package, a tab each; it
// starts at the first test that needs it and stops in TestMain.
var browser struct {
	once   sync.Once
	ctx    context.Context
	cancel context.CancelFunc
	err    error
	dir    string
}

func TestMain(m *testing.M) {
	code := m.Run()
	if browser.cancel != nil {
		browser.cancel()
	}
	if browser.dir != "" {
		os.RemoveAll(browser.dir)
	}
	stopFirefox()
	os.Exit(code)
}

// chromiumFlags are the flags of the browser in the tests: headless,
// without the network calls a fresh profile makes (the machine has no
// network), in a profile of its own. Extra flags come after.
func chromiumFlags(path, profile string, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 800),
	)
	return append(opts, extra...)
}

// chrome returns the shared browser's context, skipping the test when
// Chromium is not installed.
func chrome(t testing.TB) context.Context {
	t.Helper()
	path := testenv.Tool(t, "chromium")
	browser.once.Do(func() {
		browser.dir, browser.err = os.MkdirTemp("", "nergraph-chromium-")
		if browser.err != nil {
			return
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromiumFlags(path, browser.dir)...)
		ctx, cancel := chromedp.NewContext(alloc)
		browser.ctx = ctx
		browser.cancel = func() { cancel(); cancelAlloc() }
		// The first Run starts the browser; it must not have a timeout.
		browser.err = chromedp.Do(ctx)
	})
	if browser.err != nil {
		t.Fatalf("start chromium: %v", browser.err)
	}
	return browser.ctx
}

// tab is one page open in the shared browser, with what its console said.
type tab struct {
	ctx  context.Context
	mu   sync.Mutex
	logs []chromedp.ConsoleMessage
}

// openPage writes html to a file and opens it (with query, e.g.
// "?renderer=canvas") in a new tab, waiting until the page says it is
// ready. The tab closes when the test ends.
func openPage(t testing.TB, parent context.Context, html []byte, query string) *tab {
	t.Helper()
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, html, 0o644); err != nil {
		t.Fatal(err)
	}
	return openURL(t, parent, "file://"+path+query)
}

// openURL opens url in a new tab, waiting until the page says it is
// ready. The tab closes when the test ends.
func openURL(t testing.TB, parent context.Context, url string) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(parent)
	tb := &tab{ctx: ctx}
	t.Cleanup(func() {
		cancel()
	})
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.logs = append(tb.logs, m)
			tb.mu.Unlock()
		}
	}()
	err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Poll[bool](`document.body.dataset.state === "ready" || document.body.dataset.state === "error"`,
				chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(20*time.Millisecond))(ctx, t)
			return err
		}),
	)
	if err != nil {
		t.Fatalf("open page: %v; console: %v", err, tb.messages())
	}
	if s := tb.eval(t, `document.body.dataset.state`); s != "ready" {
		t.Fatalf("page state %q, want ready; console: %v", s, tb.messages())
	}
	return tb
}

func (tb *tab) messages() []chromedp.ConsoleMessage {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]chromedp.ConsoleMessage(nil), tb.logs...)
}

// checkConsole fails the test for every error or exception the page
// reported.
func (tb *tab) checkConsole(t testing.TB) {
	t.Helper()
	// Let events already sent arrive.
	tb.run(t, chromedp.Sleep(50*time.Millisecond))
	for _, m := range tb.messages() {
		switch m.Type {
		case chromedp.ConsoleError, chromedp.ConsoleException:
			detail := ""
			if m.Exception != nil && m.Exception.Exception != nil {
				detail = " " + m.Exception.Exception.Description
			}
			t.Errorf("console %s: %s%s (%s:%d)", m.Type, m.Text, detail, m.URL, m.Line)
		case chromedp.ConsoleWarning:
			t.Logf("console warning: %s", m.Text)
		}
	}
}

func (tb *tab) run(t testing.TB, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression that yields a string.
func (tb *tab) eval(t testing.TB, expr string) string {
	t.Helper()
	return evalAs[string](t, tb, expr)
}

func evalAs[T any](t testing.TB, tb *tab, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// screenshot returns the visible page as an image.
func (tb *tab) screenshot(t testing.TB) ([]byte, image.Image) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return b, img
}

// lumaSpread returns the standard deviation of the luminance over a region
// of img and the number of distinct colours in it: a blank or one-colour
// drawing has a spread near 0 and very few colours.
func lumaSpread(img image.Image, r image.Rectangle) (float64, int) {
	r = r.Intersect(img.Bounds())
	var sum, sum2, n float64
	colours := map[[3]uint32]bool{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			l := 0.2126*float64(cr>>8) + 0.7152*float64(cg>>8) + 0.0722*float64(cb>>8)
			sum += l
			sum2 += l * l
			n++
			if len(colours) < 10000 {
				colours[[3]uint32{cr >> 8, cg >> 8, cb >> 8}] = true
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	mean := sum / n
	v := sum2/n - mean*mean
	if v < 0 {
		v = 0
	}
	return math.Sqrt(v), len(colours)
}

// jsString quotes s as a JavaScript string literal (JSON is one).
func jsString(s string) string {
	var b strings.Builder
	b.WriteString(`"`)
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteRune('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x2028 || r == 0x2029:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(`"`)
	return b.String()
}

// cpuSnap is the processor time each process of a tree has used so far,
// in clock ticks, by process id.
type cpuSnap map[int]int64

// since returns the processor time the tree used between prev and s:
// a process that is new since prev counts in full, and one that has ended
// (a closed tab's) counts for nothing, rather than taking its whole past
// off the sum.
func (s cpuSnap) since(prev cpuSnap) time.Duration {
	var sum int64
	for pid, n := range s {
		sum += max(0, n-prev[pid])
	}
	return time.Duration(sum) * time.Second / 100 // USER_HZ is 100 on Linux
}

// browserCPU returns the processor time (user and system) that the shared
// browser and every process under it (renderer, GPU, utility) have used so
// far: speed measured as CPU time, not as wall time, which other work on
// the machine distorts.
func browserCPU(t testing.TB) cpuSnap {
	t.Helper()
	p := chromedp.FromContext(browser.ctx).Browser.Process()
	if p == nil {
		t.Fatal("no browser process")
	}
	return treeCPU(t, p.Pid)
}

// treeCPU returns the processor time that process root and every process
// under it have used so far.
func treeCPU(t testing.TB, root int) cpuSnap {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	parent := map[int]int{}
	ticks := map[int]int64{}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// The command name may hold spaces; the fields follow its ")".
		f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
		if len(f) < 13 {
			continue
		}
		ppid, _ := strconv.Atoi(f[1])
		utime, _ := strconv.ParseInt(f[11], 10, 64)
		stime, _ := strconv.ParseInt(f[12], 10, 64)
		parent[pid] = ppid
		ticks[pid] = utime + stime
	}
	snap := cpuSnap{}
	for pid, n := range ticks {
		for q := pid; q > 1; q = parent[q] {
			if q == root {
				snap[pid] = n
				break
			}
		}
	}
	return snap
}
