package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// eachString calls f with every string of up to n bytes over alphabet.
func eachString(alphabet string, n int, f func(string)) {
	var walk func(prefix string)
	walk = func(prefix string) {
		f(prefix)
		if len(prefix) == n {
			return
		}
		for i := 0; i < len(alphabet); i++ {
			walk(prefix + alphabet[i:i+1])
		}
	}
	walk("")
}

// TestIndexDotsMatchesIndex checks the written-out search against
// strings.Index on every string of up to 9 bytes over ".a1".
func TestIndexDotsMatchesIndex(t *testing.T) {
	eachString(".a1", 9, func(w string) {
		if got, want := indexDots(w), strings.Index(w, "..."); got != want {
			t.Fatalf("indexDots(%q) = %d, want %d", w, got, want)
		}
	})
}

// TestIsASCII checks isASCII against utf8.RuneSelf on strings with a
// non-ASCII byte at every place of up to 17 bytes.
func TestIsASCII(t *testing.T) {
	for n := range 18 {
		plain := strings.Repeat("a", n)
		if !isASCII(plain) {
			t.Fatalf("isASCII(%q) = false", plain)
		}
		for i := range n {
			b := []byte(plain)
			b[i] = 0x80 | byte(i)
			nonASCII := false
			for _, c := range b {
				nonASCII = nonASCII || c >= utf8.RuneSelf
			}
			if got := isASCII(string(b)); got != !nonASCII {
				t.Fatalf("isASCII(%q) = %v", b, got)
			}
		}
	}
}

// TestHasMarkup checks hasMarkup against strings.ContainsAny.
func TestHasMarkup(t *testing.T) {
	eachString("a&;<>", 4, func(s string) {
		if got, want := hasMarkup(s), strings.ContainsAny(s, "&;<>"); got != want {
			t.Fatalf("hasMarkup(%q) = %v, want %v", s, got, want)
		}
	})
}
