package extract

import "testing"

// TestGazetteerPlaces checks, on sentences of our own, that a name the
// recognizer took for a body while the gazetteer holds it as a region or a
// town is typed a place, and that a firm's short name and a name before a
// lower-case noun keep their type.
func TestGazetteerPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a federal district taken for a body",
			marked: "Banks\n\nQuarbin Corp runs 12 banks, plus one in the [[District of Columbia|ORG]].",
			want:   []string{`location:district-of-columbia LOCATION "District of Columbia"`},
		},
		{
			name:   "a town in a headline",
			marked: "[[SIOUX CITY|ORG]] HOGS SEEN UP 0.50 DLR\n\nPrices were firm, dealers said.",
			want:   []string{`location:sioux-city LOCATION "Sioux City"`},
		},
		{
			name:   "a firm's short name",
			marked: "Steel\n\n[[Sioux City Lemmo Steel Co|ORG]] said [[Sioux City|ORG]] will cut jobs.",
			want:   []string{`org:sioux-city-lemmo-steel ORG "Sioux City Lemmo Steel Co"`}, // joined to the firm
		},
		{
			name:   "a body seen as a place only in the training data",
			marked: "Talks\n\nEnvoys of the [[Commonwealth of Independent States|ORG]] met in Quarbin.",
			want:   []string{`org:commonwealth-of-independent-states ORG "Commonwealth of Independent States"`},
		},
		{
			name:   "a name before a lower-case noun",
			marked: "Court\n\nA [[Sioux City|ORG]] judge threw out the suit.",
			want:   []string{`org:sioux-city ORG "Sioux City"`},
		},
	})
}
