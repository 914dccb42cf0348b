package extract

import "testing"

// TestShortForms checks that a short form written as a word, not in
// capitals, is the name whose words' beginnings it blends, where the
// article defines it in parentheses or names the name too, on sentences of
// our own; a word that does not blend the name stays apart.
func TestShortForms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "defined in parentheses",
			marked: "The [[American Stock Exchange|ORG]] ([[Amex|ORG]]) halted trading in [[Halvorsen Pump|ORG]]. An [[Amex|ORG]] official said so.",
			want:   []string{`org:american-stock-exchange ORG "American Stock Exchange"`, `org:halvorsen-pump ORG "Halvorsen Pump"`},
		},
		{
			name:   "named in the article, not defined",
			marked: "Gold rose on the [[Commodity Exchange|ORG]] in [[New York|LOC]]. [[Comex|ORG]] stocks fell.",
			want:   []string{`location:new-york LOCATION "New York"`, `org:commodity-exchange ORG "Commodity Exchange"`},
		},
		{
			name:   "a word that blends no name",
			marked: "[[Texas Air Corp|ORG]] and [[Tandem|ORG]] agreed.",
			want:   []string{`org:tandem ORG "Tandem" partial`, `org:texas-air ORG "Texas Air Corp"`},
		},
	})
}

func TestSpells(t *testing.T) {
	for _, tt := range []struct {
		short string
		words []string
		want  int
	}{
		{"amex", []string{"american", "stock", "exchange"}, 2},
		{"conrail", []string{"consolidated", "rail", "corp"}, 2},
		// One letter a word is an acronym in title case, no blend.
		{"icco", []string{"international", "cocoa", "organization"}, 0},
		{"lme", []string{"london", "metal", "exchange"}, 0},
		{"adobe", []string{"adobe", "elements"}, 1},
		{"ofwat", []string{"office", "of", "water", "services"}, 2},
		{"nestle", []string{"nestle", "sa"}, 1},
		{"tandem", []string{"texas", "air", "corp"}, 0},
		{"stock", []string{"american", "stock", "exchange"}, 0}, // the first word begins it
	} {
		if got := spells(tt.short, tt.words, 0); got != tt.want {
			t.Errorf("spells(%q, %q) = %d, want %d", tt.short, tt.words, got, tt.want)
		}
	}
}
