package extract

import "testing"

// TestPluralExpansions covers the long form of an acronym written in the
// plural beside it in parentheses ([pluralExpansions]).
func TestPluralExpansions(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the long form before the plural acronym",
			marked: "Grain\n\nThe [[Velby Board|ORG]] will issue [[Regional Grain Tokens|ORG]] (RGTs) to farmers next year.",
			want:   []string{`org:velby-board ORG "Velby Board"`},
		},
		{
			name:   "the long form after the plural acronym",
			marked: "Shops\n\nThe town has many QSTs ([[Quick Snack Tents|ORG]]) near the [[Velby Board|ORG]] offices.",
			want:   []string{`org:velby-board ORG "Velby Board"`},
		},
		{
			name:   "small words left out of the initials",
			marked: "Towns\n\nThe [[Velby Board|ORG]] pays [[Wardens of the Grain Stores|ORG]] (WGSs) each month.",
			want:   []string{`org:velby-board ORG "Velby Board"`},
		},
		{
			name:   "the acronym's singular elsewhere",
			marked: "Grain\n\nThe [[Velby Board|ORG]] will issue [[Regional Grain Tokens|ORG]] (RGTs) to farmers. [[RGT|ORG]] holders may sell them.",
			want:   []string{`org:velby-board ORG "Velby Board"`},
		},
		// Negatives: names the rule leaves.
		{
			name:   "an acronym in the singular",
			marked: "Grain\n\nThe [[Regional Grain Board|ORG]] (RGB) will issue tokens to farmers.",
			want:   []string{`org:regional-grain-board ORG "Regional Grain Board"`},
		},
		{
			name:   "a plural acronym its initials do not spell",
			marked: "Grain\n\nThe [[Velby Grain Board|ORG]] (RGTs) will issue tokens to farmers.",
			want:   []string{`org:velby-grain-board ORG "Velby Grain Board"`},
		},
		{
			name:   "bodies in the plural named by a body's head",
			marked: "Towns\n\nDisputes go to the [[Committees for the Settlement of Grain Claims|ORG]] (CSGCs) in each region.",
			want:   []string{`org:committees-for-the-settlement-of-grain-claims ORG "Committees for the Settlement of Grain Claims"`},
		},
		{
			name:   "a plural acronym that is not in parentheses",
			marked: "Grain\n\nThe [[Regional Grain Tokens|ORG]] RGTs will be issued to farmers.",
			want:   []string{`org:regional-grain-tokens ORG "Regional Grain Tokens"`},
		},
	})
}

func TestPluralParen(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Grain Tokens (RGTs) rose", true},
		{"RGTs (Regional Grain Tokens)", true},
		{"(RGTs", false},
		{"s)", true},
		{"the Tokens(RGT)", false},
		{"a fund (Quarbin) and tokens", false},
		{"no parenthesis at all", false},
		{"", false},
		{")", false},
		{" (", false},
	} {
		if got := pluralParen(c.text); got != c.want {
			t.Errorf("pluralParen(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
