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

// Render draws the graph as a picture by piping its [DOT] form through
// Graphviz (the sfdp layout the DOT asks for). Layout time grows quickly with
// size: a few seconds for 150 entities, tens of seconds for 1,000, so callers
// should bound the graph first, for example with [graphstore.Filter] Top.
type Render struct {
	Format  string    // a Graphviz output format: "svg" or "png"
	Program string    // the Graphviz program to run; "" means "dot"
	Stderr  io.Writer // where Graphviz's warnings go; nil discards them
}

// ErrNoGraphviz is returned, wrapped, by [Render] when Graphviz is not
// installed.
var ErrNoGraphviz = errors.New("graphviz not installed")

// Write renders g and writes the picture to w. It does not close w. It fails,
// naming the program, when Graphviz is missing, and with Graphviz's message
// when Graphviz fails.
func (r Render) Write(w io.Writer, g *graphstore.Graph) error {
	prog := cmp.Or(r.Program, "dot")
	path, err := exec.LookPath(prog)
	if err != nil {
		return fmt.Errorf("%s output needs the program %q from Graphviz (install it, e.g. apt install graphviz, or write -f dot): %w: %w", r.Format, prog, ErrNoGraphviz, err)
	}
	var src bytes.Buffer
	if err := (DOT{}).Write(&src, g); err != nil {
		return err
	}
	cmd := exec.Command(path, "-T"+r.Format)
	cmd.Stdin = &src
	out := &firstErrWriter{w: w}
	cmd.Stdout = out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	if out.err != nil {
		return out.err
	}
	msg := strings.TrimSpace(stderr.String())
	if err != nil {
		return fmt.Errorf("%s -T%s: %w: %s", prog, r.Format, err, msg)
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
