package input

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"
)

// readAll reads every article, collecting parse errors.
func readAll(t testing.TB, r *Reader) ([]Article, []error) {
	t.Helper()
	var arts []Article
	var errs []error
	for {
		a, err := r.Read()
		if err == io.EOF {
			return arts, errs
		}
		var pe *ParseError
		if errors.As(err, &pe) {
			errs = append(errs, err)
			continue
		}
		if err != nil {
			errs = append(errs, err)
			return arts, errs
		}
		arts = append(arts, a)
	}
}

func TestReader(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		input   string
		opts    ReaderOptions
		wantIDs []string
		want    Article // compared with the first article, where set
		errs    []string
	}{
		{
			name: "text with title", file: "a.txt", input: "Kim Meets Putin\n\nThe two leaders met.\n",
			wantIDs: []string{"a.txt"}, want: Article{ID: "a.txt", Title: "Kim Meets Putin", Text: "The two leaders met.\n"},
		},
		{
			name: "text without title", file: "notes", input: "One paragraph only\nwrapped over lines.",
			wantIDs: []string{"notes"}, want: Article{ID: "notes", Text: "One paragraph only\nwrapped over lines."},
		},
		{
			name: "dateline then title", file: "d.txt", input: "Sun. Jul 7th, 2024\n\nLeaders Meet\n\nBody.",
			wantIDs: []string{"d.txt"}, want: Article{ID: "d.txt", Title: "Leaders Meet", Text: "Body.", Date: time.Date(2024, 7, 7, 0, 0, 0, 0, time.UTC)},
		},
		{
			name: "dateline only", file: "e.txt", input: "7 September 2023\n\nBody one.\n\nBody two.",
			wantIDs: []string{"e.txt"}, want: Article{ID: "e.txt", Text: "Body one.\n\nBody two.", Date: time.Date(2023, 9, 7, 0, 0, 0, 0, time.UTC)},
		},
		{
			name: "title that is not a date", file: "f.txt", input: "May 2024 Be Better\n\nBody.",
			wantIDs: []string{"f.txt"}, want: Article{ID: "f.txt", Title: "May 2024 Be Better", Text: "Body."},
		},
		{name: "empty text", file: "e.txt", input: " \n\n ", errs: []string{"e.txt: article has no title and no text"}},
		{name: "binary", file: "b.txt", input: "\x00\x01abc", errs: []string{"b.txt: binary file"}},
		{
			name: "jsonl", file: "n.jsonl",
			input:   `{"id":"x1","title":"T","body":"B","date":"2024-07-07","url":"http://e/1","source":"S"}` + "\n\n" + `{"headline":"H","content":"C"}` + "\n",
			wantIDs: []string{"x1", "n.jsonl:3"},
			want:    Article{ID: "x1", Title: "T", Text: "B", Date: time.Date(2024, 7, 7, 0, 0, 0, 0, time.UTC), URL: "http://e/1", Source: "S"},
		},
		{
			name: "jsonl errors", file: "n.ndjson",
			input:   "{\"text\":\"ok\"}\n{broken\n[1,2]\n{\"text\":5}\n{\"text\":\"a\"} {\"text\":\"b\"}\n{\"title\":\"\"}\n{\"description\":\"last\"}\n",
			wantIDs: []string{"n.ndjson:1", "n.ndjson:7"},
			errs: []string{"n.ndjson:2: invalid JSON", "n.ndjson:3: invalid JSON", "n.ndjson:4: field \"text\" is not a string",
				"n.ndjson:5: invalid JSON: more than one value", "n.ndjson:6: article has no title and no text"},
		},
		{
			name: "csv header", file: "n.csv", input: "ID,Title,Description,Date\nr1,T1,\"D1, quoted\",2024-01-02\nr2,T2,D2,\n",
			wantIDs: []string{"r1", "r2"}, want: Article{ID: "r1", Title: "T1", Text: "D1, quoted", Date: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)},
		},
		{
			name: "csv columns", file: "ag.csv", input: "\"3\",\"Title\",\"Body \"\"quoted\"\"\"\n\"1\",\"T2\",\"B2\"\n",
			opts: ReaderOptions{Columns: []string{"label", "title", "text"}}, wantIDs: []string{"ag.csv:1", "ag.csv:2"},
			want: Article{ID: "ag.csv:1", Title: "Title", Text: `Body "quoted"`},
		},
		{
			name: "csv errors", file: "bad.csv", input: "title,text\nT,B\nonly one\n\"unclosed,x\n",
			wantIDs: []string{"bad.csv:1"}, errs: []string{"bad.csv:3: row has 1 fields, want 2", "bad.csv:4: extraneous or missing \" in quoted-field"},
		},
		{name: "csv no text column", file: "x.csv", input: "a,b\n1,2\n", errs: []string{"x.csv:1: no title or text field: the header row has fields a, b"}},
		{name: "unknown format", file: "x", input: "x", opts: ReaderOptions{Format: "xml"}, errs: []string{`unknown input format "xml"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := readAll(t, NewReader(strings.NewReader(tt.input), tt.file, tt.opts))
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.wantIDs, ",") {
				t.Errorf("ids = %q, want %q", ids, tt.wantIDs)
			}
			if tt.want.ID != "" && len(arts) > 0 && arts[0] != tt.want {
				t.Errorf("first article\n got %+v\nwant %+v", arts[0], tt.want)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors = %q, want %d like %q", errs, len(tt.errs), tt.errs)
			}
			for i, err := range errs {
				if !strings.Contains(err.Error(), tt.errs[i]) {
					t.Errorf("error %d = %q, want it to contain %q", i, err, tt.errs[i])
				}
			}
		})
	}
}

func TestReaderGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	io.WriteString(zw, `{"id":"z1","text":"Compressed news."}`+"\n")
	zw.Close()
	arts, errs := readAll(t, NewReader(&buf, "news.jsonl.gz", ReaderOptions{}))
	if len(errs) > 0 || len(arts) != 1 || arts[0].ID != "z1" {
		t.Errorf("got %+v, errors %v; want article z1", arts, errs)
	}
	_, errs = readAll(t, NewReader(strings.NewReader("\x1f\x8bnot gzip"), "bad.gz", ReaderOptions{}))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "bad.gz: gzip") {
		t.Errorf("errors = %v, want one naming bad.gz", errs)
	}
}

func TestReaderInvalidUTF8(t *testing.T) {
	tests := []struct {
		name, file, input string
		wantText          string   // of the first article
		wantWarn          []string // one per record at most
	}{
		{"text", "sport.txt", "Fee\n\na \xa315.8m signing", "a \uFFFD15.8m signing",
			[]string{"sport.txt: invalid UTF-8 replaced"}},
		{"csv, two bad fields in one row", "n.csv", "title,text\nT\xa3,a \xa3b\nok,fine\nx,\xff\n", "a \uFFFDb",
			[]string{"n.csv:2: invalid UTF-8 replaced", "n.csv:4: invalid UTF-8 replaced"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var warns []string
			r := NewReader(strings.NewReader(tt.input), tt.file, ReaderOptions{Warn: func(err error) {
				if !errors.Is(err, ErrInvalidUTF8) {
					t.Errorf("warning %v is not ErrInvalidUTF8", err)
				}
				warns = append(warns, err.Error())
			}})
			arts, errs := readAll(t, r)
			if len(errs) > 0 || len(arts) == 0 || arts[0].Text != tt.wantText {
				t.Fatalf("got %+v, %v", arts, errs)
			}
			if !slices.Equal(warns, tt.wantWarn) {
				t.Errorf("warnings = %q, want %q", warns, tt.wantWarn)
			}
		})
	}
}

func FuzzReader(f *testing.F) {
	f.Add("n.jsonl", `{"id":"1","text":"a"}`+"\n{x\n")
	f.Add("n.csv", "title,text\nT,\"B\n")
	f.Add("a.txt", "T\n\nbody")
	f.Add("r.sgm", `<REUTERS NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>T</TITLE><BODY>b &lt;</BODY></TEXT></REUTERS>`)
	f.Add("p.html", `<html><head><title>T</title><meta property="article:published_time" content="2024-03-05"></head><body><nav>x</nav><p>Kim met Putin.</p></body></html>`)
	f.Add("f.rss", `<rss version="2.0"><channel><title>W</title><item><title>T</title><description>&lt;p&gt;b&lt;/p&gt;</description></item></channel></rss>`)
	f.Add("a.warc", "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 10\r\n\r\n<p>abc</p>\r\n\r\n")
	f.Add("stdin", `{"article":{"body":"x"}}`+"\n")
	f.Fuzz(func(t *testing.T, name, input string) {
		r := NewReader(strings.NewReader(input), name, ReaderOptions{})
		for range 10000 {
			_, err := r.Read()
			if err == io.EOF {
				return
			}
			var pe *ParseError
			if errors.As(err, &pe) {
				if pe.File != name {
					t.Fatalf("error %q names %q, want %q", err, pe.File, name)
				}
				continue
			}
			if err != nil {
				return
			}
		}
		t.Fatalf("reader of %q did not reach the end", name)
	})
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339 in UTC, "" for an error
	}{
		{"2024-07-07", "2024-07-07T00:00:00Z"},
		{" 2024-07-07T10:30:00+02:00 ", "2024-07-07T08:30:00Z"},
		{"2024-07-07T10:30:00.123Z", "2024-07-07T10:30:00.123Z"},
		{"2024-07-07T10:30:00", "2024-07-07T10:30:00Z"},
		{"2024-07-07 10:30:00", "2024-07-07T10:30:00Z"},
		{"Sun, 07 Jul 2024 10:30:00 +0000", "2024-07-07T10:30:00Z"},
		{"26-Feb-1987 15:01:01.79", "1987-02-26T15:01:01.79Z"},
		{"July 7, 2024", "2024-07-07T00:00:00Z"}, {"yesterday", ""}, {"", ""}, {"05.03.2024", ""}, {"31 February 2024", ""},
		{"March 5, 2024", "2024-03-05T00:00:00Z"}, {"5 March 2024", "2024-03-05T00:00:00Z"}, {"Mar. 5, 2024", "2024-03-05T00:00:00Z"},
		{"Tuesday, March 5, 2024", "2024-03-05T00:00:00Z"}, {"March 5, 2024 10:30 GMT", "2024-03-05T10:30:00Z"},
		{"2024/03/05", "2024-03-05T00:00:00Z"}, {"Tue, 5 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00Z"},
		{"Tue, 05 Mar 2024 10:00:00 +0100", "2024-03-05T09:00:00Z"}, {"1709632800", "2024-03-05T10:00:00Z"},
		{"2024-03-05T10:00", "2024-03-05T10:00:00Z"}, {"Tuesday, 05-Mar-24 10:00:00 UTC", "2024-03-05T10:00:00Z"},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.want == "" {
			if err == nil || !strings.Contains(err.Error(), "date") {
				t.Errorf("ParseDate(%q) = %v, %v; want an error", tt.in, got, err)
			}
			continue
		}
		if err != nil || got.Format(time.RFC3339Nano) != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", tt.in, got.Format(time.RFC3339Nano), err, tt.want)
		}
	}
}
