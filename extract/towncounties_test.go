package extract

import "testing"

func TestTownCounties(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a town by its county, typed a firm in the headline",
			marked: "[[Tring|ORG]] bosses face court\n\nManagers are to be tried over the [[Tring|ORG]] rail crash. " +
				"The track at [[Tring|LOC]], [[Hertfordshire|LOC]], was old.",
			want: []string{`location:hertfordshire LOCATION "Hertfordshire" partial`, `location:tring LOCATION "Tring" partial`},
		},
		{
			name:   "a town by its state",
			marked: "Business\n\nThe [[Tring|ORG]] plant, like the one of [[Tring|ORG]], [[Texas|LOC]]. was sold.",
			want:   []string{`location:texas LOCATION "Texas" partial`, `location:tring LOCATION "Tring" partial`},
		},
		{
			name:   "a name no table knows as a town",
			marked: "Politics\n\nThe [[Quarnfield|ORG]] plant, like the one of [[Quarnfield|ORG]], [[Nottinghamshire|LOC]]. was sold.",
			want:   []string{`location:nottinghamshire LOCATION "Nottinghamshire" partial`, `org:quarnfield ORG "Quarnfield" partial`},
		},
		{
			name:   "a firm's name begins with the town's",
			marked: "Business\n\n[[Tring Foods Ltd|ORG]] said [[Tring|ORG]], [[Hertfordshire|LOC]], would close.",
			want:   []string{`location:hertfordshire LOCATION "Hertfordshire" partial`, `org:tring-foods ORG "Tring Foods Ltd"`},
		},
		{
			name:   "the county goes on in a longer name",
			marked: "Business\n\nShares of [[Tring|ORG]], [[Texas Instruments|ORG]] and others fell.",
			want:   []string{`org:texas-instruments ORG "Texas Instruments"`, `org:tring ORG "Tring" partial`},
		},
	})
}
