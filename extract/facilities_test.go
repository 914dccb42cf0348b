package extract

import "testing"

// TestFacilitySite checks, on sentences of our own, that a name before
// "oil field" or a person-typed name before "ranch", with an apposition
// headed by a site's noun, or after a city's possessive at a venue is a
// place, while adjectives of places, firms, people and longer nouns keep
// their types.
func TestFacilitySite(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "oil and gas fields",
			marked: "Oil\n\nWork on the [[Skarvo|PER]] oil field began and the [[Lunmark|MISC]] gas fields shut, said [[Ada Kerr|PER]] of the [[Velle|PER]] oil company.",
			want: []string{`location:lunmark LOCATION "Lunmark" partial`, `location:skarvo LOCATION "Skarvo" partial`,
				`person:ada-kerr PERSON "Ada Kerr"`, `person:velle PERSON "Velle" partial`},
		},
		{
			name: "a place's words before the field, and its other mentions",
			marked: "Oil\n\n[[Halvex Corp|ORG]], operator of Norway's [[North Sea|LOC]] [[Skarvo|PER]] oil field, said " +
				"[[Skarvo|PER]] will flow in May. [[Skarvo|PER]], with reserves of 90 mln barrels, lies west of [[Bergen|LOC]].",
			want: []string{`country:NO COUNTRY "Norway"`, `location:bergen LOCATION "Bergen" partial`, `location:north-sea LOCATION "North Sea"`,
				`location:skarvo LOCATION "Skarvo" partial`, `org:halvex ORG "Halvex Corp"`},
		},
		{
			name:   "a ranch, a hotel",
			marked: "Farm\n\nThey met at the [[Lunmark|PER]] ranch and later at the [[Tor Velle|PER]] hotel.",
			want:   []string{`location:lunmark LOCATION "Lunmark" partial`, `location:tor-velle LOCATION "Tor Velle"`},
		},
		{
			name:   "apposition's head noun",
			marked: "Farm\n\nInspectors visited [[Tor di Velle|PER]], a beef cattle ranch owned by [[Halvex|ORG]], and [[Marle Dorn|ORG]], a gold mine.",
			want:   []string{`location:marle-dorn LOCATION "Marle Dorn"`, `location:tor-di-velle LOCATION "Tor di Velle"`, `org:halvex ORG "Halvex" partial`},
		},
		{
			name:   "a city's possessive at a venue",
			marked: "Awards\n\nThe prizes were given at [[Boston|LOC]]'s [[Marle Grange|PER]] on Sunday.",
			want:   []string{`location:boston LOCATION "Boston" partial`, `location:marle-grange LOCATION "Marle Grange"`},
		},
		{
			name:   "the owner's farm: a person elsewhere",
			marked: "Farm\n\nThe [[Lunmark|PER]] farm grew, [[Mr Lunmark|PER]] said.",
			want:   []string{`person:lunmark PERSON "Lunmark" partial`},
		},
		{
			name: "adjectives, firms, owners, longer nouns and first names stay",
			marked: "Oil\n\nThe [[Californian|MISC]] oil field, the [[Halvex|ORG]] hotel and the [[Lunmark|PER]] farm, " +
				"which [[Ann Lunmark|PER]] runs, grew. [[Velle|ORG]], a hotel chain, and [[Dorn|ORG]], a farm equipment maker, said so at [[Boston|LOC]]'s [[Ann Kerr|PER]] party.",
			want: []string{`location:boston LOCATION "Boston" partial`, `org:dorn ORG "Dorn" partial`, `org:halvex ORG "Halvex" partial`,
				`org:velle ORG "Velle" partial`, `person:ann-kerr PERSON "Ann Kerr"`, `person:ann-lunmark PERSON "Ann Lunmark"`},
		},
	})
}
