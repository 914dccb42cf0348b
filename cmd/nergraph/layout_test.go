package main

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/export"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testenv"
)

// TestBuildLayoutFlag checks what --layout writes in each format, and its
// usage errors.
func TestBuildLayoutFlag(t *testing.T) {
	tests := []struct {
		args       []string
		code       int
		want, not  []string // in stdout, not in stdout
		wantStderr string
	}{
		{args: []string{"-f", "json"}, want: []string{`"community":`, `"pagerank":`, `"weighted_degree":`}, not: []string{`"x":`}},
		{args: []string{"-f", "json", "--layout", "on"}, want: []string{`"community":`, `"x":`, `"y":`}},
		{args: []string{"-f", "gexf"}, want: []string{`<viz:position x="`, `<attvalue for="community"`}},
		{args: []string{"-f", "gexf", "--layout", "off"}, want: []string{`<attvalue for="community"`}, not: []string{`<viz:position`}},
		{args: []string{"-f", "cyjs"}, want: []string{`"position":{"x":`}},
		{args: []string{"-f", "graphml"}, want: []string{`<data key="x">`, `<key id="community"`}},
		{args: []string{"-f", "dot"}, want: []string{"layout=sfdp", "community="}, not: []string{"pos="}},
		{args: []string{"-f", "dot", "--layout", "on"}, want: []string{"layout=nop2", `pos="`}},
		{args: []string{"-f", "html", "--layout", "off"}, code: 2, wantStderr: "--layout off"},
		{args: []string{"--layout", "sideways"}, code: 2, wantStderr: "want auto, on or off"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, stderr := run(t, "", append(append([]string{"build", "-q"}, tc.args...), sampleDir)...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d: %s", code, tc.code, stderr)
			}
			if tc.code != 0 {
				if out != "" || !strings.Contains(stderr, tc.wantStderr) {
					t.Errorf("stdout %.40q, stderr %q; want nothing and %q", out, stderr, tc.wantStderr)
				}
				return
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output has no %q", w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(out, n) {
					t.Errorf("output has %q", n)
				}
			}
		})
	}
}

// TestBuildLayoutSameBytes builds the same laid-out graph with one and
// four workers under GOMAXPROCS 1 and 4: the bytes must not change. The
// sample graph is small enough for the layout to run on one goroutine; the
// AG News graph (6,916 entities, past the 2,048 at which the layout splits
// its work) is the slow variant.
func TestBuildLayoutSameBytes(t *testing.T) {
	args := []string{"build", "-q", "-f", "gexf", "--layout", "on"}
	t.Run("sample", func(t *testing.T) { sameBytes(t, append(args, sampleDir)) })
	t.Run("agnews", func(t *testing.T) {
		testenv.Slow(t, "builds the AG News graph four times")
		ag := testenv.Shared(t, "data/agnews/test.csv")
		sameBytes(t, append(args, "--columns", "label,title,text", ag))
	})
}

// sameBytes runs args with -j 1 and -j 4 under GOMAXPROCS 1 and 4 and
// checks that the output is the same each time.
func sameBytes(t *testing.T, args []string) {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first string
	for _, procs := range []int{1, 4} {
		for _, workers := range []string{"1", "4"} {
			runtime.GOMAXPROCS(procs)
			code, out, stderr := run(t, "", append(args, "-j", workers)...)
			what := fmt.Sprintf("GOMAXPROCS=%d -j %s", procs, workers)
			if code != 0 || !strings.Contains(out, "<viz:position") {
				t.Fatalf("%s: exit %d, %d bytes with no position: %s", what, code, len(out), stderr)
			}
			if first == "" {
				first = out
			} else if out != first {
				t.Errorf("%s: other bytes than GOMAXPROCS=1 -j 1", what)
			}
		}
	}
}

// TestLayoutNoteOnLargeGraphs checks the note --layout auto leaves on
// stderr when it writes no positions for a graph over the limit, and that
// smaller graphs get none.
func TestLayoutNoteOnLargeGraphs(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a graph of 50,001 entities (-short)")
	}
	nodes := make([]graphstore.Node, export.AutoPositionsMax+1)
	for i := range nodes {
		nodes[i] = graphstore.Node{ID: fmt.Sprintf("person:%06d", i), Type: extract.Person, Mentions: 1}
	}
	big, err := graphstore.NewView(nodes, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		g    *graphstore.Graph
		note bool
	}{{big, true}, {testGraph(t, 3), false}} {
		ios, out, errOut := testIOS()
		if err := writeGraphDrawing(context.Background(), ios, "", "gexf", tc.g, drawing{limit: renderTop}); err != nil {
			t.Fatal(err)
		}
		gotNote := strings.Contains(errOut.String(), "note: no positions written: 50,001 entities")
		if gotNote != tc.note || strings.Contains(out.String(), "<viz:position") == tc.note {
			t.Errorf("%d entities: note %v, positions %v; want note %v (stderr %q)",
				tc.g.NumNodes(), gotNote, strings.Contains(out.String(), "<viz:position"), tc.note, errOut.String())
		}
	}
}
