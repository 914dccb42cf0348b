package input

import "testing"

func TestMisspeltSignOff(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a letter added", "Prices rose.\n QUARBETER\nREUTTER", "Prices rose.\n QUARBETER"},
		{"a letter dropped", "Prices rose.\nREUTR", "Prices rose."},
		{"a letter changed, dots after", "Prices rose.\n REUTEF...", "Prices rose."},
		{"a figure glued on", "Prices rose.\nReuter7", "Prices rose."},
		{"the agency's name stays", "Prices rose.\nReuters", "Prices rose.\nReuters"},
		{"two letters off stays", "Prices rose.\nROUTES", "Prices rose.\nROUTES"},
		{"a word of the text stays", "Prices rose at the\nrouter", "Prices rose at the\nrouter"},
		{"two words stay", "Prices rose.\nREUTTER said", "Prices rose.\nREUTTER said"},
	}
	for _, tt := range tests {
		if got := dropSignOff(tt.in); got != tt.want {
			t.Errorf("%s: dropSignOff(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
