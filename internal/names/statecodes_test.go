package names

import "testing"

// TestStateAfterComma checks which words after a town and a comma name a
// state.
func TestStateAfterComma(t *testing.T) {
	tests := []struct {
		s, want string
	}{
		{"Va., said on Monday", "US-VA"},
		{"N.Y. The company", "US-NY"},
		{"W.Va., a mining town", "US-WV"},
		{"Ont.", "CA-ON"},
		{"Ohio, business", "US-OH"},
		{"New Mexico.", "US-NM"},
		{"New\nMexico, a mine", "US-NM"}, // a line broken inside the name
		{"Washington that makes parts", "US-WA"},
		{"British Columbia (Sports Desk)", "CA-BC"},
		{"England producer of fish", "GB-ENG"},
		{"Ohio and Iowa", ""},       // a list of states
		{"Oregon or Idaho", ""},     // a list of states
		{"Ohio\nand Iowa", ""},      // a list of states, a line broken
		{"Va said", ""},             // an abbreviation without its period
		{"Inc. said", ""},           // no state
		{"ohio, business", ""},      // no capital
		{"Ohioan farmers", ""},      // another word
		{"New Yorker magazine", ""}, // another word
		{"", ""},
	}
	for _, tt := range tests {
		if got := StateAfterComma(tt.s); got != tt.want {
			t.Errorf("StateAfterComma(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
