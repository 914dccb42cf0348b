package extract

import "testing"

// TestCountryPairSpans checks, on sentences of our own, that one
// hyphenated word joining two countries, a country and a union of them or
// two peoples' adjectives is no name ([countryPairSpans]), and the words
// left: a country whose name has a hyphen, two codes that are no names
// ("TV-AM"), a region of two halves that are no countries.
func TestCountryPairSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two countries' talks",
			marked: "Talks\n\nThe [[Chile-Peru|ORG]] talks on fishing ended on Monday.",
			want:   nil,
		},
		{
			name:   "a union and a country",
			marked: "Trade\n\nAn [[EC-U.S.|ORG]] accord on maize was signed.",
			want:   nil,
		},
		{
			name:   "two peoples' adjectives",
			marked: "Film\n\nThe [[Brazilian-Dutch|LOC]] director Ann Vell spoke.",
			want:   nil,
		},
		{
			name:   "a country with a hyphen",
			marked: "Aid\n\nAid reached [[Guinea-Bissau|LOC]] on Monday.",
			want:   []string{`country:GW COUNTRY "Guinea-Bissau"`},
		},
		{
			name:   "two codes",
			marked: "Media\n\nThe broadcaster [[TV-AM|ORG]] lost its licence.",
			want:   []string{`org:tv-am ORG "TV-AM" partial`},
		},
		{
			name:   "a region of two halves",
			marked: "Wine\n\nThe wines of [[Lemmo-Quarbin|LOC]] sold well.",
			want:   []string{`location:lemmo-quarbin LOCATION "Lemmo-Quarbin"`},
		},
	})
}
