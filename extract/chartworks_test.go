package extract

import "testing"

// TestChartWorks checks tail14f's chartWork: a band's possessive before a
// name and its place in a chart after it make the name a record.
func TestChartWorks(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "to third place",
			marked: "Music\n\nThe new album went to number one, knocking [[Quarbin|ORG]]'s [[Blue Zorbit|ORG]] to third place.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "is currently number two",
			marked: "Music\n\n[[Lemmo|ORG]]'s [[Vell Road|ORG]] is currently number two in the pop chart.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`},
		},
		{
			name:   "an adjective that opens firms' names",
			marked: "Music\n\nThe band went to number one, knocking [[Quarbin|ORG]]'s [[American Zorbit|ORG]] to third place.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a label's records",
			marked: "Music\n\n[[Lemmo|ORG]]'s [[Vell Records|ORG]] is now number two in the list of labels.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:vell-records ORG "Vell Records"`},
		},
		{
			name:   "a band typed a thing",
			marked: "Music\n\n[[Blue Monday|MISC]]'s [[Vell Lane|ORG]] is currently number two in the pop chart.",
			want:   nil,
		},
		{
			name:   "no place in the clause",
			marked: "Music\n\n[[Lemmo|ORG]]'s [[Vell Days|ORG]] opened, then rose to number two.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:vell-days ORG "Vell Days"`},
		},
		{
			name:   "a member of the band",
			marked: "Music\n\n[[Lemmo|ORG]]'s [[Thomas Vell|ORG]] is now number two in the poll of singers.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:thomas-vell ORG "Thomas Vell"`},
		},
		{
			name:   "a town's possessive is no band's",
			marked: "Music\n\n[[Tervane|LOCATION]]'s [[Zorbit Nine|ORG]] earned a place at number nine.",
			want:   []string{`org:zorbit-nine ORG "Zorbit Nine"`},
		},
	})
}
