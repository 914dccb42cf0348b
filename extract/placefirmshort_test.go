package extract

import "testing"

// TestFirmShortPlace checks, on sentences of our own with made-up names,
// that a one-word name typed a place that no table knows is the firm whose
// whole name the article writes with it ("Quarnby Air Lines ... Quarnby
// is restructuring"), linked to it; and the cases left alone: the name in
// a place's position in the article, a table's place, no whole name.
func TestFirmShortPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "an airline's first word",
			marked: "[[Quarnby|LOC]] cuts fares\n\n[[Quarnby Air Lines|ORG]] is cutting fares by half. " +
				"[[Quarnby|LOC]] is restructuring, and [[Quarnby|LOC]]'s new fares start in May.",
			want: []string{`org:quarnby-air-lines ORG "Quarnby Air Lines"`},
		},
		{
			name: "the name in a place's position",
			marked: "Fares\n\n[[Quarnby Air Lines|ORG]] is cutting fares by half. " +
				"Its hub is in [[Quarnby|LOC]].",
			want: []string{`location:quarnby LOCATION "Quarnby" partial`, `org:quarnby-air-lines ORG "Quarnby Air Lines"`},
		},
		{
			name: "a compound that a kind of place begins",
			marked: "Filters\n\n[[Aberfan Tobacco Corp|ORG]] will make filters. " +
				"It owns 30 pct of the [[Aberfan|LOC]] province-based venture.",
			want: []string{`location:aberfan LOCATION "Aberfan" partial`, `org:aberfan-tobacco ORG "Aberfan Tobacco Corp"`},
		},
		{
			name: "a table's place",
			marked: "Chips\n\n[[Texas Instruments|ORG]] is cutting prices. " +
				"[[Texas|LOC]] is cutting taxes.",
			want: []string{`location:texas LOCATION "Texas" partial`, `org:texas-instruments ORG "Texas Instruments"`},
		},
		{
			name: "no whole name",
			// No firm: a name no table knows, with no place's cue,
			// is no node ([Resolver.unplacedPlaces]).
			marked: "Fares\n\n[[Quarnby|LOC]] is restructuring its fares.",
			want:   nil,
		},
	})
}
