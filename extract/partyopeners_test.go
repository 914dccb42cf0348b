package extract

import (
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// TestPartyOpeners checks, on sentences of our own, that a party's short
// name glued before a member's full name is cut, with a member's office
// after it or none; that a party glued to its members in the plural is
// the party; that "Parliament for" before a seat is cut; and that a party
// before one word and before words that open with no given name stay
// whole.
func TestPartyOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a party before a member",
			marked: "Waste\n\nBut [[Lib Dem Edward Quarbell|PER]] accused ministers of delay.",
			want:   []string{`person:edward-quarbell PERSON "Edward Quarbell"`},
		},
		{
			name:   "a party and an office before a member typed a body",
			marked: "Care\n\n[[Labour MSP Mary Okafor|ORG]] said the plan was late.",
			want:   []string{`person:mary-okafor PERSON "Mary Okafor"`},
		},
		{
			name:   "a party's members",
			marked: "Bill\n\nThe plan faces opposition from Tory and [[Lib Dem MPs|ORG]] and its own backbenchers.",
			want:   []string{`org:liberal-democrats ORG "Liberal Democrats"`},
		},
		{
			name:   "a party's spokesman for a portfolio",
			marked: "Plans\n\n[[Lib Dem Home Affairs|ORG]] spokesman Tom Vell said it was late.",
			want:   []string{`org:liberal-democrats ORG "Liberal Democrats"`},
		},
		{
			name:   "a party's leader in a chamber",
			marked: "Plans\n\n[[SNP Holyrood|ORG]] leader Ann Okafor said it was late.",
			want:   []string{`org:snp ORG "SNP" partial`},
		},
		{
			name:   "a party of three words and its chamber",
			marked: "Plans\n\n[[Scottish National Party Holyrood|ORG]] leader Ann Okafor said it was late.",
			want:   []string{`org:scottish-national-party ORG "Scottish National Party"`},
		},
		{
			name:   "a party's body before an office",
			marked: "Plans\n\n[[Republican National Committee|ORG]] chairman Tom Vell said it was late.",
			want:   []string{`org:republican-national-committee ORG "Republican National Committee"`},
		},
		{
			name:   "a seat after Parliament for",
			marked: "Career\n\nMr Quarbell entered [[Parliament for Tervane North|ORG]] in 1987.",
			want:   []string{`location:tervane-north LOCATION "Tervane North"`},
		},
		{
			name:   "a party before one word",
			marked: "Vote\n\n[[Conservative Quarbell|PER]] voted against it.",
			want:   []string{`person:conservative-quarbell PERSON "Conservative Quarbell"`},
		},
		{
			name:   "a party before words of no given name",
			marked: "Budget\n\nThe [[Lib Dem Treasury Team|ORG]] wrote to him.",
			want:   []string{`org:lib-dem-treasury-team ORG "Lib Dem Treasury Team"`},
		},
	})
}

// TestPartyOpenerSpans checks the cuts of [partyOpeners] on the real
// tokenizer's tokens, span by span: a party and its members in the plural
// end before the office, a party and one member's office before a name
// cut to the name, a party alone left.
func TestPartyOpenerSpans(t *testing.T) {
	tests := []struct {
		sentence           string
		start, end         int // the recognizer's span, in tokens
		wantStart, wantEnd int
		wantType           Type
	}{
		{"Opposition from Lib Dem MPs grew .", 2, 5, 2, 4, Org},
		{"Opposition from Lib Dem MSP Ann Okafor grew .", 2, 7, 5, 7, Person},
		{"Opposition from Lib Dem MP grew .", 2, 5, 2, 5, Org},
		{"Opposition from the Lib Dems grew .", 3, 5, 3, 5, Org},
	}
	for _, tc := range tests {
		sents := text.Tokenize(tc.sentence)
		spans := []Span{{Sentence: 0, Start: tc.start, End: tc.end, Type: Org}}
		partyOpeners(sents, spans)
		if got := spans[0]; got.Start != tc.wantStart || got.End != tc.wantEnd || got.Type != tc.wantType {
			t.Errorf("%q: got %d-%d %v, want %d-%d %v", tc.sentence, got.Start, got.End, got.Type, tc.wantStart, tc.wantEnd, tc.wantType)
		}
	}
}
