package extract

import "testing"

// TestOfficeTail checks, on sentences of our own, that a span ending in an
// office that ends no body's name, before its holder, is no entity
// ([officeTail]); and the readings left alone: the office not before a
// name, a body's name ending in "Executive", a headline in capitals.
func TestOfficeTail(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a councillor's title typed a place",
			marked: "Vote\n\n\"It is close,\" said [[Quarbin City Councillor|LOC]] [[Tom Vell|PER]].",
			want:   []string{`person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "an administrator's title typed a body",
			marked: "Farm\n\nThe bill was sent to [[Tervane Credit Administrator|ORG]] [[Ann Vell|PER]] on Monday.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "Atty. before Gen.",
			marked: "Probe\n\nHe learned of it only when [[Atty|PER]]. Gen. [[Tom Vell|PER]] told him.",
			want:   []string{`person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "the office before no name",
			marked: "Vote\n\nThe [[Quarbin City Councillor|LOC]] resigned today.",
			want:   []string{`location:quarbin-city-councillor LOCATION "Quarbin City Councillor"`},
		},
		{
			name:   "a body's name ending in Executive",
			marked: "Safety\n\nA report by the [[Tervane Safety Executive|ORG]] [[Tom Vell|PER]] wrote was cited.",
			want:   []string{`org:tervane-safety-executive ORG "Tervane Safety Executive"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a headline in capitals",
			marked: "[[QUARBIN ANALYST|ORG]] SEES GAINS\n\nShares rose.",
			want:   []string{`org:quarbin-analyst ORG "Quarbin Analyst"`},
		},
	})
}
