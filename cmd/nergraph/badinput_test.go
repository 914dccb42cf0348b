package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/nergraph/nergraph/internal/testenv"
)

// The bounds every bad-input run must keep.
const (
	badMemory  = 512 << 20        // peak resident memory of one run
	badTimeout = 60 * time.Second // a run that takes longer hangs
	slowTimout = 300 * time.Second
)

// badCase is one run of the built binary on input we made bad.
type badCase struct {
	group string
	name  string
	slow  bool                           // only with NERGRAPH_SLOW=1
	files map[string][]byte              // written into the case's folder
	setup func(t *testing.T, dir string) // more: FIFOs, links, modes
	args  []string                       // "@" is replaced by the case's folder; default: build @ -f json -o @/out.json
	stdin string                         // a file to give as standard input ("@/x" in the folder)
	// records is how many articles the input holds, good or bad; a run that
	// exits 0 handing on fewer must say why on stderr (0 silent drops). -1:
	// not counted.
	records int
	codes   []int  // exit codes allowed; default 0 or 1
	want    string // stderr must contain this, when set
	nobody  bool   // run as an unprivileged user, so that modes bind
	// long: a case that always runs but reads a large input (seconds of
	// CPU on an idle machine), so it gets the slow cases' timeout: on a
	// loaded machine a minute is not a hang for it.
	long bool
}

// badResult is what one run did.
type badResult struct {
	code     int
	stderr   string
	rss      int64 // peak, bytes
	hung     bool
	panicked bool
	articles int // from the summary, -1 when none
	elapsed  time.Duration
}

// TestBadInput runs the binary on our own corpus of bad inputs and checks
// that no run panics, hangs, goes over badMemory or drops articles
// silently, and that each case ends as it should. By default it runs the
// named cases of issue 14 and every fifth generated one; NERGRAPH_SLOW=1
// runs them all, the big ones too (a 4 GB gzip bomb, 100 MB of prose). It
// prints the table of results with -v.
func TestBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it on 200 inputs")
	}
	slow := os.Getenv("NERGRAPH_SLOW") == "1"
	bin := buildBinary(t, "")
	// The cases that run as nobody run a copy of the binary that nobody can
	// reach, in a folder of files that nobody can reach.
	var nobody nobodyPlace
	if os.Geteuid() == 0 {
		if nobody = forNobody(bin); nobody.bin == "" {
			if os.Getenv(testenv.RequireAll) != "" {
				t.Errorf("the cases run as nobody cannot run: %s", nobody.why)
			}
			t.Logf("the cases run as nobody are left out: %s", nobody.why)
		}
	}
	cases := badCases(t)
	if len(cases) < 200 {
		t.Errorf("%d bad-input cases, want at least 200", len(cases))
	}
	type row struct{ cases, run, panics, hangs, memory, drops, wrong int }
	table := map[string]*row{}
	var mu sync.Mutex
	var maxRSS int64
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i, c := range cases {
		// Without NERGRAPH_SLOW, the cases of issue 14 one by one and every
		// fifth of the generated ones: seconds, not half a minute.
		quick := c.group == "special files" || c.group == "sizes" || c.group == "flags" || i%5 == 0
		if !slow && !quick {
			continue
		}
		mu.Lock()
		r := table[c.group]
		if r == nil {
			r = &row{}
			table[c.group] = r
		}
		r.cases++
		mu.Unlock()
		if c.slow && !slow || c.nobody && os.Geteuid() == 0 && nobody.bin == "" {
			continue
		}
		caseBin, base := bin, ""
		if c.nobody && os.Geteuid() == 0 {
			caseBin, base = nobody.bin, nobody.dir
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			res := runBad(t, caseBin, base, c)
			bad := checkBad(t, c, res)
			mu.Lock()
			defer mu.Unlock()
			r.run++
			maxRSS = max(maxRSS, res.rss)
			for _, b := range bad {
				switch b {
				case "panic":
					r.panics++
				case "hang":
					r.hangs++
				case "memory":
					r.memory++
				case "drop":
					r.drops++
				default:
					r.wrong++
				}
			}
		}()
	}
	wg.Wait()
	var lines []string
	total := row{}
	for _, g := range slices.Sorted(func(yield func(string) bool) {
		for k := range table {
			if !yield(k) {
				return
			}
		}
	}) {
		r := table[g]
		lines = append(lines, fmt.Sprintf("| %s | %d | %d | %d | %d | %d | %d | %d |", g, r.cases, r.run, r.panics, r.hangs, r.memory, r.drops, r.wrong))
		total.cases, total.run, total.panics, total.hangs = total.cases+r.cases, total.run+r.run, total.panics+r.panics, total.hangs+r.hangs
		total.memory, total.drops, total.wrong = total.memory+r.memory, total.drops+r.drops, total.wrong+r.wrong
	}
	t.Logf("bad-input corpus (memory bound %d MB, timeout %s; slow cases run: %v)\n| group | cases | run | panics | hangs | over memory | silent drops | wrong outcome |\n|---|---|---|---|---|---|---|---|\n%s\n| all | %d | %d | %d | %d | %d | %d | %d |\npeak RSS of any run: %.0f MB",
		badMemory>>20, badTimeout, slow, strings.Join(lines, "\n"), total.cases, total.run, total.panics, total.hangs, total.memory, total.drops, total.wrong, float64(maxRSS)/(1<<20))
}

