package viewer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
)

func TestDbgTmp(t *testing.T) {
	if os.Getenv("DBG") == "" {
		t.Skip()
	}
	g := buildGraph(t, extract.ReaderOptions{}, testdataArticles)
	html := exportBytes(t, export.HTML{Title: "testdata/articles"}, g)
	path := filepath.Join(t.TempDir(), "p.html")
	os.WriteFile(path, html, 0o644)
	ctx, cancel := chromedp.NewContext(chrome(t))
	defer cancel()
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			fmt.Println("CONSOLE", m.Type, m.Text)
			if m.Exception != nil && m.Exception.Exception != nil {
				fmt.Println(m.Exception.Exception.Description)
			}
		}
	}()
	chromedp.Do(ctx, chromedp.Navigate("file://"+path+os.Getenv("DBG")), chromedp.Sleep(2*time.Second))
	c2, cancel2 := context.WithTimeout(ctx, 5*time.Second)
	defer cancel2()
	s, err := chromedp.Run(c2, chromedp.Evaluate[string](`document.body.dataset.state + " " + document.body.dataset.renderer`))
	fmt.Println(s, err)
}
