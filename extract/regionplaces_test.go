package extract

import "testing"

// TestRegionPlaces checks, on sentences of our own about states the
// compiled lists know, that a state typed a body becomes a place where a
// mention of it stands where a place stands or before a crop's words, and
// that it is left alone without such a cue or in a sports report.
func TestRegionPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "in the zone, and arrivals",
			marked: "Cocoa\n\nRain fell in the [[Sergipe|ORG]] cocoa zone this week. [[Sergipe|ORG]] arrivals rose to 4,000 bags.",
			want:   []string{`location:sergipe LOCATION "Sergipe" partial`},
		},
		{
			name:   "a crop after one word",
			marked: "Sugar\n\nTraders cut their estimate of the [[Alagoas|ORG]] sugar crop to two mln tonnes.",
			want:   []string{`location:alagoas LOCATION "Alagoas" partial`},
		},
		{
			name:   "beside a known place in a list",
			marked: "Grains\n\nRain reached 40 mm in parts of Cordoba, [[Jujuy|ORG]] and Salta.",
			want:   []string{`location:jujuy LOCATION "Jujuy" partial`},
		},
		{
			name:   "no cue",
			marked: "Sugar\n\n[[Alagoas|ORG]] said it would sell more.",
			want:   []string{`org:alagoas ORG "Alagoas" partial`},
		},
		{
			name:   "a short report of a club",
			marked: "Soccer\n\nUEFA ordered Italian side [[Lazio|ORG]] to close the [[Lazio|ORG]] stadium for its next game.",
			want:   []string{`org:lazio ORG "Lazio" partial`},
		},
		{
			name:   "a firm's short name",
			marked: "Power\n\n[[Sergipe Power Corp|ORG]] said demand in the [[Sergipe|ORG]] zone rose.",
			want:   []string{`org:sergipe-power ORG "Sergipe Power Corp"`},
		},
		{
			name:   "a capitalized word after it (its name may go on)",
			marked: "Trade\n\nThe shares of [[Jujuy|ORG]] State rose.",
			want:   []string{`org:jujuy ORG "Jujuy" partial`},
		},
		{
			name:   "a sports report",
			marked: "Football\n\nThe striker scored twice in the league match as [[Alagoas|ORG]] beat the champions in the [[Sergipe|ORG]] zone derby.",
			want:   []string{`org:alagoas ORG "Alagoas" partial`, `org:sergipe ORG "Sergipe" partial`},
		},
	})
}
