package extract

import (
	"strings"
	"testing"
)

// TestOfficeField checks [officeField]: the field words before an office
// in an organization's span are part of the title; a body's name before
// the office is not.
func TestOfficeField(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"National Security", true},
		{"Economic", true},
		{"Ministry Economic", true}, // a generic body's noun before the field
		{"Group Economics", true},
		{"", false},
		{"Federal Reserve", false},                   // a body
		{"Tessen Bank Economic", false},              // a named body before the field
		{"Quarbin", false},                           // a firm
		{"National Power", false},                    // a firm's name, no field
		{"Ministry", false},                          // a body's noun and no field
		{"national security", false},                 // not capitalized
		{"Senior Economic Policy", false},            // "Policy" is no field word
		{"National Security Economic Social", false}, // over three words
	}
	for _, tt := range tests {
		var ws []word
		for f := range strings.FieldsSeq(tt.before) {
			ws = append(ws, word{text: f})
		}
		if got := officeField(ws); got != tt.want {
			t.Errorf("officeField(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestOfficeFieldSpans checks [officeField] and "Adviser" among the
// offices on whole spans.
func TestOfficeFieldSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a field and an adviser before a name",
			marked: "Talks\n\nThe panel heard [[National Security Adviser Vorn Telliver|ORG]] on Monday.",
			want:   []string{`person:vorn-telliver PERSON "Vorn Telliver"`},
		},
		{
			name:   "the office alone is no body",
			marked: "Talks\n\nThe [[National Security Adviser|ORG]] will travel to Quarbinville.",
			want:   nil,
		},
		{
			name:   "a generic body's noun and a field",
			marked: "Talks\n\n[[Ministry Economic Adviser Vorn Telliver|ORG]] said growth slowed.",
			want:   []string{`person:vorn-telliver PERSON "Vorn Telliver"`},
		},
		{
			name:   "a body before the office keeps its mention",
			marked: "Talks\n\n[[Tessen Reserve Board Adviser Vorn Telliver|ORG]] said rates rose.",
			want:   []string{`org:tessen-reserve-board ORG "Tessen Reserve Board"`, `person:vorn-telliver PERSON "Vorn Telliver"`},
		},
		{
			name:   "advisers in the plural are a firm's name",
			marked: "Funds\n\n[[Tessen Realty Advisers|ORG]] bought the tower.",
			want:   []string{`org:tessen-realty-advisers ORG "Tessen Realty Advisers"`},
		},
	})
}

// TestNamedScale checks [namedScale]: a name with "scale" after it every
// time is a measure, no person; a name written once without it stays.
func TestNamedScale(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "every time before \"scale\"",
			marked: "Quake\n\nThe tremor measured 5.2 on the [[Quandt|PERSON]] scale. A second one of 4.1 on the [[Quandt|PERSON]] scale followed.",
			want:   nil,
		},
		{
			name:   "\"scale\" on the next line",
			marked: "Quake\n\nThe tremor measured 5.2 on the [[Quandt|PERSON]]\nscale, officials said.",
			want:   nil,
		},
		{
			name:   "the deviser quoted too",
			marked: "Quake\n\nThe tremor measured 5.2 on the [[Quandt|PERSON]] scale. [[Quandt|PERSON]] said more would come.",
			want:   []string{`person:quandt PERSON "Quandt" partial`},
		},
		{
			name:   "\"scales\" is another word",
			marked: "Trade\n\n[[Quandt|PERSON]] scales the wall, the report said.",
			want:   []string{`person:quandt PERSON "Quandt" partial`},
		},
	})
}
