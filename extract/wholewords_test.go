package extract

import (
	"slices"
	"testing"
)

// TestWholeWords checks, on texts of our own, which occurrences of a name
// stand as words of their own.
func TestWholeWords(t *testing.T) {
	cases := []struct {
		text, name string
		want       []int // start, end pairs
	}{
		{"Tervane said Tervane's plant in Tervane, Ore.", "Tervane", []int{0, 7, 13, 20, 32, 39}},
		{"Tervanes and LaTervane and Tervane2", "Tervane", nil},
		{"Tervane", "Tervane", []int{0, 7}},
		{"(Tervane)", "Tervane", []int{1, 8}},
		{"Tervaneé and éTervane", "Tervane", nil},
		{"aa aaa aa", "aa", []int{0, 2, 7, 9}},
		{"Quarbin", "", nil},
		{"", "Quarbin", nil},
	}
	for _, c := range cases {
		var got []int
		for s, e := range wholeWords(c.text, c.name) {
			got = append(got, s, e)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("wholeWords(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
	// A caller that stops early is not called again.
	n := 0
	for range wholeWords("Ulm Ulm Ulm", "Ulm") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("stopped after one, got %d", n)
	}
}
