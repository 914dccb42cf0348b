package viewer

import (
	"bufio"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

//go:embed assets/page.html assets/viewer.css assets/js/*.js
var assets embed.FS

// The page is assembled once, at the first Write: the template cut at its
// placeholders, with the style and the script, whose hashes go into the
// Content-Security-Policy.
type template struct {
	parts  []string // the text between the placeholders
	holes  []string // the placeholders, in order
	style  string
	script string
	csp    string
	err    error
}

// loadPage assembles the page at the first Write, not when the program
// starts: most runs of nergraph write no page (the script's hashes and the
// cutting cost 2.8 M instructions at every start).
var loadPage = sync.OnceValue(loadTemplate)

func loadTemplate() *template {
	t := &template{}
	b, err := assets.ReadFile("assets/page.html")
	if err != nil {
		t.err = err
		return t
	}
	css, err := assets.ReadFile("assets/viewer.css")
	if err != nil {
		t.err = err
		return t
	}
	t.style = string(css)
	t.script, t.err = Script()
	if t.err != nil {
		return t
	}
	// Only our own style and script may run; nothing may be fetched. The
	// page needs no network: everything is inline.
	t.csp = "default-src 'none'; style-src " + hash(t.style) + "; script-src " + hash(t.script) +
		"; img-src data:; base-uri 'none'; form-action 'none'"
	rest := string(b)
	for {
		i := strings.Index(rest, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(rest[i:], "}}")
		if j < 0 {
			break
		}
		t.parts = append(t.parts, rest[:i])
		t.holes = append(t.holes, rest[i+2:i+j])
		rest = rest[i+j+2:]
	}
	t.parts = append(t.parts, rest)
	want := []string{"CSP", "TITLE", "STYLE", "DATA", "SCRIPT"}
	if !slices.Equal(t.holes, want) {
		t.err = fmt.Errorf("viewer: page template has placeholders %q, want %q", t.holes, want)
	}
	return t
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// Script returns the page's JavaScript: the files of assets/js in name
// order, inside one function so that nothing leaks into the page's globals
// but window.nergraph.
func Script() (string, error) {
	names, err := fs.Glob(assets, "assets/js/*.js")
	if err != nil {
		return "", err
	}
	slices.Sort(names)
	var b strings.Builder
	b.WriteString("(function () {\n\"use strict\";\n")
	for _, name := range names {
		src, err := assets.ReadFile(name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "// %s\n", strings.TrimPrefix(name, "assets/"))
		b.Write(src)
		b.WriteString("\n")
	}
	b.WriteString("})();\n")
	return b.String(), nil
}

// Write writes p as one self-contained HTML page: the style, the script and
// the data inline, nothing fetched, so it opens from a file without a
// network. The data goes into a <script type="application/json"> element
// with <, >, & and U+2028/U+2029 escaped by encoding/json, so no name can
// end the element or open a comment, whatever it holds.
//
// The page draws the nodes where p puts them: a caller without a layout
// gets one from graphstore (export.HTML does).
//
// Write returns an error, and writes nothing, when a link, relation or
// evidence refers to a node or article that p does not have, or when Ego
// names no node. It does not close w and returns the first write error.
func Write(w io.Writer, p Page) error {
	page := loadPage()
	if page.err != nil {
		return page.err
	}
	if err := p.check(); err != nil {
		return err
	}
	if p.Nodes == nil {
		p.Nodes = []Node{}
	}
	if p.Links == nil {
		p.Links = []Link{}
	}
	if p.Articles == nil {
		p.Articles = []Article{}
	}
	title := p.Title
	if title == "" {
		title = "nergraph"
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	for k, hole := range page.holes {
		bw.WriteString(page.parts[k])
		switch hole {
		case "CSP":
			bw.WriteString(html.EscapeString(page.csp))
		case "TITLE":
			bw.WriteString(html.EscapeString(title))
		case "STYLE":
			bw.WriteString(page.style)
		case "SCRIPT":
			bw.WriteString(page.script)
		case "DATA":
			enc := json.NewEncoder(bw)
			enc.SetEscapeHTML(true) // < > & as \u003c ...: nothing can close the element
			if err := enc.Encode(p); err != nil {
				return err
			}
		}
	}
	bw.WriteString(page.parts[len(page.parts)-1])
	return bw.Flush()
}
