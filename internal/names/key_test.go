package names

import (
	"strings"
	"testing"
)

// fastKey is the fast path's condition as it was written before foldASCII
// checked it in its one pass: short, ASCII and free of entity debris.
func fastKey(name string) bool {
	return len(name) <= maxFastKey && isASCII(name) && strings.IndexByte(name, ';') < 0
}

// TestFoldASCIIRefuses checks that foldASCII takes exactly the names of
// fastKey, and leaves dst as it was for the others.
func TestFoldASCIIRefuses(t *testing.T) {
	long := strings.Repeat("ab ", 34)
	for _, n := range []string{"", "Reuters", "Zürich", "José Manuel", "Korea#39;s", "a;b", "AT&amp;T",
		long[:maxFastKey], long[:maxFastKey+1], "x\x80", "tab\there", "\x7f"} {
		k, ok := foldASCII([]byte("pre"), n)
		if ok != fastKey(n) {
			t.Errorf("foldASCII(%q) ok = %v, want %v", n, ok, fastKey(n))
		}
		if !ok && string(k) != "pre" {
			t.Errorf("foldASCII(%q) refused, dst = %q, want %q", n, k, "pre")
		}
		if ok && string(k) != "pre"+keySlow(n) {
			t.Errorf("foldASCII(%q) = %q, want %q", n, k, "pre"+keySlow(n))
		}
	}
}

// TestKeyFastPath checks that the ASCII fast path of Key and the lookups
// that fold on the stack agree with the general path.
func TestKeyFastPath(t *testing.T) {
	names := []string{"", " ", "Kim Jong-un", "U.S.", "AT&T", "A & B", "&", "The Times", "the", "The",
		"theater", "O'Neal", "  Putin  ", "KCNA", "x--y", "Inc.'s", "ENB.TO", "a\tb", "Procter & Gamble Co.",
		"the the", "3M", "...", "'", "Mc-Donald's", "THE NEW YORK TIMES"}
	for _, n := range names {
		want := keySlow(n)
		if got := Key(n); got != want {
			t.Errorf("Key(%q) = %q, want %q", n, got, want)
		}
		if got := string(AppendKey([]byte("x"), n)); got != "x"+want {
			t.Errorf("AppendKey(%q) = %q, want %q", n, got, "x"+want)
		}
		m := Set{want: true}
		if !m.Has(n) {
			t.Errorf("Set.Has(%q) = false, want true", n)
		}
	}
}

func FuzzKeyFastPath(f *testing.F) {
	f.Add("Kim Jong-un")
	f.Add("AT&T Inc.")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Key(s), keySlow(s); got != want {
			t.Errorf("Key(%q) = %q, keySlow = %q", s, got, want)
		}
		if _, ok := foldASCII(nil, s); ok != fastKey(s) {
			t.Errorf("foldASCII(%q) ok = %v, fastKey = %v", s, ok, fastKey(s))
		}
	})
}
