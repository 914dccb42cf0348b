package extract

import "testing"

func TestReuterProduct(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "the agency's services and shares",
			marked: "Screens\n\n[[Quarbin Bank|ORG]] takes the [[Reuter Velle Dealing Service|ORG]] and the [[Reuter Monitor|LOC]] " +
				"screens, [[Reuter Tervane-Watch|PER]] and the [[Reuter Dorn Information System|ORG]], and holds " +
				"[[Reuters American Depositary Shares|ORG]].",
			want: []string{`org:quarbin-bank ORG "Quarbin Bank"`},
		},
		{
			name:   "the agency and its units",
			marked: "Screens\n\n[[Reuters Holdings Plc|ORG]] and [[Reuters Velle Services Inc|ORG]] said so, by [[Reuters Pipeline|ORG]].",
			want:   []string{`org:reuters ORG "Reuters Holdings Plc"`, `org:reuters-pipeline ORG "Reuters Pipeline"`, `org:reuters-velle-services ORG "Reuters Velle Services Inc"`},
		},
	})
}
