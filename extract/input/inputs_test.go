package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract/input/warc"
)

// fixtures is the folder of our own input files.
const fixtures = "../../testdata/inputs"

// readFile reads every article of a fixture with opts, collecting errors
// and warnings as strings.
func readFixture(t *testing.T, name string, opts ReaderOptions) ([]Article, []string, []string) {
	t.Helper()
	f, err := os.Open(filepath.Join(fixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return readWith(t, f, name, opts)
}

func readWith(t *testing.T, r io.Reader, name string, opts ReaderOptions) ([]Article, []string, []string) {
	t.Helper()
	var warns []string
	opts.Warn = func(err error) { warns = append(warns, err.Error()) }
	arts, errs := readAll(t, NewReader(r, name, opts))
	var es []string
	for _, e := range errs {
		es = append(es, e.Error())
	}
	return arts, es, warns
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestHTMLPages(t *testing.T) {
	tests := []struct {
		file    string
		want    Article // Text is a sentence the text must hold
		absent  []string
		warning string
	}{
		{"summit.html", Article{ID: "summit.html", Title: "Macron and Scholz agree on joint energy plan", Date: date("2024-03-05T10:00:00Z"),
			URL: "https://ledger.example/world/europe/macron-scholz-energy", Source: "The Northern Ledger", Author: "Anna Keller",
			Text: "Talks with Warsaw are expected to begin in April."},
			[]string{"Clarity", "Pixel", "Markets", "Login", "Skip to", "cookies", "Related stories", "Swinoujscie", "Share on", "Morning Briefing", "Newsroom", "Anna Keller", "Navy", "Europe\n"}, ""},
		{"trade.html", Article{ID: "trade.html", Title: "Canada and Mexico sign grain deal", Date: date("2024-03-05T14:20:00Z"),
			URL: "https://prairie.example/2024/03/05/grain-deal", Source: "Prairie Business Daily", Author: "Tom Reyes",
			Text: "Analysts at the University of Guelph said"},
			[]string{"Google Tag", "Sign in", "Subscribe", "Trade >", "Most read", "Toronto Stock", "Postmedia", "Tom Reyes"}, ""},
		{"plain.html", Article{ID: "plain.html", Title: "Port strike ends in Rotterdam", Text: "Maersk and MSC said"}, nil, "ambiguous numeric date"},
		{"bericht.html", Article{ID: "bericht.html", Title: "Scholz reist nach Paris", Date: date("2024-03-04T07:00:00Z"), Text: "Russland hat die Gespräche"},
			[]string{"Startseite", "Anmelden", "Impressum"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, errs, warns := readFixture(t, tt.file, ReaderOptions{})
			if len(arts) != 1 || len(errs) > 0 {
				t.Fatalf("got %d articles, errors %q; want 1", len(arts), errs)
			}
			a := arts[0]
			if !strings.Contains(a.Text, tt.want.Text) {
				t.Errorf("text lacks %q:\n%s", tt.want.Text, a.Text)
			}
			text := a.Text
			a.Text, tt.want.Text = "", ""
			if a != tt.want {
				t.Errorf("got  %+v\nwant %+v", a, tt.want)
			}
			for _, s := range tt.absent {
				if strings.Contains(text, s) {
					t.Errorf("boilerplate %q in the text:\n%s", s, text)
				}
			}
			if tt.warning != "" && (len(warns) != 1 || !strings.Contains(warns[0], tt.warning)) {
				t.Errorf("warnings %q, want one with %q", warns, tt.warning)
			}
		})
	}
}

func TestFeeds(t *testing.T) {
	arts, errs, warns := readFixture(t, "wire.rss", ReaderOptions{})
	if len(errs) > 0 || len(arts) != 3 {
		t.Fatalf("wire.rss: %d articles, errors %q", len(arts), errs)
	}
	first := arts[0]
	if first.ID != "wire-20240305-001" || first.Author != "Mina Park" || first.Source != "Harbour Wire" ||
		!first.Date.Equal(date("2024-03-05T10:00:00Z")) || first.URL != "https://wire.example/2024/03/05/fishing-talks" {
		t.Errorf("first item: %+v", first)
	}
	if !strings.Contains(first.Text, "Fumio Kishida") || strings.Contains(first.Text, "Adobe") || strings.Contains(first.Text, "Share on") || strings.Contains(first.Text, "<b>") {
		t.Errorf("first item's text through the HTML path: %q", first.Text)
	}
	if arts[1].ID != "https://wire.example/2024/03/04/chile-copper" || arts[1].Text != "Copper production in Chile rose 4 percent in January, state miner Codelco said in Santiago." {
		t.Errorf("item without guid: %+v", arts[1])
	}
	if len(warns) != 1 || !strings.Contains(warns[0], `"sometime last week"`) || !arts[2].Date.IsZero() {
		t.Errorf("bad pubDate: warnings %q, date %v", warns, arts[2].Date)
	}

	arts, errs, _ = readFixture(t, "desk.atom", ReaderOptions{})
	if len(errs) > 0 || len(arts) != 2 {
		t.Fatalf("desk.atom: %d articles, errors %q", len(arts), errs)
	}
	if a := arts[0]; a.ID != "urn:uuid:andes-0001" || !a.Date.Equal(date("2024-03-05T16:00:00Z")) || a.Author != "Lucia Flores" ||
		a.Text != "Peru's Congress approved Julio Velarde for another term as head of the central bank in Lima on Tuesday.\n\nThe International Monetary Fund welcomed the vote." {
		t.Errorf("atom entry: %+v", a)
	}
	if a := arts[1]; !a.Date.Equal(date("2024-03-04T09:30:00Z")) || !strings.HasPrefix(a.Text, "President Luis Arce") {
		t.Errorf("atom entry without published or content: %+v", a)
	}
}

func TestFieldMapping(t *testing.T) {
	fields, err := ParseFields("id=uuid,title=article.headline,text=article.body,date=published_at,source=source.name,url=link")
	if err != nil {
		t.Fatal(err)
	}
	arts, errs, warns := readFixture(t, "nested.jsonl", ReaderOptions{Fields: fields})
	want := Article{ID: "n-1", Title: "Brazil raises fuel tax", Text: "Brazil's finance ministry raised the tax on petrol on Monday, Fernando Haddad told reporters in Brasilia.",
		Date: date("2024-03-04T09:00:00Z"), URL: "https://ledger.example/brazil-fuel", Source: "The Northern Ledger"}
	if len(arts) != 3 || arts[0] != want {
		t.Fatalf("articles %+v, want 3 starting with %+v", arts, want)
	}
	if !arts[1].Date.Equal(date("2024-03-05T00:00:00Z")) {
		t.Errorf("n-2 date %v", arts[1].Date)
	}
	if len(warns) != 1 || !strings.HasPrefix(warns[0], "nested.jsonl:3: date not read") {
		t.Errorf("warnings %q, want the date of line 3", warns)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "nested.jsonl:4: no title or text field: the record has fields meta.lang, payload.words, uuid") {
		t.Errorf("errors %q, want line 4 naming its fields", errs)
	}
	// Without the mapping every record is an error that names its fields.
	_, errs, _ = readFixture(t, "nested.jsonl", ReaderOptions{})
	if len(errs) != 4 || !strings.Contains(errs[0], "nested.jsonl:1: no title or text field: the record has fields article.body, article.headline, link") {
		t.Errorf("errors without --fields: %q", errs)
	}
	for _, bad := range []string{"text", "text=", "body=x", "text=a,text=b", ""} {
		if _, err := ParseFields(bad); err == nil {
			t.Errorf("ParseFields(%q) = nil error", bad)
		}
	}
}

func TestCSVHeaders(t *testing.T) {
	arts, errs, warns := readFixture(t, "renamed.csv", ReaderOptions{})
	if len(errs) > 0 || len(arts) != 3 {
		t.Fatalf("renamed.csv: %d articles, errors %q", len(arts), errs)
	}
	for i, d := range []string{"2024-03-05", "2024-03-05", "2024-03-04"} {
		if got := arts[i].Date.Format(time.DateOnly); got != d {
			t.Errorf("row %d: date %s, want %s", i+1, got, d)
		}
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "renamed.csv:1: columns not read: outlet") {
		t.Errorf("warnings %q, want the unread column", warns)
	}
	fields, _ := ParseFields("source=outlet,title=headline")
	arts, _, warns = readFixture(t, "renamed.csv", ReaderOptions{Fields: fields})
	if len(arts) != 3 || arts[1].Source != "Nile Courier" || len(warns) != 0 {
		t.Errorf("with --fields source=outlet: %+v, warnings %q", arts, warns)
	}
	// A header-less file, columns renamed by --columns and --fields.
	fields, _ = ParseFields("text=story")
	arts, errs, _ = readWith(t, strings.NewReader("x,Title one,Story one\n"), "h.csv", ReaderOptions{Columns: []string{"label", "title", "story"}, Fields: fields})
	if len(arts) != 1 || arts[0].Text != "Story one" || len(errs) > 0 {
		t.Errorf("columns with fields: %+v %q", arts, errs)
	}
	arts, errs, _ = readFixture(t, "bom.csv", ReaderOptions{})
	if len(arts) != 1 || arts[0].ID != "b-1" || len(errs) > 0 {
		t.Errorf("CSV with a byte order mark: %+v %q, want id b-1", arts, errs)
	}
	arts, _, _ = readWith(t, strings.NewReader("\xef\xbb\xbf{\"id\":\"j1\",\"text\":\"A first record after a byte order mark.\"}\n"), "bom.jsonl", ReaderOptions{})
	if len(arts) != 1 || arts[0].ID != "j1" {
		t.Errorf("JSONL with a byte order mark: %+v", arts)
	}
}

func TestDateForms(t *testing.T) {
	arts, errs, warns := readFixture(t, "dates.jsonl", ReaderOptions{})
	if len(errs) > 0 || len(arts) != 11 {
		t.Fatalf("%d articles, errors %q", len(arts), errs)
	}
	for _, a := range arts[:9] {
		if d := a.Date.Format(time.DateOnly); d != "2024-03-05" {
			t.Errorf("%s: date %v, want 2024-03-05", a.ID, a.Date)
		}
	}
	if len(warns) != 2 || !strings.Contains(warns[0], "dates.jsonl:10: date not read: \"05.03.2024\" is an ambiguous numeric date") ||
		!strings.Contains(warns[1], "dates.jsonl:11: date not read") {
		t.Errorf("warnings %q, want lines 10 and 11", warns)
	}
	arts, _, warns = readFixture(t, "dates.jsonl", ReaderOptions{DateFormats: []string{"02.01.2006"}})
	if d := arts[9].Date; !d.Equal(date("2024-03-05T00:00:00Z")) || len(warns) != 1 {
		t.Errorf("with --date-format 02.01.2006: %v, warnings %q", d, warns)
	}
}

// TestSniff: standard input and unknown extensions are read by content.
func TestSniff(t *testing.T) {
	page, _ := os.ReadFile(filepath.Join(fixtures, "summit.html"))
	feed, _ := os.ReadFile(filepath.Join(fixtures, "wire.rss"))
	tests := []struct {
		name, input, want string
	}{
		{"jsonl", `{"id":"s1","text":"Kim met Putin."}` + "\n" + `{"id":"s2","text":"Biden spoke."}` + "\n", FormatJSONL},
		{"csv", "title,text\nT,Body one\n", FormatCSV},
		{"html", string(page), FormatHTML},
		{"rss", string(feed), FormatFeed},
		{"warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n", FormatWARC},
		{"sgml", `<REUTERS NEWID="1"><TEXT><BODY>b</BODY></TEXT></REUTERS>`, FormatSGML},
		{"text", "Kim Meets Putin\n\nThe two leaders met, and said so.", FormatText},
		{"text with a comma", "Leaders meet, talk\nand part.\n", FormatText},
		{"text starting with a brace", "{not json} but prose.\n", FormatText},
	}
	for _, tt := range tests {
		got := sniff(bufioReader(tt.input))
		if got != tt.want {
			t.Errorf("%s: sniffed %q, want %q", tt.name, got, tt.want)
		}
	}
	arts, _, _ := readWith(t, strings.NewReader(tests[0].input), "stdin", ReaderOptions{})
	if len(arts) != 2 || arts[1].ID != "s2" {
		t.Errorf("JSONL on stdin: %+v", arts)
	}
	arts, _, _ = readWith(t, bytes.NewReader(page), "stdin", ReaderOptions{})
	if len(arts) != 1 || arts[0].Title != "Macron and Scholz agree on joint energy plan" {
		t.Errorf("HTML on stdin: %+v", arts)
	}
}

// TestWARC writes our own pages into a WARC file, compressed one gzip
// member per record as crawlers do, and reads it back.
func TestWARC(t *testing.T) {
	data := writeTestWARC(t)
	arts, errs, warns := readWith(t, bytes.NewReader(data), "pages.warc.gz", ReaderOptions{})
	if len(errs) > 0 {
		t.Fatalf("errors %q", errs)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	want := []string{"https://ledger.example/world/europe/macron-scholz-energy?ref=rss", "https://prairie.example/2024/03/05/grain-deal", "http://ports.example/rotterdam"}
	if !slices.Equal(ids, want) {
		t.Fatalf("ids %q, want %q", ids, want)
	}
	if a := arts[0]; a.URL != "https://ledger.example/world/europe/macron-scholz-energy" || !a.Date.Equal(date("2024-03-05T10:00:00Z")) || strings.Contains(a.Text, "Clarity") {
		t.Errorf("first page: canonical URL and page date win: %+v", a)
	}
	if a := arts[2]; !a.Date.Equal(date("2024-03-06T08:00:00Z")) || a.URL != "http://ports.example/rotterdam" {
		t.Errorf("page without a date or URL: WARC-Date and target URI: %+v", a)
	}
	wantWarn := []string{"pages.warc.gz: passed over 4 records that are not HTML pages: 1 301 response, 1 image/png response, 1 request, 1 warcinfo"}
	if !slices.Equal(warns, wantWarn) {
		t.Errorf("warnings %q, want %q", warns, wantWarn)
	}
	// Cut short inside a record: the pages before are read, then an error.
	arts, errs, _ = readWith(t, bytes.NewReader(gunzip(t, data)[:len(gunzip(t, data))-300]), "cut.warc", ReaderOptions{})
	if len(arts) != 2 || len(errs) == 0 || !strings.Contains(errs[len(errs)-1], "archive ends inside") {
		t.Errorf("truncated archive: %d articles, errors %q", len(arts), errs)
	}
}

// writeTestWARC makes a .warc.gz of the fixture pages: a warcinfo record,
// a request, three HTML responses (one gzip-encoded, one without a date
// in the page), an image and a redirect.
func writeTestWARC(t testing.TB) []byte {
	t.Helper()
	page := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(page("trade.html"))
	zw.Close()
	resp := func(ctype, extra string, body []byte) []byte {
		return append([]byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n\r\n", ctype, extra, len(body))), body...)
	}
	plain := bytes.Replace(page("plain.html"), []byte(`<meta name="date" content="05.03.2024">`), nil, 1)
	records := []struct {
		typ, uri, date string
		block          []byte
	}{
		{"warcinfo", "", "2024-03-06T08:00:00Z", []byte("software: nergraph test\r\n")},
		{"request", "https://ledger.example/world/europe/macron-scholz-energy?ref=rss", "2024-03-06T08:00:00Z", []byte("GET /world HTTP/1.1\r\n\r\n")},
		{"response", "https://ledger.example/world/europe/macron-scholz-energy?ref=rss", "2024-03-06T08:00:00Z", resp("text/html; charset=utf-8", "", page("summit.html"))},
		{"response", "https://prairie.example/2024/03/05/grain-deal", "2024-03-06T08:00:00Z", resp("text/html", "Content-Encoding: gzip\r\n", gz.Bytes())},
		{"response", "https://prairie.example/logo.png", "2024-03-06T08:00:00Z", resp("image/png", "", []byte("\x89PNG"))},
		{"response", "http://ports.example/old", "2024-03-06T08:00:00Z", []byte("HTTP/1.1 301 Moved Permanently\r\nLocation: /rotterdam\r\nContent-Length: 0\r\n\r\n")},
		{"response", "http://ports.example/rotterdam", "2024-03-06T08:00:00Z", resp("text/html", "", plain)},
	}
	var out bytes.Buffer
	for i, r := range records {
		zw := gzip.NewWriter(&out) // one member per record
		w := warc.NewWriter(zw)
		h := warc.Header{{Name: "WARC-Type", Value: r.typ}, {Name: "WARC-Record-ID", Value: fmt.Sprintf("<urn:uuid:00000000-0000-0000-0000-%012d>", i)},
			{Name: "WARC-Date", Value: r.date}}
		if r.uri != "" {
			h = append(h, warc.Field{Name: "WARC-Target-URI", Value: r.uri})
		}
		ctype := "application/http; msgtype=" + r.typ
		if r.typ == "warcinfo" {
			ctype = "application/warc-fields"
		}
		h = append(h, warc.Field{Name: "Content-Type", Value: ctype})
		if err := w.Write(h, r.block); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		zw.Close()
	}
	return out.Bytes()
}

func gunzip(t testing.TB, b []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestLanguageFixtures(t *testing.T) {
	for _, name := range []string{"bericht-de.txt", "article-fr.txt"} {
		arts, errs, _ := readFixture(t, name, ReaderOptions{})
		if len(arts) != 1 || len(errs) > 0 || arts[0].Title == "" {
			t.Errorf("%s: %+v %q", name, arts, errs)
		}
	}
}

func bufioReader(s string) *bufio.Reader { return bufio.NewReader(strings.NewReader(s)) }

// TestDeferHTML: a page read unparsed and parsed by ParsePage is the
// article the reader makes at once, warnings included.
func TestDeferHTML(t *testing.T) {
	data := writeTestWARC(t)
	for _, in := range []struct {
		name string
		data []byte
	}{{"pages.warc.gz", data}, {"summit.html", nil}, {"plain.html", nil}} {
		if in.data == nil {
			in.data, _ = os.ReadFile(filepath.Join(fixtures, in.name))
		}
		now, _, nowWarns := readWith(t, bytes.NewReader(in.data), in.name, ReaderOptions{})
		later, _, laterWarns := readWith(t, bytes.NewReader(in.data), in.name, ReaderOptions{DeferHTML: true})
		if len(now) != len(later) {
			t.Fatalf("%s: %d articles at once, %d deferred", in.name, len(now), len(later))
		}
		for i := range later {
			if later[i].HTML == "" {
				t.Fatalf("%s: article %d not deferred", in.name, i)
			}
			a, warns, err := ParsePage(later[i], ReaderOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range warns {
				laterWarns = append(laterWarns, w.Error())
			}
			if a != now[i] {
				t.Errorf("%s: article %d\ndeferred %+v\nat once  %+v", in.name, i, a, now[i])
			}
		}
		slices.Sort(nowWarns)
		slices.Sort(laterWarns)
		if !slices.Equal(nowWarns, laterWarns) {
			t.Errorf("%s: warnings at once %q, deferred %q", in.name, nowWarns, laterWarns)
		}
	}
}
