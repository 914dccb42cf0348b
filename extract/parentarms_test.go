package extract

import (
	"strings"
	"testing"
)

// TestParentArms checks, on sentences of our own, that a firm's one-word
// name is not linked in its article to an arm of the firm the article
// names too ("Quarbin" beside Quarbin Capital, Quarbin Computer Games
// America), while it still stands for a longer name of the firm: one
// written with a company suffix, one after which a lone "Securities" or a
// country follows, or one of other words.
func TestParentArms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "an investment arm",
			marked: "Results\n\n[[Quarbin|ORG]] said profits rose. Earnings at [[Quarbin Capital|ORG]] doubled, " +
				"and [[Quarbin|ORG]] shares gained.",
			want: []string{`org:quarbin ORG "Quarbin" partial`, `org:quarbin-capital ORG "Quarbin Capital"`},
		},
		{
			name: "a markets arm of two unit words",
			marked: "Results\n\n[[Quarbin|ORG]] said profits rose. Lena Varg of [[Quarbin Capital Markets|ORG]] " +
				"said [[Quarbin|ORG]] would grow.",
			want: []string{`org:quarbin ORG "Quarbin" partial`, `org:quarbin-capital-markets ORG "Quarbin Capital Markets"`},
		},
		{
			name: "a regional arm",
			marked: "Launch\n\n[[Quarbin|ORG]] will sell its console. Tom Dell, president of [[Quarbin Computer Games America|ORG]], " +
				"said [[Quarbin|ORG]] had sold a million.",
			want: []string{`org:quarbin ORG "Quarbin" partial`, `org:quarbin-computer-games-america ORG "Quarbin Computer Games America"`},
		},
		{
			name:   "written with a suffix: the firm's own name",
			marked: "Deal\n\n[[Quarbin Capital Corp|ORG]] said it would buy a stake. [[Quarbin|ORG]] did not give a price.",
			want:   []string{`org:quarbin-capital ORG "Quarbin Capital Corp"`},
		},
		{
			name:   "a lone Securities: the firm's own name",
			marked: "Deal\n\n[[Quarbin Securities|ORG]] led the issue. [[Quarbin|ORG]] did not give a price.",
			want:   []string{`org:quarbin-securities ORG "Quarbin Securities"`},
		},
		{
			name:   "another word after the name",
			marked: "Deal\n\n[[Quarbin Industries|ORG]] led the issue. [[Quarbin|ORG]] did not give a price.",
			want:   []string{`org:quarbin-industries ORG "Quarbin Industries"`},
		},
	})
}

// TestParentArmsOrder checks that a firm's one-word name stays with its
// arm where the article introduces the arm first or names the word no
// more often than the arm.
func TestParentArmsOrder(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the arm introduced first",
			marked: "Deal\n\nThe equity group [[Quarbin Capital|ORG]] runs the bank. [[Quarbin|ORG]] bought its stake in 1999.",
			want:   []string{`org:quarbin-capital ORG "Quarbin Capital"`},
		},
		{
			name:   "the word no more often than the arm",
			marked: "Deal\n\n[[Quarbin|ORG]] bought a stake, said [[Quarbin Capital|ORG]].",
			want:   []string{`org:quarbin-capital ORG "Quarbin Capital"`},
		},
	})
}

// TestArmOf checks the words of an arm's name on names of our own.
func TestArmOf(t *testing.T) {
	for _, tt := range []struct {
		key   string
		words string
		want  bool
	}{
		{"quarbin", "quarbin capital", true},
		{"quarbin", "quarbin securities capital markets", true},
		{"quarbin", "quarbin computer games america", true},
		{"quarbin", "quarbin motor sales usa", true},
		{"quarbin", "quarbin capital corp", false},            // a suffix: the firm's own name
		{"quarbin", "quarbin computer holdings sa", false},    // a suffix last
		{"quarbin", "quarbin securities", false},              // a lone unit word marks nothing
		{"quarbin", "quarbin international", false},           // nor does "International"
		{"quarbin", "quarbin canada", false},                  // a country alone
		{"quarbin", "quarbin bank of canada", false},          // "of"
		{"quarbin", "quarbin finance ministry france", false}, // a country's body
		{"quarbin", "quarbin industries", false},              // another word
		{"tervane", "quarbin capital", false},                 // another firm's word
	} {
		if got := ArmOf(tt.key, strings.Fields(tt.words)); got != tt.want {
			t.Errorf("ArmOf(%q, %q) = %v, want %v", tt.key, tt.words, got, tt.want)
		}
	}
}
