package webpage

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// pages are our own saved pages with what their story says and what the
// page around it says.
var pages = []struct {
	file   string
	story  []string // sentences of the article
	boiler []string // text around it that must not reach the recognizer
}{
	{"summit.html",
		[]string{"French President Emmanuel Macron and German Chancellor Olaf Scholz agreed on Tuesday", "The European Commission has promised to pay a third of the cost",
			"Scholz, who faces a difficult budget debate", "Talks with Warsaw are expected to begin in April."},
		[]string{"Microsoft Clarity", "Facebook Pixel", "Markets", "Login", "Skip to content", "Google Analytics", "Related stories", "Swinoujscie",
			"Share on Twitter", "Morning Briefing", "Newsroom in London", "By Anna Keller", "Germany\n", "font-family"}},
	{"trade.html",
		[]string{"Canada and Mexico signed a five-year agreement on Tuesday", "Grain farmers in Saskatchewan and Manitoba",
			"Cargill and Viterra are expected", "Analysts at the University of Guelph said"},
		[]string{"Google Tag Manager", "Sign in", "Subscribe", "Business > Trade", "Most read", "Toronto Stock Exchange", "Postmedia", "Tom Reyes, Winnipeg"}},
	{"plain.html",
		[]string{"Dock workers in Rotterdam returned to work", "Maersk and MSC said it would take a week"}, nil},
	{"portal.html",
		[]string{"Kenya has won the right to host the African Union summit", "President William Ruto said the meeting in Nairobi", "sent police to Haiti"},
		[]string{"Ruto names new cabinet", "Safaricom", "Popular now", "Ghana cedi falls", "Savanna Media"}},
	{"bericht.html",
		[]string{"Bundeskanzler Olaf Scholz ist am Montag nach Paris gereist", "Die Opposition in Berlin forderte mehr Tempo"},
		[]string{"Startseite", "Anmelden", "Impressum", "Datenschutz"}},
}

func readPage(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../../../testdata/inputs", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// score counts the story sentences kept and the boilerplate let through.
func score(text string, story, boiler []string) (kept, leaked int, missed []string) {
	for _, s := range story {
		if strings.Contains(text, s) {
			kept++
		} else {
			missed = append(missed, s)
		}
	}
	for _, s := range boiler {
		if strings.Contains(text, s) {
			leaked++
			missed = append(missed, "leaked: "+s)
		}
	}
	return kept, leaked, missed
}

// TestMainText checks Parse on our pages, and measures it against
// Readability alone and against our stripping alone, printing the table
// with -v.
func TestMainText(t *testing.T) {
	methods := []struct {
		name string
		text func(page string) string
	}{
		{"Parse (strip, then Readability)", func(page string) string {
			p, err := Parse(strings.NewReader(page), "https://example.com/a")
			if err != nil {
				t.Fatal(err)
			}
			return p.Text
		}},
		{"Readability alone", func(page string) string {
			a, err := readability.FromReader(strings.NewReader(page), nil)
			if err != nil || a.Node == nil {
				return ""
			}
			var b strings.Builder
			a.RenderText(&b)
			return b.String()
		}},
		{"strip alone, whole page", func(page string) string {
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			strip(doc)
			return textOf(doc)
		}},
	}
	var table []string
	for _, m := range methods {
		var kept, leaked, story, boiler int
		for _, p := range pages {
			k, l, missed := score(m.text(readPage(t, p.file)), p.story, p.boiler)
			kept, leaked, story, boiler = kept+k, leaked+l, story+len(p.story), boiler+len(p.boiler)
			if m.name == methods[0].name && len(missed) > 0 {
				t.Errorf("%s: %q", p.file, missed)
			} else if len(missed) > 0 {
				t.Logf("%s, %s: %q", m.name, p.file, missed)
			}
		}
		table = append(table, fmt.Sprintf("| %s | %d of %d | %d of %d |", m.name, kept, story, leaked, boiler))
	}
	t.Logf("main text of %d pages (the boilerplate let through by each method is logged above)\n| method | story sentences kept | boilerplate strings let through |\n|---|---|---|\n%s", len(pages), strings.Join(table, "\n"))
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		file string
		want Page // Text not compared
	}{
		{"summit.html", Page{Title: "Macron and Scholz agree on joint energy plan", Author: "Anna Keller", Date: "2024-03-05T10:00:00Z",
			URL: "https://ledger.example/world/europe/macron-scholz-energy", SiteName: "The Northern Ledger", Lang: "en"}},
		{"trade.html", Page{Title: "Canada and Mexico sign grain deal", Author: "Tom Reyes", Date: "Tue, 5 Mar 2024 14:20:00 GMT",
			URL: "https://prairie.example/2024/03/05/grain-deal", SiteName: "Prairie Business Daily"}},
		{"plain.html", Page{Title: "Port strike ends in Rotterdam", Date: "05.03.2024", URL: "https://example.com/a"}},
		{"bericht.html", Page{Title: "Scholz reist nach Paris", Date: "2024-03-04T08:00:00+01:00", URL: "https://example.com/a", Lang: "de"}},
	}
	for _, tt := range tests {
		p, err := Parse(strings.NewReader(readPage(t, tt.file)), "https://example.com/a")
		if err != nil {
			t.Fatal(err)
		}
		p.Text = ""
		if p != tt.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.file, p, tt.want)
		}
	}
}

func TestTrimSite(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Leaders meet | The Daily", "The Daily", "Leaders meet"},
		{"The Daily - Leaders meet", "The Daily", "Leaders meet"},
		{"Leaders meet - Daily", "", "Leaders meet"},
		{"Kim - Putin summit ends", "", "Kim - Putin summit ends"},
		{"No separator", "X", "No separator"},
	}
	for _, tt := range tests {
		if got := trimSite(tt.title, tt.site); got != tt.want {
			t.Errorf("trimSite(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestFragment(t *testing.T) {
	got := Fragment(`<p>Officials from <b>Japan</b> met.</p><script>track()</script><div class="share">Share</div><p>Second&nbsp;paragraph.</p>`)
	if want := "Officials from Japan met.\n\nSecond paragraph."; got != want {
		t.Errorf("Fragment = %q, want %q", got, want)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(`<html><head><title>T</title></head><body><p>Kim met Putin.</p></body></html>`)
	f.Add(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":[{"name":"A"}]}]}</script><p>x</p>`)
	f.Fuzz(func(t *testing.T, page string) {
		p, err := Parse(strings.NewReader(page), "")
		if err != nil {
			return
		}
		for _, s := range []string{p.Title, p.Text, p.Author} {
			if strings.Contains(s, "<script") {
				t.Fatalf("markup in the output: %q", s)
			}
		}
	})
}

func ExampleParse() {
	page := `<html><head><title>Leaders meet | The Daily</title>
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav>Home World Login</nav><article><h1>Leaders meet</h1><p>Kim Jong Un met Vladimir Putin in Vladivostok.</p></article>
<footer>© The Daily</footer></body></html>`
	p, _ := Parse(strings.NewReader(page), "https://daily.example/leaders")
	fmt.Println(p.Title)
	fmt.Println(p.Date)
	fmt.Println(p.SiteName)
	fmt.Println(p.Text)
	// Output:
	// Leaders meet
	// 2024-03-05T10:00:00Z
	// The Daily
	// Kim Jong Un met Vladimir Putin in Vladivostok.
}
