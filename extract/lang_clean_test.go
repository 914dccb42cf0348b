package extract

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/input"
	"github.com/nergraph/nergraph/extract/lang"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/testenv"
)

// keepLangJoined is keepLang as it was before the article was cleaned once
// for both the language and the entities: the title, a blank line and the
// text cleaned together.
func keepLangJoined(a Article) string {
	t := a.Text
	if len(t) > 16<<10 {
		t = t[:16<<10]
	}
	if len(t) < 4096 {
		t = a.Title + "\n\n" + t
	}
	return lang.Detect(text.Clean(t)).Lang
}

// langCases are articles whose title and text meet where cleaning could
// look across the blank line between them: entity debris, brackets, a
// backslash and blanks at the edges, a title or text that cleans to
// nothing, and the bracket after a capitalized word that cleaning the two
// together drops.
var langCases = []Article{
	{Title: "Shares of Bramley Steel", Text: "<Ltd> said on Tuesday that the company would sell its steel works to the highest bidder in the region."},
	{Title: "Der Kanzler sagte", Text: "&lt;Ltd> und die Regierung haben sich auf einen neuen Haushalt geeinigt, der nach der Wahl gilt."},
	{Title: "Ventes de Steel #39;", Text: " quot;Le gouvernement a dit que les prix de la viande sont plus hauts que prévu pour cette année."},
	{Title: "La Bolsa de Madrid &amp", Text: "amp;T dijo que los precios de las acciones han subido en la sesión de hoy, según los analistas."},
	{Title: "<br>", Text: "The minister said on Monday that he would not resign over the affair, which has shaken the party."},
	{Title: "Prices rise\\", Text: "\\and the bank said that it would raise its rates for the second time this year, analysts said."},
	{Title: "  \u200b ", Text: "  \u0301 il governo ha detto che la crescita economica sarà più lenta del previsto per il prossimo anno."},
	{Title: "Headline only, with no text at all in it for the reader", Text: ""},
	{Title: "\xe2\x80", Text: "\x80 het kabinet heeft gezegd dat de economie dit jaar sneller zal groeien dan werd verwacht door de bank."},
	{Title: "Trade figures", Text: strings.Repeat("The exports of the country rose by a tenth in the year to March, the office said. ", 60)},
	{Title: "Long", Text: strings.Repeat("Le gouvernement a dit que les prix sont plus hauts &amp; que prévu. ", 300)},
}

// TestKeepLangCleanOnce checks that keepLang, which reads the article as
// it is cleaned for the entities, finds the language that cleaning the
// title and text together for it gave: on the cases above, the bundled
// articles and, with the shared data, AG News and BBC.
func TestKeepLangCleanOnce(t *testing.T) {
	arts := append([]Article(nil), langCases...)
	files, _ := filepath.Glob("../testdata/articles/*")
	var paths []string
	paths = append(paths, files...)
	if d := testenv.SharedDir(); d != "" {
		for _, p := range []string{"data/agnews/test.csv", "data/bbc/business", "data/bbc/politics"} {
			if _, err := os.Stat(filepath.Join(d, p)); err == nil {
				paths = append(paths, filepath.Join(d, p))
			}
		}
	}
	fs, err := input.Files(paths)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		fh, err := os.Open(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		opts := input.ReaderOptions{}
		if strings.HasSuffix(f.Path, "test.csv") {
			opts.Columns = []string{"label", "title", "text"}
		}
		arts = append(arts, readArticlesT(t, input.NewReader(fh, f.Path, opts))...)
		fh.Close()
	}
	// The bracket case cleans to other text, and the same words.
	a := langCases[0]
	if together, apart := text.Clean(a.Title+"\n\n"+a.Text), cleanArticle(a).joined; together == apart {
		t.Errorf("%q cleaned together and apart gave the same text: the case no longer shows the difference", a.Title)
	}
	langs := map[string]int{}
	for _, a := range arts {
		want := keepLangJoined(a)
		got, _ := keepLang("en", a, cleanArticle(a))
		if got != want {
			t.Errorf("keepLang(%q / %.60q) = %q, cleaned together %q", a.Title, a.Text, got, want)
		}
		langs[want]++
	}
	if len(langs) < 4 {
		t.Errorf("the cases cover the languages %v: want English, others and too short to tell", langs)
	}
	t.Logf("%d articles, languages %v", len(arts), langs)
}

// FuzzKeepLangCleanOnce: for any title and text, keepLang finds the
// language that cleaning them together gave.
func FuzzKeepLangCleanOnce(f *testing.F) {
	for _, a := range langCases {
		f.Add(a.Title, a.Text)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		a := Article{Title: title, Text: body}
		if got, want := must(keepLang("en", a, cleanArticle(a))), keepLangJoined(a); got != want {
			t.Errorf("keepLang(%q, %q) = %q, cleaned together %q", title, body, got, want)
		}
	})
}

func must(s string, _ bool) string { return s }

// readArticlesT reads the good articles of r.
func readArticlesT(t *testing.T, r *input.Reader) []Article {
	t.Helper()
	var arts []Article
	for {
		a, err := r.Read()
		if err != nil {
			var pe *input.ParseError
			if errors.As(err, &pe) {
				continue
			}
			if err != io.EOF {
				t.Fatal(err)
			}
			return arts
		}
		arts = append(arts, a)
	}
}
