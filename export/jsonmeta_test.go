package export

import (
	"bufio"
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// TestJSONMetaStreamed checks that the articles written one at a time are
// the bytes of encoding the whole jsonMeta at once, as JSON wrote them
// before: ids added out of order, HTML characters, quotes, newlines and
// non-ASCII text, dates, sources and URLs or none.
func TestJSONMetaStreamed(t *testing.T) {
	for _, n := range []int{0, 1, 7} {
		g := graphstore.New()
		for i := n - 1; i >= 0; i-- {
			a := extract.Article{ID: fmt.Sprintf("a%d <&> \"é\"\n", i), Title: fmt.Sprintf("Title %d \u2028 </script>", i)}
			if i%2 == 0 {
				a.Date = time.Date(2024, 1, 1+i, 0, 0, 0, 0, time.UTC)
				a.Source, a.URL = "The Times", fmt.Sprintf("https://x.example/?a=%d&b=<c>", i)
			}
			g.Add(&extract.Doc{Article: a, Hash: fmt.Sprint("hash", i),
				Entities: []extract.Entity{{ID: "person:x", Name: "X", Type: extract.Person, Mentions: []extract.Mention{{Name: "X"}}}}})
		}
		want := jsonMeta{Name: "nergraph", Articles: []jsonArticle{}}
		for _, a := range g.Articles() {
			want.Articles = append(want.Articles, jsonArticle{ID: a.ID, Title: a.Title, Date: formatTime(a.Date), Source: a.Source, URL: a.URL})
		}
		var wb bytes.Buffer
		if err := newEncoder(&wb).Encode(want); err != nil {
			t.Fatal(err)
		}
		var gb bytes.Buffer
		bw := bufio.NewWriter(&gb)
		if err := writeJSONMeta(bw, g); err != nil {
			t.Fatal(err)
		}
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
		if got := gb.String(); got != wb.String() {
			t.Errorf("%d articles:\ngot  %q\nwant %q", n, got, wb.String())
		}
	}
}
