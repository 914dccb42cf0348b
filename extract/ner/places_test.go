package ner

import "testing"

func TestPlaceName(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"Rotterdam"}, true},
		{[]string{"ROTTERDAM"}, true},
		{[]string{"Buenos", "Aires"}, true},
		{[]string{"France"}, true},
		{[]string{"Buenos"}, false}, // a prefix of an entry only
		{[]string{"Brellona"}, false},
		{[]string{"Microsoft"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := m.PlaceName(tt.words); got != tt.want {
			t.Errorf("PlaceName(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
	var none *Model
	if none.PlaceName([]string{"Rotterdam"}) {
		t.Error("a nil model knows a place")
	}
}

// TestTownOrRegion checks that only the compiled towns and regions count:
// a body of states that the training data tagged as a place does not.
func TestTownOrRegion(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"District", "of", "Columbia"}, true},
		{[]string{"SIOUX", "CITY"}, true},
		{[]string{"Madhya", "Pradesh"}, true},
		{[]string{"Commonwealth", "of", "Independent", "States"}, false},
		{[]string{"Brellona"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := m.TownOrRegion(tt.words); got != tt.want {
			t.Errorf("TownOrRegion(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
	if !m.PlaceName([]string{"Commonwealth", "of", "Independent", "States"}) {
		t.Log("PlaceName no longer holds the Commonwealth of Independent States; the case above guards nothing")
	}
}
