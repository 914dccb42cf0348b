package names

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
	})
}
