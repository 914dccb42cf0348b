package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestGivenDateline checks, on sentences of our own, that the dateline an
// input gives apart from the text (Reuters' <DATELINE>) is the article's
// home country for bodies whose name gives none, as a dateline in the text
// is, and that a dateline in the text comes first.
func TestGivenDateline(t *testing.T) {
	tests := []struct {
		name, marked, place string
		want                []string
	}{
		{
			name:   "a ministry of the dateline's country",
			marked: "Rates\n\nThe [[Finance Ministry|ORG]] said it would sell more bonds.",
			place:  "TOKYO",
			want:   []string{`org:finance-ministry@JP ORG "Finance Ministry (Japan)"`},
		},
		{
			name:   "no dateline",
			marked: "Rates\n\nThe [[Finance Ministry|ORG]] said it would sell more bonds.",
			want:   nil,
		},
		{
			name:   "a place the tables do not know",
			marked: "Rates\n\nThe [[Finance Ministry|ORG]] said it would sell more bonds.",
			place:  "QUARBINVILLE",
			want:   nil,
		},
		{
			name:   "a party of the dateline's country",
			marked: "Poll\n\nThe opposition [[National Party|ORG]] led the poll.",
			place:  "WELLINGTON",
			want:   []string{`org:national-party@NZ ORG "National Party (New Zealand)"`},
		},
		{
			name:   "the text's own dateline first",
			marked: "Rates\n\n[[BONN|LOC]], March 3 - The [[Finance Ministry|ORG]] said it would sell more bonds.",
			place:  "TOKYO",
			want:   []string{`location:bonn LOCATION "Bonn" partial`, `org:finance-ministry@DE ORG "Finance Ministry (Germany)"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewResolver(ResolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := simpleTokenize(body)
			es := r.resolveScored(body, strings.Index(body, "\n\n"), time.Time{}, tt.place, sents, spansFor(sents, marks), nil, nil)
			if got := summaryOf(es, true); !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
