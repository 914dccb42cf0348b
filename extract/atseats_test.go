package extract

import "testing"

// TestAtSeatSpans checks, on sentences of our own, tail10yj's cut of a
// body glued to its seat by "at": a unit and its university, a subject
// taught at a university (the subject dropped), a department of a firm;
// and the names it must leave whole.
func TestAtSeatSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a centre at a university",
			marked: "Plans\n\nAnn Vell, head of the [[Tervane Policy Centre at Lunmark University|ORG]], said so.",
			want: []string{`org:lunmark-university ORG "Lunmark University"`,
				`org:tervane-policy-centre ORG "Tervane Policy Centre"`},
		},
		{
			name:   "a subject at a university",
			marked: "Palm oil\n\nBut [[Tom Rigby|PERSON]], Professor of [[Food Science at Lunmark University|ORG]], said so.",
			want:   []string{`org:lunmark-university ORG "Lunmark University"`, `person:tom-rigby PERSON "Tom Rigby"`},
		},
		{
			name:   "a department at a firm",
			marked: "Oil\n\nAnn Vell of the [[Supply Department at Quarbin Corp|ORG]] said no.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "a name whose words after at are no seat",
			marked: "Music\n\nShe sang at [[Live at Tervane Hall|ORG]] in May.",
			want:   []string{`org:live-at-tervane-hall ORG "Live at Tervane Hall"`},
		},
		{
			name:   "lower-case words before at",
			marked: "Plans\n\nThe [[Centre for research at Lunmark University|ORG]] opened.",
			want:   []string{`org:centre-for-research-at-lunmark-university ORG "Centre for research at Lunmark University"`},
		},
	})
}

// TestAndTheSpans checks, on sentences of our own, tail10yj's place of
// the connector table (in connectorSpans) written with "and the" (the table's one such name,
// an English region), cut by the recognizer at "and"; two names joined by
// "and the" stay two.
func TestAndTheSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a region cut at and the",
			marked: "Homes\n\nPrices in [[Yorkshire|LOCATION]] and the [[Humber|LOCATION]] rose by 5%.",
			want:   []string{`location:yorkshire-and-the-humber LOCATION "Yorkshire and the Humber"`},
		},
		{
			name:   "two names joined by and the",
			marked: "Votes\n\nBoth [[Quarbin|ORG]] and the [[Lunmark|ORG]] gained seats.",
			want:   []string{`org:lunmark ORG "Lunmark" partial`, `org:quarbin ORG "Quarbin" partial`},
		},
	})
}
