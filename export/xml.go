package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"strings"
	"unicode"
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

// xmlSafe reports whether s has no control characters.
func xmlSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x80 {
			return false
		}
	}
	return true
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
