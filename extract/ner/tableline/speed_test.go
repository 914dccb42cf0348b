package tableline

import (
	"strings"
	"testing"
)

// TestHasDotsMatchesContains checks the written-out search against
// strings.Contains on every string of up to 9 bytes over ".a1".
func TestHasDotsMatchesContains(t *testing.T) {
	var walk func(w string)
	walk = func(w string) {
		if got, want := hasDots(w), strings.Contains(w, "..."); got != want {
			t.Fatalf("hasDots(%q) = %v, want %v", w, got, want)
		}
		if len(w) == 9 {
			return
		}
		for _, c := range []string{".", "a", "1"} {
			walk(w + c)
		}
	}
	walk("")
}
