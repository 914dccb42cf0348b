package export

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
)

func init() {
	register("svg", Render{Format: "svg"}, ".svg")
	register("png", Render{Format: "png"}, ".png")
}

// Render draws the graph as a picture with Graphviz: the [DOT] form laid
// out by sfdp (as the DOT asks), then drawn with a title (About's title,
// corpus, filters and the counts of the graph drawn) and a legend of the
// types drawn, their shapes and colours. With About.Ego the centre is
// marked and the other entities are sized by the articles they share with
// it rather than by their mentions. Layout time grows quickly with size: a
// few seconds for 150 entities, tens of seconds for 1,000, so callers
// should bound the graph first, for example with [graphstore.Filter] Top.
type Render struct {
	Format  string    // a Graphviz output format: "svg" or "png"
	Program string    // the Graphviz program to run; "" means "dot"
	Stderr  io.Writer // where Graphviz's warnings go; nil discards them
	About
}

// ErrNoGraphviz is returned, wrapped, by [Render] when Graphviz is not
// installed.
var ErrNoGraphviz = errors.New("graphviz not installed")

// Write renders g and writes the picture to w. It does not close w. It fails,
// naming the program, when Graphviz is missing, with Graphviz's message
// when Graphviz fails, and before running Graphviz when About.Ego names no
// entity of g.
func (r Render) Write(w io.Writer, g *graphstore.Graph) error {
	prog := cmp.Or(r.Program, "dot")
	path, err := exec.LookPath(prog)
	if err != nil {
		return fmt.Errorf("%s output needs the program %q from Graphviz (install it, e.g. apt install graphviz, or write -f dot): %w: %w", r.Format, prog, ErrNoGraphviz, err)
	}
	src, err := r.source(g)
	if err != nil {
		return err
	}
	// Two runs: sfdp lays the graph out, then neato -n2 draws it as laid
	// out, with the legend placed beside the drawing, whose size only the
	// first run knows.
	var laid bytes.Buffer
	if err := r.graphviz(prog, path, src, &laid, "-Tdot"); err != nil {
		return err
	}
	drawing, err := r.withLegend(laid.Bytes(), g)
	if err != nil {
		return fmt.Errorf("%s -Tdot: %w", prog, err)
	}
	return r.graphviz(prog, path, drawing, w, "-Kneato", "-n2", "-T"+r.Format)
}

// graphviz runs the Graphviz program at path on src with args, writing its
// output to w and its warnings to r.Stderr.
func (r Render) graphviz(prog, path string, src []byte, w io.Writer, args ...string) error {
	cmd := exec.Command(path, args...)
	cmd.Stdin = bytes.NewReader(src)
	out := &firstErrWriter{w: w}
	cmd.Stdout = out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if out.err != nil {
		return out.err
	}
	msg := strings.TrimSpace(stderr.String())
	if err != nil {
		return fmt.Errorf("%s %s: %w: %s", prog, strings.Join(args, " "), err, msg)
	}
	if msg != "" && r.Stderr != nil {
		for line := range strings.Lines(msg) {
			if _, err := fmt.Fprintf(r.Stderr, "%s: %s\n", prog, strings.TrimSpace(line)); err != nil {
				break
			}
		}
	}
	return nil
}

// firstErrWriter remembers the first error of w and then fails at once, so
// the error the caller's writer gave wins over Graphviz's broken pipe.
type firstErrWriter struct {
	w   io.Writer
	err error
}

func (f *firstErrWriter) Write(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	n, err := f.w.Write(p)
	f.err = err
	return n, err
}
