package extract

import "testing"

// TestPlaceByState checks, on sentences of our own with made-up towns and
// firms, that a town beginning a firm's name is the place, not the firm's
// short name, where a comma and a state's abbreviation or full name
// follow it, with its period or without it before a comma or a lower-case
// word (tail17r); and the cases left alone: no state after the comma, a
// state's letters before a capitalized word ("Mass Mutual"), and the name written
// alone elsewhere in the article, where it may be the firm's.
func TestPlaceByState(t *testing.T) {
	const firm = "Power\n\nA builder will put up a plant for [[El Quarno Biomass Power Plant Associates|ORG]], it said. "
	checkMarked(t, []markedCase{
		{
			name:   "a state's abbreviation with its period",
			marked: firm + "A utility will buy the output of the [[El Quarno|ORG]], Calif. plant.",
			want:   []string{`location:el-quarno LOCATION "El Quarno"`, `org:el-quarno-biomass-power-plant-associates ORG "El Quarno Biomass Power Plant Associates"`},
		},
		{
			name:   "a state's full name",
			marked: firm + "A utility will buy the output of the [[El Quarno|ORG]], Oregon, plant.",
			want:   []string{`location:el-quarno LOCATION "El Quarno"`, `org:el-quarno-biomass-power-plant-associates ORG "El Quarno Biomass Power Plant Associates"`},
		},
		{
			name:   "no state after the comma",
			marked: firm + "A utility will buy the output of [[El Quarno|ORG]], the builder said.",
			want:   []string{`org:el-quarno-biomass-power-plant-associates ORG "El Quarno Biomass Power Plant Associates"`},
		},
		{
			name:   "an abbreviation with no period, before a comma",
			marked: firm + "The plant will stand in [[El Quarno|ORG]], Ind, the agency said.",
			want:   []string{`location:el-quarno LOCATION "El Quarno"`, `org:el-quarno-biomass-power-plant-associates ORG "El Quarno Biomass Power Plant Associates"`},
		},
		{
			name:   "an abbreviation with no period, before a lower-case word",
			marked: firm + "A utility will buy the output of the [[El Quarno|ORG]], Calif plant.",
			want:   []string{`location:el-quarno LOCATION "El Quarno"`, `org:el-quarno-biomass-power-plant-associates ORG "El Quarno Biomass Power Plant Associates"`},
		},
		{
			name:   "a state's letters before a capitalized word",
			marked: firm + "Its lenders are [[El Quarno|ORG]], Mass Mutual and two banks.",
			want:   []string{`org:el-quarno-biomass-power-plant-associates ORG "El Quarno Biomass Power Plant Associates"`},
		},
		{
			name:   "the name alone elsewhere",
			marked: firm + "A utility will buy the output of the [[El Quarno|ORG]], Calif. plant. [[El Quarno|ORG]] said costs would fall.",
			want:   []string{`org:el-quarno-biomass-power-plant-associates ORG "El Quarno Biomass Power Plant Associates"`},
		},
	})
}
