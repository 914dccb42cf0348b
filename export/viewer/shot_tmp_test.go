package viewer_test

import (
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestShotTmp(t *testing.T) {
	file := os.Getenv("FILE")
	if file == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(file)
	tb := openPage(t, chrome(t), b, os.Getenv("Q"))
	tb.run(t, chromedp.EmulateViewport(1280, 800))
	if js := os.Getenv("JS"); js != "" {
		tb.eval(t, js)
	}
	tb.run(t, chromedp.Sleep(700*time.Millisecond))
	png, _ := tb.screenshot(t)
	os.WriteFile(os.Getenv("OUT"), png, 0o644)
	tb.checkConsole(t)
}
