package extract

import "testing"

// TestUnlinkPlaces checks, on sentences of our own with made-up firms, that
// a place named inside an organization's name is the place, not the
// organization's short name: named by a kind of place in the article, or
// known to the tables after the "of" that ends a company's name, or a city
// of several words before a body's words; and the cases left alone: a kind
// of place that does not end the phrase, a company called by its town, a
// university's "of".
func TestUnlinkPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "the provinces of",
			marked: "Switches\n\n[[Dunmore Valley Telephone Co|ORG]] will resell the switches in the northern " +
				"provinces of [[Dunmore Valley|LOC]] and [[Ontario|LOC]], it said.",
			want: []string{`location:dunmore-valley LOCATION "Dunmore Valley"`, `location:ontario LOCATION "Ontario" partial`,
				`org:dunmore-valley-telephone ORG "Dunmore Valley Telephone Co"`},
		},
		{
			name: "the area, then a comma",
			marked: "Gold\n\nA spokesman for [[Quarnby Mine Development Co|ORG]] said the pit is one of four " +
				"old mines in the [[Quarnby|ORG]] area, 90 miles north of the capital.",
			want: []string{`location:quarnby LOCATION "Quarnby" partial`, `org:quarnby-mine-development ORG "Quarnby Mine Development Co"`},
		},
		{
			name: "a state after a bank's of",
			marked: "[[OHIO|ORG]] BANKS CUT\n\nAn agency cut the ratings of four [[Ohio|ORG]] banks, " +
				"among them [[Farmers Bank of Ohio|ORG]].",
			want: []string{`location:ohio LOCATION "Ohio" partial`, `org:farmers-bank-of-ohio ORG "Farmers Bank of Ohio"`},
		},
		{
			name: "a city of several words before a body's words",
			marked: "Barges\n\nNo barges traded on the [[St Louis Grain Exchange|ORG]] today. " +
				"Next week upper river ([[St Louis|ORG]]) 120 pct bid.",
			want: []string{`location:st-louis LOCATION "St Louis"`, `org:st-louis-grain-exchange ORG "St Louis Grain Exchange"`},
		},
		{
			name: "a kind of place that goes on",
			marked: "Paint\n\n[[Quarnby Paints Inc|ORG]] will run the plant. Its staff will report to the " +
				"[[Quarnby|ORG]] area manager.",
			want: []string{`org:quarnby-paints ORG "Quarnby Paints Inc"`},
		},
		{
			name: "a company called by its city",
			marked: "Rail\n\n[[Kansas City Southern Industries Inc|ORG]] answered the bid. " +
				"[[Kansas City|ORG]] chairman Ann Vole wrote to shippers.",
			want: []string{`org:kansas-city-southern-industries ORG "Kansas City Southern Industries Inc"`},
		},
		{
			name:   "a university's of",
			marked: "Football\n\n[[University of Ohio|ORG]] won the title. [[Ohio|ORG]] beat the holders 21-7.",
			want:   []string{`org:university-of-ohio ORG "University of Ohio"`},
		},
	})
}
