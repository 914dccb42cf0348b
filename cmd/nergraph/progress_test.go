package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

func TestProgressOnlyOnTerminal(t *testing.T) {
	var counts extract.Progress
	counts.Size.Store(1000)
	counts.Read.Store(250)
	counts.Articles.Store(42)
	for _, tt := range []struct {
		tty, quiet bool
		want       bool
	}{{true, false, true}, {false, false, false}, {true, true, false}} {
		var errOut bytes.Buffer
		p := newProgress(&IOStreams{ErrOut: &errOut, ErrTTY: tt.tty}, tt.quiet, &counts)
		if p.active {
			p.draw()
		}
		p.stop()
		got := errOut.String()
		if drawn := strings.Contains(got, "42 articles"); drawn != tt.want {
			t.Errorf("tty=%v quiet=%v: drawn=%v, want %v (stderr %q)", tt.tty, tt.quiet, drawn, tt.want, got)
		}
		if tt.want && (!strings.Contains(got, " 25%") || !strings.Contains(got, "ETA")) {
			t.Errorf("bar %q lacks the percentage or ETA", got)
		}
		if tt.want && !strings.HasSuffix(got, "\r\033[K") {
			t.Errorf("bar %q is not cleared at the end", got)
		}
	}
}
