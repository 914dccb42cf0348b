package input

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// oldDecodeSGML is decodeSGML as it was, a rune at a time.
func oldDecodeSGML(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c == '&' {
			if j := strings.IndexByte(s[i:min(i+12, len(s))], ';'); j > 1 {
				if r, ok := charRef(s[i+1 : i+j]); ok {
					writeRune(&b, r)
					i += j + 1
					continue
				}
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			r = rune(c)
		}
		writeRune(&b, r)
		i += n
	}
	return b.String()
}

// TestDecodeSGMLRuns checks that copying plain runs at once gives what
// decoding a rune at a time gave.
func TestDecodeSGMLRuns(t *testing.T) {
	pieces := []string{"a", " ", "\n", "\t", "\r", "\x01", "\x7f", "&", "&amp;", "&#233;", ";", "lt;", "é", "\xe9", "\x9c"}
	var walk func(s string, k int)
	walk = func(s string, k int) {
		if got, want := decodeSGML(s), oldDecodeSGML(s); got != want {
			t.Fatalf("decodeSGML(%q) = %q, want %q", s, got, want)
		}
		if k == 4 {
			return
		}
		for _, p := range pieces {
			walk(s+p, k+1)
		}
	}
	walk("", 0)
}
