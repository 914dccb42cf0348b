package extract

import "testing"

// TestMineSite checks, on sentences of our own with made-up names, that a
// name typed as a person or an organization before a mine's noun, or
// before a count of lots and a housing site's noun, is a place, as is a
// naval petroleum reserve; and the cases left: a firm the article names
// alone, no determiner, no count before "community", a modifier of time
// ("long-term deposit"), the strategic reserve.
func TestMineSite(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "mines, properties, housing sites, a reserve",
			marked: "Gold\n\n[[Halvex Corp|ORG]] said output at the [[Skarvo|ORG]] open-pit mine rose and drilling on the " +
				"[[Lunmark|PER]] property located at [[Bergen|LOC]] began. It sold the [[Velle Bay|PER]] 400-lot retirement " +
				"community and crude from the [[Tor Hills Naval Petroleum Reserve|ORG]]. The [[Skarvo|ORG]] mine is big.",
			want: []string{`location:bergen LOCATION "Bergen" partial`, `location:lunmark LOCATION "Lunmark" partial`,
				`location:skarvo LOCATION "Skarvo" partial`, `location:tor-hills-naval-petroleum-reserve LOCATION "Tor Hills Naval Petroleum Reserve"`,
				`location:velle-bay LOCATION "Velle Bay"`, `org:halvex ORG "Halvex Corp"`},
		},
		{
			name: "owners, no determiner, no count, the strategic reserve",
			marked: "Gold\n\nOutput at the [[Quarbin|ORG]] mine rose, [[Quarbin|ORG]] said. [[Zorbit|ORG]] mine workers struck. " +
				"The [[Dorn|ORG]] business community grew, the [[Lunvex|ORG]] long-term deposit rating rose, and the " +
				"[[Strategic Petroleum Reserve|ORG]] filled.",
			want: []string{`org:dorn ORG "Dorn" partial`, `org:lunvex ORG "Lunvex" partial`, `org:quarbin ORG "Quarbin" partial`,
				`org:strategic-petroleum-reserve ORG "Strategic Petroleum Reserve"`, `org:zorbit ORG "Zorbit" partial`},
		},
	})
}
