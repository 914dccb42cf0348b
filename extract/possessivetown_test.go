package extract

import "testing"

// TestTownAfterPossessive checks, on sentences of our own, that a town
// before a state's name after a firm's capitalized possessive is a place,
// and so are its later mentions before a site's noun, while a
// congressman's name before a state keeps its type.
func TestTownAfterPossessive(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm's possessive before the town",
			marked: "Waste\n\nThe agency faulted [[KELMOS|ORG]]' [[Tervane|ORG]], Louisiana waste treatment plant.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `org:kelmos ORG "KELMOS" partial`},
		},
		{
			name:   "a firm's possessive with s, and the site named again",
			marked: "Waste\n\nThe agency faulted [[Halvex|ORG]]'s [[Tervane|ORG]], Ohio waste plant. [[Halvex|ORG]] said the [[Tervane|ORG]] waste site was safe.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `org:halvex ORG "Halvex" partial`},
		},
		{
			name:   "a congressman before his state",
			marked: "Budget\n\nThe bill of Rep. [[Lemmoway|PER]], Texas, passed.",
			want:   []string{`person:lemmoway PERSON "Lemmoway" partial`},
		},
		{
			name:   "the firm named bare after the site",
			marked: "Waste\n\nThe agency faulted [[Halvex|ORG]]'s [[Tervane|ORG]], Ohio waste plant. [[Tervane|ORG]] said it was safe.",
			want:   []string{`org:halvex ORG "Halvex" partial`, `org:tervane ORG "Tervane" partial`},
		},
	})
}
