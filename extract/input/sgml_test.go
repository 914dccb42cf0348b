package input

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/internal/testenv"
)

const sgmlSample = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<UNKNOWN> 
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute
u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued in
the Bahia zone, &lt;Comissaria Smith> said &amp; left.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE>27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>OPEC HEADLINE ONLY
</TITLE>
&#3;

</TEXT>
</REUTERS>
<REUTERS NEWID="3">
<DATE> 3-MAR-1987  09:15:05.40</DATE>
<TEXT TYPE="UNPROC">&#2;
Unprocessed text about Caf` + "\xe9" + ` Kuwait.
&#3;</TEXT>
</REUTERS>
`

func readAllSGML(t *testing.T, in, name string) ([]Article, []error) {
	t.Helper()
	r := newSGMLReader(strings.NewReader(in), name, 2048)
	var arts []Article
	var errs []error
	for range 1000 {
		a, err := r.Read()
		if err == io.EOF {
			return arts, errs
		}
		if err != nil {
			errs = append(errs, err)
			var pe *ParseError
			if !errors.As(err, &pe) {
				return arts, errs // read errors are final
			}
			continue
		}
		arts = append(arts, a)
	}
	t.Fatal("reader never returned io.EOF")
	return nil, nil
}

func TestSGMLReader(t *testing.T) {
	got, errs := readAllSGML(t, sgmlSample, "data/reut2-000.sgm")
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := []Article{
		{
			ID: "reut2-000.sgm:1", Title: "BAHIA COCOA REVIEW", Source: "Reuters",
			Text: "Showers continued in\nthe Bahia zone, <Comissaria Smith> said & left.",
			Date: time.Date(1987, 2, 26, 15, 1, 1, 790000000, time.UTC), Dateline: "SALVADOR",
		},
		{
			ID: "reut2-000.sgm:3", Source: "Reuters",
			Text: "Unprocessed text about Café Kuwait.",
			Date: time.Date(1987, 3, 3, 9, 15, 5, 400000000, time.UTC),
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %#v\nwant %#v", got, want)
	}
}

func TestDatelinePlace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"    NEW YORK, March 3 - ", "NEW YORK"},
		{"    WILKES-BARRES, Pa., June 18 - ", "WILKES-BARRES"},
		{"    LA  PAZ,\n March 3 - ", "LA PAZ"},
		{" March 3 - ", ""},
	}
	for _, tt := range tests {
		if got := datelinePlace(tt.in); got != tt.want {
			t.Errorf("datelinePlace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSGMLReaderErrors(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		ids   []string // articles read despite the errors
		lines []int    // lines of the errors, in order
	}{
		{"no NEWID", "<REUTERS OLDID=\"1\">\n<TEXT><BODY>x</BODY></TEXT>\n</REUTERS>\n<REUTERS NEWID=\"2\">\n<TEXT><BODY>y</BODY></TEXT></REUTERS>\n",
			[]string{"f.sgm:2"}, []int{1}},
		{"bad date", "\n<REUTERS NEWID=\"5\">\n\n<DATE>yesterday</DATE>\n<TEXT><BODY>x</BODY></TEXT>\n</REUTERS>\n",
			nil, []int{4}},
		{"unclosed", "<REUTERS NEWID=\"1\"><TEXT><BODY>x</BODY></TEXT></REUTERS><REUTERS NEWID=\"2\">\n<TEXT>\n", []string{"f.sgm:1"}, []int{1}},
		{"empty", "", nil, []int{0}},
		{"not SGML", "just some text\nover two lines\n", nil, []int{0}},
		{"unclosed before the next", "<REUTERS NEWID=\"1\">\n<TEXT><BODY>lost\n<REUTERS NEWID=\"2\">\n<TEXT><BODY>kept</BODY></TEXT>\n</REUTERS>\n",
			[]string{"f.sgm:2"}, []int{1}},
		{"element over the limit", "<REUTERS NEWID=\"1\">\n<TEXT><BODY>" + strings.Repeat("long line of text\n", 200) + "</BODY></TEXT>\n</REUTERS>\n<REUTERS NEWID=\"3\"><TEXT><BODY>short</BODY></TEXT></REUTERS>\n",
			[]string{"f.sgm:3"}, []int{1}},
		{"two on a line", `<REUTERS NEWID="1"><TEXT><BODY>a</BODY></TEXT></REUTERS><REUTERS NEWID="2"><TEXT><BODY>b</BODY></TEXT></REUTERS>`,
			[]string{"f.sgm:1", "f.sgm:2"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := readAllSGML(t, tt.in, "f.sgm")
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
			}
			var lines []int
			for _, err := range errs {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %v is not a *ParseError", err)
				}
				if pe.File != "f.sgm" {
					t.Errorf("error file %q, want f.sgm", pe.File)
				}
				lines = append(lines, pe.Line)
			}
			if !reflect.DeepEqual(ids, tt.ids) || !reflect.DeepEqual(lines, tt.lines) {
				t.Errorf("got ids %v, error lines %v; want %v, %v (errors: %v)", ids, lines, tt.ids, tt.lines, errs)
			}
		})
	}
}

func TestDropSignOff(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Prices rose.\n Reuter", "Prices rose."},
		{"Prices rose.\n REUTER...\r", "Prices rose."},
		{"Prices rose.\nreuter", "Prices rose."},
		{"Reuter", "Reuter"}, // the only line is the text
		{"Prices rose, Reuter said.", "Prices rose, Reuter said."},
		{"Prices rose.\n Reuters", "Prices rose.\n Reuters"},
	}
	for _, tt := range tests {
		if got := dropSignOff(tt.in); got != tt.want {
			t.Errorf("dropSignOff(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecodeSGML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a &lt;b&gt; &amp; c", "a <b> & c"},
		{"&#3;&#5;x&#127;\x01y", "xy"},
		{"&#233;t&#xE9;", "été"},
		{"&unknown; &#99999999999; &", "&unknown; &#99999999999; &"},
		{"caf\xe9", "café"},
		{"line\n\ttab", "line\n\ttab"},
	}
	for _, tt := range tests {
		if got := decodeSGML(tt.in); got != tt.want {
			t.Errorf("decodeSGML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSGMLReuters reads the whole Reuters-21578 collection.
func TestSGMLReuters(t *testing.T) {
	dir := testenv.Shared(t, "data/reuters21578")
	files, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	if err != nil || len(files) != 22 {
		t.Fatalf("found %d reut2-*.sgm files (%v), want 22", len(files), err)
	}
	n, dated, signed := 0, 0, 0
	ids := map[string]bool{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		r := newSGMLReader(fh, f, 0)
		for {
			a, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%v", err)
			}
			if ids[a.ID] {
				t.Errorf("duplicate id %s", a.ID)
			}
			ids[a.ID] = true
			if !a.Date.IsZero() {
				dated++
			}
			if strings.HasSuffix(strings.ToLower(a.Text), "reuter") {
				signed++
			}
			if !utf8Valid(a.Text) || a.Text == "" {
				t.Errorf("%s: empty or invalid text", a.ID)
			}
			n++
		}
		fh.Close()
	}
	// 21,578 documents less 1,798 BRIEF headlines and the few with neither a
	// body nor unprocessed text.
	if n < 19000 || n > 21578-1798 || dated != n {
		t.Errorf("read %d articles, %d dated; want 19,000..%d, all dated", n, dated, 21578-1798)
	}
	if signed > n/100 {
		t.Errorf("%d of %d articles still end with the Reuter sign-off", signed, n)
	}
	t.Logf("read %d articles, %d still signed", n, signed)
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func FuzzSGMLReader(f *testing.F) {
	f.Add(sgmlSample)
	f.Add("<REUTERS NEWID=\"1\"><DATE>1-JAN-1987</DATE><TEXT TYPE=\"UNPROC\">x</TEXT></REUTERS>")
	f.Add("<REUTERS\n<TEXT <BODY></REUTERS>")
	f.Add("0") // no element at all: an error of the whole file, with no line
	f.Fuzz(func(t *testing.T, in string) {
		r := newSGMLReader(strings.NewReader(in), "fuzz.sgm", 0)
		lines := strings.Count(in, "\n") + 1
		for range len(in) + 2 {
			a, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %v is not a *ParseError", err)
				}
				if pe.Err == errNoReuters {
					if pe.Line != 0 {
						t.Fatalf("file-level error %v with line %d", pe.Err, pe.Line)
					}
				} else if pe.Line < 1 || pe.Line > lines {
					t.Fatalf("error line %d outside 1..%d", pe.Line, lines)
				}
				continue
			}
			if !utf8Valid(a.Text) || !utf8Valid(a.Title) {
				t.Fatalf("invalid UTF-8 in %q", a.Text)
			}
		}
		t.Fatal("reader did not reach io.EOF")
	})
}
