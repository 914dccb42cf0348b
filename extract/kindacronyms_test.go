package extract

import "testing"

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
