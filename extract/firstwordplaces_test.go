package extract

import "testing"

// TestFirstWordPlaces checks, on sentences of our own, that a one-word
// name taken for a place joins the firm whose name it begins, and that a
// place the tables know, a site ("the Quarbin oil field"), an end of a
// route and a word in capitals keep their reading.
func TestFirstWordPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm's short name taken for a place",
			marked: "Stake\n\n[[Lemmo Corp|ORG]], which owns 56 pct of [[Quarbin Oil Ltd|ORG]], said [[Zorbit Holding Ltd|ORG]] would buy a 43 pct stake in [[Quarbin|LOC]]. It said the purchase of the [[Quarbin|LOC]] stake would not result in [[Quarbin|LOC]] ceding control. There is serious thought applied in [[Quarbin|LOC]], it said.",
			want:   []string{`org:lemmo ORG "Lemmo Corp"`, `org:quarbin-oil ORG "Quarbin Oil Ltd"`, `org:zorbit-holding ORG "Zorbit Holding Ltd"`},
		},
		{
			name:   "the headline's word in capitals joins too",
			marked: "NOVA WINS OKAY FOR [[QUARBIN|LOC]] DEAL\n\nNova owns 56 pct of [[Quarbin Oil Ltd|ORG]]. It will sell its stake in [[Quarbin|LOC]]. The sale of the [[Quarbin|LOC]] stake ends a dispute in [[Quarbin|LOC]].",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Ltd."`},
		},
		{
			name:   "a town the tables know",
			marked: "Steel\n\n[[Leeds Steel Co|ORG]] said it will close a plant in [[Leeds|LOC]].",
			want:   []string{`location:leeds LOCATION "Leeds" partial`, `org:leeds-steel ORG "Leeds Steel Co"`},
		},
		{
			name:   "a field of the same name",
			marked: "Oil\n\nIt owns the [[Quarbin|LOC]] oil field and 80 pct of [[Quarbin Pipeline Co|ORG]], which runs a line to the coast.",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`, `org:quarbin-pipeline ORG "Quarbin Pipeline Co"`},
		},
		{
			name:   "an end of a route",
			marked: "Oil\n\n[[Quarbin Pipeline Co|ORG]] carries oil from [[Lemmo|LOC]] to [[Quarbin|LOC]]. Its crude is sold in [[Quarbin|LOC]] and [[Lemmo|LOC]].",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`, `org:quarbin-pipeline ORG "Quarbin Pipeline Co"`},
		},
	})
}
