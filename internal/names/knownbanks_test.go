package names

import "testing"

// TestKnownBankShortNames checks that the short names of a bank that the
// recognizer types a place stand for the bank (tail10yh), and that their
// words alone stand for nothing.
func TestKnownBankShortNames(t *testing.T) {
	cases := []struct {
		name, want string
		ok         bool
	}{
		{"Nat West", "National Westminster Bank", true},
		{"NatWest", "National Westminster Bank", true},
		{"West", "", false},
		{"Nat", "", false},
	}
	for _, c := range cases {
		k, ok := Known(c.name)
		if ok != c.ok || k.Name != c.want {
			t.Errorf("Known(%q) = %q, %v; want %q, %v", c.name, k.Name, ok, c.want, c.ok)
		}
	}
}
