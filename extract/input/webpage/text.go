package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags end a paragraph of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Figure: true,
	atom.Figcaption: true, atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Body: true, atom.Html: true, atom.Caption: true,
}

// textOf renders the text of n: words joined by single spaces, a line
// break for <br>, a blank line between blocks.
func textOf(n *html.Node) string {
	var b strings.Builder
	var para strings.Builder
	flush := func() {
		s := strings.TrimSpace(para.String())
		para.Reset()
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			writeWords(&para, n.Data)
			return
		case html.ElementNode:
			if n.DataAtom == atom.Br {
				para.WriteString("\n")
				return
			}
			if boilerTags[n.DataAtom] {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
			para.WriteString(" ")
		}
	}
	walk(n)
	flush()
	return b.String()
}

// writeWords writes the words of s, a space before each unless the
// paragraph is at a line start.
func writeWords(b *strings.Builder, s string) {
	lead := len(s) > 0 && isSpace(s[0])
	words := strings.Fields(s)
	for i, w := range words {
		if (i > 0 || lead) && b.Len() > 0 {
			if last := b.String()[b.Len()-1]; last != ' ' && last != '\n' {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	if len(words) > 0 && isSpace(s[len(s)-1]) {
		b.WriteByte(' ')
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }
