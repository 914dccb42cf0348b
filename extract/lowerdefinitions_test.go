package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestLastFields checks that lastFields gives the last n of the fields
// strings.Fields gives, on texts of our own with other kinds of space,
// runes of several bytes and bytes that are no UTF-8.
func TestLastFields(t *testing.T) {
	texts := []string{
		"", "   ", "one", " the consumer price index ", "line\nbreak\tand\u00a0no-break\u2003em space",
		"Tervane’s café  prices\n\n", "bad \xff\xfe bytes \xff", "a b c d e f g h",
	}
	for _, s := range texts {
		all := strings.Fields(s)
		for n := 0; n <= len(all)+2; n++ {
			want := all[max(0, len(all)-n):]
			if got := lastFields(s, n); !slices.Equal(got, want) {
				t.Errorf("lastFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
