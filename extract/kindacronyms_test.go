package extract

import (
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// TestKindAcronymSpans checks, on sentences of our own, that a kind's or
// a job's acronym before a firm's or a person's name, and a jockey's after
// a channel's, is cut from the span (tail14i), and that one opening a
// stage name, one before a lower-case word, and a span of the acronym
// alone are left.
func TestKindAcronymSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a provider's acronym before the firm",
			marked: "Phones\n\nThe giant [[ISP Quarbnet|ORG]] said on Tuesday it would sell calls.",
			want:   []string{`org:quarbnet ORG "Quarbnet" partial`},
		},
		{
			name:   "a chief officer's acronym before a person",
			marked: "Results\n\nProfits rose, [[CFO Dora Vell|PER]] said on Monday.",
			want:   []string{`person:dora-vell PERSON "Dora Vell"`},
		},
		{
			name:   "a video jockey after the channel",
			marked: "Podcasts\n\nThe show is run by Tom Vell, a former [[Tervane TV VJ|ORG]] who lives in Quarbin.",
			want:   []string{`org:tervane-tv ORG "Tervane TV"`},
		},
		{
			name:   "a chief's acronym before a surname alone is left to the titles",
			marked: "Shares\n\nThe investor blasts [[CEO Vell|PER]] after the firm turned down his offer.",
			want:   []string{`person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a jockey's acronym opening a stage name is left",
			marked: "Music\n\nThe set was played by [[VJ Tervane|ORG]] at the club.",
			want:   []string{`org:vj-tervane ORG "VJ Tervane"`},
		},
		{
			name:   "a job after a person's name is left",
			marked: "Music\n\nThe set was played by [[Dora Vell DJ|PER]] at the club.",
			want:   []string{`person:dora-vell-dj PERSON "Dora Vell DJ"`},
		},
	})
}

// TestKindAcronymSpansDirect checks the spans kindAcronymSpans returns for
// one sentence of our own: a chief's acronym before one surname stays in
// a person's span (the resolver reads it as a title: cut off, the lone
// surname lost the person's type in a headline), and is cut before a
// full name.
func TestKindAcronymSpansDirect(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		start, end int
		typ        Type
		want       string
	}{
		{"before one surname, left", "Investor blasts CEO Vell after offer", 2, 4, Person, "CEO Vell"},
		{"before a full name, cut", "Investor blasts CEO Dora Vell after offer", 2, 5, Person, "Dora Vell"},
		{"before a firm, cut", "Investor blasts ISP Quarbnet after offer", 2, 4, Org, "Quarbnet"},
		{"a job before one surname typed ORG, left", "Investor blasts CEO Vell after offer", 2, 4, Org, "CEO Vell"},
		{"a firm's kind before a person, left", "Investor blasts ISP Vell after offer", 2, 4, Person, "ISP Vell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := text.Tokenize(tt.in)
			spans := kindAcronymSpans(sents, []Span{{Sentence: 0, Start: tt.start, End: tt.end, Type: tt.typ}})
			var got []string
			for k := spans[0].Start; k < spans[0].End; k++ {
				got = append(got, sents[0].Tokens[k].Text)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