var summaryRe = regexp.MustCompile(`(?m)^([0-9,]+) articles, `)

// runBad runs one case in a folder of its own, made in base (the system's
// temporary folder when "").
func runBad(t *testing.T, bin, base string, c badCase) badResult {
	dir, err := os.MkdirTemp(base, "nergraph-bad-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o777)
	for name, data := range c.files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o777)
		if err := os.WriteFile(p, data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	if c.setup != nil {
		c.setup(t, dir)
	}
	args := c.args
	if args == nil {
		args = []string{"build", "@", "-f", "json", "-o", "@/out.json"}
	}
	args = slices.Clone(args)
	for i, a := range args {
		args[i] = strings.ReplaceAll(a, "@", dir)
	}
	timeout := badTimeout
	if c.slow || c.long {
		timeout = slowTimout
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	// GNU time measures the peak memory of the run alone: the rusage of a
	// child of this process would count this process's memory too, shared
	// until exec.
	rssDir, err := os.MkdirTemp(base, "nergraph-rss-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(rssDir)
	os.Chmod(rssDir, 0o777)
	rssFile := filepath.Join(rssDir, "rss")
	var cmd *exec.Cmd
	if _, err := os.Stat("/usr/bin/time"); err == nil {
		cmd = exec.CommandContext(ctx, "/usr/bin/time", append([]string{"-f", "%M", "-o", rssFile, bin}, args...)...)
	} else {
		cmd = exec.CommandContext(ctx, bin, args...)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{b: &stderr, left: 1 << 20}
	if c.stdin != "" {
		f, err := os.Open(strings.ReplaceAll(c.stdin, "@", dir))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	if c.nobody && os.Getuid() == 0 {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: nobodyID, Gid: nobodyID}
	}
	start := time.Now()
	err = cmd.Run()
	res := badResult{stderr: stderr.String(), articles: -1, elapsed: time.Since(start)}
	res.hung = ctx.Err() != nil
	if cmd.ProcessState != nil {
		res.code = cmd.ProcessState.ExitCode()
		if b, err := os.ReadFile(rssFile); err == nil {
			// Empty when the run was killed (a timeout): time writes nothing.
			if lines := strings.Fields(string(b)); len(lines) > 0 {
				if n, err := strconv.ParseInt(lines[len(lines)-1], 10, 64); err == nil {
					res.rss = n * 1024
				}
			}
		} else if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			res.rss = ru.Maxrss * 1024
		}
	} else if err != nil {
		t.Errorf("%s/%s: %v", c.group, c.name, err)
	}
	res.panicked = strings.Contains(res.stderr, "panic:") || strings.Contains(res.stderr, "goroutine ")
	if m := summaryRe.FindStringSubmatch(res.stderr); m != nil {
		res.articles, _ = strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
	}
	return res
}

// checkBad reports what a run did wrong: "panic", "hang", "memory",
// "drop" or "outcome".
func checkBad(t *testing.T, c badCase, r badResult) []string {
	var bad []string
	fail := func(kind, format string, args ...any) {
		bad = append(bad, kind)
		t.Errorf("%s/%s: %s: %s\nstderr: %.600s", c.group, c.name, kind, fmt.Sprintf(format, args...), r.stderr)
	}
	if r.panicked {
		fail("panic", "the run panicked")
	}
	if r.hung {
		fail("hang", "no end after %s", r.elapsed.Round(time.Second))
		return bad
	}
	if r.rss > badMemory {
		fail("memory", "peak RSS %d MB, bound %d MB", r.rss>>20, badMemory>>20)
	}
	codes := c.codes
	if codes == nil {
		codes = []int{0, 1}
	}
	if !slices.Contains(codes, r.code) {
		fail("outcome", "exit %d, want one of %v", r.code, codes)
	}
	if c.want != "" && !strings.Contains(r.stderr, c.want) {
		fail("outcome", "stderr lacks %q", c.want)
	}
	warned := strings.Contains(r.stderr, "warning:") || strings.Contains(r.stderr, "nergraph:") ||
		strings.Contains(r.stderr, "passed over") || strings.Contains(r.stderr, "duplicates counted once")
	if r.code == 0 && c.records > 0 && r.articles >= 0 && r.articles < c.records && !warned {
		fail("drop", "%d of %d articles and no warning", r.articles, c.records)
	}
	if r.code != 0 && !strings.Contains(r.stderr, "nergraph:") {
		fail("outcome", "exit %d without a message", r.code)
	}
	return bad
}

// limitedBuffer keeps the first bytes written to it.
type limitedBuffer struct {
	b    *bytes.Buffer
	left int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if l.left > 0 {
		n := min(len(p), l.left)
		l.b.Write(p[:n])
		l.left -= n
	}
	return len(p), nil
}

// badCases makes the corpus: every format with every kind of broken
// content, injection strings in every format, then the cases of issue 14
// one by one.
func badCases(t *testing.T) []badCase {
	var cs []badCase
	cs = append(cs, matrixCases()...)
	cs = append(cs, injectionCases()...)
	cs = append(cs, jsonlCases()...)
	cs = append(cs, csvCases()...)
	cs = append(cs, sgmlCases()...)
	cs = append(cs, htmlCases()...)
	cs = append(cs, feedCases()...)
	cs = append(cs, warcCases()...)
	cs = append(cs, specialCases(t)...)
	cs = append(cs, sizeCases()...)
	cs = append(cs, usageCases()...)
	return cs
}

func one(name string, data []byte) map[string][]byte { return map[string][]byte{name: data} }

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xff, 0xfe)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func utf16be(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

// sample is one valid article in each format.
var sample = map[string]string{
	"txt":   "Kim Meets Putin\n\nKim Jong Un met Vladimir Putin in Vladivostok on Wednesday.\n",
	"jsonl": `{"id":"s1","title":"Kim Meets Putin","text":"Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday."}` + "\n",
	"csv":   "id,title,text\ns1,Kim Meets Putin,Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday.\n",
	"sgm":   `<REUTERS NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>KIM MEETS PUTIN</TITLE><BODY>Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday.</BODY></TEXT></REUTERS>` + "\n",
	"html":  "<html><head><title>Kim Meets Putin</title></head><body><article><p>Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, the Kremlin said in a statement.</p></article></body></html>",
	"rss":   `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Kim Meets Putin</title><guid>s1</guid><description>Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday.</description></item></channel></rss>`,
	"warc":  "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://x.example/a\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nContent-Type: text/html\r\nContent-Length: 95\r\n\r\n<html><body><p>Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday.</p></body></html>\r\n\r\n\r\n",
	"noext": "Kim Meets Putin\n\nKim Jong Un met Vladimir Putin in Vladivostok on Wednesday.\n",
	"xml":   `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Kim Meets Putin</title><description>Kim Jong Un met Vladimir Putin in Vladivostok.</description></item></channel></rss>`,
}

func fileName(ext string) string {
	if ext == "noext" {
		return "input"
	}
	return "input." + ext
}

// matrixCases: each format with each kind of broken content.
func matrixCases() []badCase {
	contents := []struct {
		name    string
		data    func(ext string) []byte
		records int
	}{
		{"empty", func(string) []byte { return nil }, 0},
		{"white space", func(string) []byte { return []byte(" \n\n\t \r\n") }, 0},
		{"binary", func(string) []byte { return randomBytes(64<<10, 1) }, 0},
		{"zeros", func(string) []byte { return make([]byte, 64<<10) }, 0},
		{"invalid UTF-8", func(ext string) []byte {
			return []byte(strings.Replace(sample[ext], "Vladivostok", "Vladi\xff\xfevostok", 1))
		}, 1},
		{"UTF-16 with BOM", func(ext string) []byte { return utf16le(sample[ext], true) }, 1},
		{"UTF-16 without BOM", func(ext string) []byte { return utf16be(sample[ext]) }, 1},
		{"NUL inside", func(ext string) []byte { s := sample[ext]; return []byte(s[:len(s)/2] + "\x00\x00" + s[len(s)/2:]) }, 1},
		{"byte order mark only", func(string) []byte { return []byte("\xef\xbb\xbf") }, 0},
		{"control characters", func(ext string) []byte {
			return []byte(strings.Replace(sample[ext], "met", "\x1b[31mmet\x1b[0m\x07\x08", 1))
		}, 1},
		{"truncated gzip", func(ext string) []byte { g := gz([]byte(strings.Repeat(sample[ext], 20))); return g[:len(g)/2] }, 20},
		{"gzip of garbage", func(string) []byte { return append([]byte{0x1f, 0x8b, 8, 0}, randomBytes(4096, 2)...) }, 0},
		{"truncated in half", func(ext string) []byte { s := sample[ext]; return []byte(s[:len(s)/2]) }, 1},
	}
	var cs []badCase
	for _, ext := range []string{"txt", "jsonl", "csv", "sgm", "html", "rss", "warc", "noext", "xml"} {
		for _, c := range contents {
			name := fileName(ext)
			if strings.Contains(c.name, "gzip") {
				name += ".gz"
			}
			cs = append(cs, badCase{group: "formats × broken content", name: ext + ": " + c.name, files: one(name, c.data(ext)), records: c.records})
		}
	}
	return cs
}

// injections are strings that must come out as plain data.
var injections = []string{
	`<script>alert("x")</script>`, `'; DROP TABLE articles; --`, `{{7*7}} ${7*7} #{7*7}`, `$(rm -rf /) ` + "`id`",
	`=HYPERLINK("http://evil.example","x")`, `../../../../etc/passwd`, "\x1b]0;title\x07\x1b[2J", "\u202eevil\u202c", `"quoted" \backslash\ 'single'`,
	"%s%n%x %d {0} \\u0000",
}

func injectionCases() []badCase {
	var cs []badCase
	for i, inj := range injections {
		title := "Kim Meets Putin " + inj
		text := "Kim Jong Un met Vladimir Putin in Vladivostok. " + inj + " The talks went on."
		jt, _ := json.Marshal(title)
		jx, _ := json.Marshal(text)
		csvq := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
		htmlq := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace
		for _, f := range []struct{ ext, data string }{
			{"txt", title + "\n\n" + text + "\n"},
			{"jsonl", fmt.Sprintf(`{"id":"inj%d","title":%s,"text":%s}`+"\n", i, jt, jx)},
			{"csv", "id,title,text\ninj" + strconv.Itoa(i) + "," + csvq(title) + "," + csvq(text) + "\n"},
			{"html", "<html><head><title>" + htmlq(title) + "</title></head><body><p>" + htmlq(text) + "</p></body></html>"},
		} {
			cs = append(cs, badCase{group: "injection strings", name: fmt.Sprintf("%s %d", f.ext, i), files: one("input."+f.ext, []byte(f.data)), records: 1, codes: []int{0}})
		}
	}
	return cs
}
