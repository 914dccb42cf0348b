package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// xmlWriter writes XML text with escaping through encoding/xml. Like
// bufio.Writer, it keeps the first error and writes nothing after it.
type xmlWriter struct {
	*bufio.Writer
}

// esc writes s escaped for an attribute value or text: &, <, >, quotes,
// tab, newline and carriage return become references, so parsers give s
// back unchanged (characters XML cannot hold become U+FFFD).
func (w xmlWriter) esc(s string) {
	if !strings.ContainsAny(s, "&<>\"'\t\n\r") && xmlSafe(s) {
		w.WriteString(s)
		return
	}
	xml.EscapeText(w, []byte(s)) // its error is the writer's, kept by bufio
}

// xmlSafe reports whether s is printable ASCII, which needs no check for
// characters XML forbids.
func xmlSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// xmlChar reports whether XML 1.0 can hold r (its Char production): not
// the C0 controls but tab, newline and carriage return, not the surrogates,
// not U+FFFE and U+FFFF. Article text can carry any of them.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || 0x20 <= r && r <= 0xD7FF ||
		0xE000 <= r && r <= 0xFFFD || 0x10000 <= r && r <= unicode.MaxRune
}

// xmlClean returns s with every character XML forbids, and every byte that
// is not UTF-8, replaced by U+FFFD, as encoding/xml's escaping does. Text
// that reaches an XML file other than through esc, such as DOT labels that
// Graphviz copies into SVG, goes through it.
func xmlClean(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || !xmlChar(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !xmlChar(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r) // invalid UTF-8 reads as RuneError, U+FFFD
	}
	return b.String()
}

// attr writes ` name="value"`.
func (w xmlWriter) attr(name, value string) {
	w.WriteByte(' ')
	w.WriteString(name)
	w.WriteString(`="`)
	w.esc(value)
	w.WriteByte('"')
}

// nmtoken returns id in a form that is a valid XML NMTOKEN, as GraphML ids
// must be: letters, digits, '.', '-' and ':' stay; every other character
// becomes _xHHHH_ (its code point in hex), as does the '_' of a "_x", so the
// mapping is one to one. Entity ids such as person:vladimir-putin are
// unchanged. The empty id becomes "_x_", which no other id maps to.
func nmtoken(id string) string {
	if id == "" {
		return "_x_"
	}
	ok := func(i int, r rune) bool {
		switch {
		case r == '_':
			return i+1 >= len(id) || id[i+1] != 'x'
		case r < 0x80:
			return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '.' || r == '-' || r == ':'
		default:
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		}
	}
	clean := true
	for i, r := range id {
		if !ok(i, r) {
			clean = false
			break
		}
	}
	if clean {
		return id
	}
	var b strings.Builder
	for i, r := range id {
		if ok(i, r) {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "_x%04X_", r)
		}
	}
	return b.String()
}
