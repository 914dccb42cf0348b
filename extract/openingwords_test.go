package extract

import (
	"strings"
	"testing"
)

// TestOpeningClauseWord checks, on sentences of our own, that a
// conjunction opening a sentence or a quotation and a preposition in
// capitals are cut from the name the recognizer glued them to, and that a
// conjunction inside a sentence is left.
func TestOpeningClauseWord(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "since after an opening quote",
			marked: "Aid\n\nMr Vell told the show: \"[[Since Ann Quarbin|PER]] gave those figures they have not moved.\"",
			want:   []string{`person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "once after an opening quote, across a line",
			marked: "Chips\n\nQuarbin has resisted, said an analyst. \"[[Once\nTervane|ORG]] cuts output, they all have.\"",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "by after a comma",
			marked: "Thrifts\n\nThe board approved the purchase of a thrift in Vellton, Calif., [[By Tervane Pacific Savings|ORG]] of Quarbin.",
			want:   []string{`org:tervane-pacific-savings ORG "Tervane Pacific Savings"`},
		},
		{
			name:   "during after an opening quote",
			marked: "Rules\n\nThe rule says: \"[[During QSE|ORG]] trading hours a member may not trade.\"",
			want:   []string{`org:qse ORG "QSE" partial`},
		},
		// Left alone.
		{
			name:   "a conjunction inside a sentence",
			marked: "Talks\n\nThe talks went on, said [[Even Quarbin|PER]], the coach.",
			want:   []string{`person:even-quarbin PERSON "Even Quarbin"`},
		},
	})
}

// TestOpeningClauseWordLeft checks the names openingClauseWord leaves
// whole: a work's title, a word in lower case after the conjunction, a
// conjunction alone, and one not at a sentence's start.
func TestOpeningClauseWordLeft(t *testing.T) {
	tests := []struct {
		text, name string
		typ        Type
	}{
		{"She starred in \"Once Upon Vellton\" last year.", "Once Upon Vellton", Misc},
		{"He sang \"Stand By Quarbin\" twice.", "By Quarbin", Misc},
		{"\"Since then Quarbin\" was said.", "Since then Quarbin", Person},
		{"\"Since\" was said.", "Since", Person},
		{"It rose, Even Quarbin said.", "Even Quarbin", Person},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.name)
		var ws []word
		for f := range strings.FieldsSeq(tt.name) {
			j := strings.Index(tt.text[i:], f) + i
			ws = append(ws, word{text: f, start: j, end: j + len(f)})
			i = j + len(f)
		}
		if openingClauseWord(tt.text, ws, tt.typ) {
			t.Errorf("openingClauseWord(%q in %q) = true, want false", tt.name, tt.text)
		}
	}
}
