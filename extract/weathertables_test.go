package extract

import (
	"strings"
	"testing"
)

// TestWeatherTown checks, on a table of our own with made-up towns, that
// names in capitals taken for firms or people before temperatures are
// towns in an article that gives temperatures.
func TestWeatherTown(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "towns in a weather table",
			marked: "HIGH-LOWS\n\nHIGHEST TEMPERATURE YESTERDAY.\n" +
				" [[TERVANE|ORG]]      58 38      [[QUARBIN FLS|PER]] n/a\n",
			want: []string{`location:quarbin-fls LOCATION "Quarbin Fls"`, `location:tervane LOCATION "TERVANE" partial`},
		},
	})
}

// TestWeatherTownGuards checks weatherTown's guards on one line of a
// table: no temperature in the article, a name in lower case, a name
// before a word, a name across a line break (a heading and a town).
func TestWeatherTownGuards(t *testing.T) {
	tests := []struct {
		name, text, span string
		want             bool
	}{
		{"a town before temperatures", "HIGHEST TEMPERATURE\n TERVANE 58 38\n", "TERVANE", true},
		{"one temperature not given", "HIGHEST TEMPERATURE\n QUARBIN FLS n/a\n", "QUARBIN FLS", true},
		{"no temperature in the article", "VOTES BY COUNTY\n TERVANE 58 38\n", "TERVANE", false},
		{"in lower case", "HIGHEST TEMPERATURE\n Tervane 58 38\n", "Tervane", false},
		{"before a word", "HIGHEST TEMPERATURE\n SOUTH BEND 58 38\n", "SOUTH", false},
		{"across a line break", "HIGHEST TEMPERATURE\n QUARBIN\nTERVANE 58 38\n", "QUARBIN\nTERVANE", false},
	}
	for _, tt := range tests {
		s := strings.Index(tt.text, tt.span)
		m := &mention{typ: Org, country: -1}
		m.Start, m.End = s, s+len(tt.span)
		if got := weatherTown(tt.text, m); got != tt.want {
			t.Errorf("%s: weatherTown = %v, want %v", tt.name, got, tt.want)
		}
	}
}
