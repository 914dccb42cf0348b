package webpage

import (
	"bytes"
)

// rawSkip are the elements whose content prestrip drops before parsing:
// on news sites they are half a page's bytes, and the parser's time grows
// with the bytes.
var rawSkip = [][]byte{[]byte("script"), []byte("style"), []byte("svg"), []byte("noscript")}

// prestrip returns page without its comments and its script, style, svg
// and noscript elements, except JSON-LD scripts, which hold metadata. It
// works on bytes, before parsing: what it cannot match (an element not
// closed) it leaves for the parser.
func prestrip(page []byte) []byte {
	var out []byte
	last := 0 // page[last:] is not copied yet
	for i := 0; i < len(page); {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		i += j
		end := skipEnd(page, i)
		if end <= i {
			i++
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(page))
		}
		out = append(out, page[last:i]...)
		last, i = end, end
	}
	if out == nil {
		return page
	}
	return append(out, page[last:]...)
}

// skipEnd returns where the comment or skipped element starting at i ends,
// or i when nothing is skipped there.
func skipEnd(page []byte, i int) int {
	rest := page[i+1:]
	if bytes.HasPrefix(rest, []byte("!--")) {
		if k := bytes.Index(rest[3:], []byte("-->")); k >= 0 {
			return i + 1 + 3 + k + 3
		}
		return i
	}
	for _, name := range rawSkip {
		if len(rest) <= len(name) || !bytes.EqualFold(rest[:len(name)], name) {
			continue
		}
		if c := rest[len(name)]; c != '>' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '/' {
			continue
		}
		gt := bytes.IndexByte(rest, '>')
		if gt < 0 {
			return i
		}
		if bytes.Contains(bytes.ToLower(rest[:gt]), []byte("ld+json")) {
			return i // metadata: kept
		}
		closeTag := append(append([]byte("</"), name...), '>')
		k := indexFold(rest[gt:], closeTag)
		if k < 0 {
			return i
		}
		return i + 1 + gt + k + len(closeTag)
	}
	return i
}

// indexFold is bytes.Index without ASCII case.
func indexFold(s, sep []byte) int {
	for i := 0; i+len(sep) <= len(s); {
		j := bytes.IndexByte(s[i:], sep[0])
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sep) <= len(s) && bytes.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
		i++
	}
	return -1
}
