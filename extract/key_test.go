package extract

import "testing"

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
		if got := string(appendKey([]byte("x"), n)); got != "x"+want {
			t.Errorf("appendKey(%q) = %q, want %q", n, got, "x"+want)
		}
		m := map[string]bool{want: true}
		if !inKey(m, n) {
			t.Errorf("inKey(%q) = false, want true", n)
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
	})
}
