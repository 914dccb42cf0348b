package extract

import "testing"

// TestCompassPlaces checks, on sentences of our own, that a compass word
// and a place the tables know, typed a body, become a place, and that the
// name is left alone where it goes on with a capitalized word, where a
// firm's longer name in the article holds it, where it stands as a side
// after a match's cue, and where the words after the compass word are no
// place.
func TestCompassPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a region of a country",
			marked: "Grain\n\nPlantings in [[Eastern Peru|ORG]] are forecast to rise.",
			want:   []string{`location:eastern-peru LOCATION "Eastern Peru"`},
		},
		{
			name:   "a part of a state, typed a person",
			marked: "Cattle\n\nHeavy snow fell on [[Western Nebraska|PER]] last week.",
			want:   []string{`location:western-nebraska LOCATION "Western Nebraska"`},
		},
		{
			name:   "its name goes on",
			marked: "[[SOUTHERN PERU|ORG]] EDISON RAISES DIVIDEND\n\nQtly div 20 cts vs 18 cts.",
			want:   []string{`org:southern-peru ORG "Southern Peru"`},
		},
		{
			name:   "a firm's longer name holds it",
			marked: "Bonds\n\n[[Tervane and Southern Peru Electric Co|ORG]] sold bonds. Dealers bid the Tervane and [[Southern Peru|ORG]] bonds at par.",
			want:   []string{`org:southern-peru ORG "Southern Peru"`, `org:tervane-and-southern-peru-electric ORG "Tervane and Southern Peru Electric Co"`},
		},
		{
			name:   "a side after a match's cue",
			marked: "Quarbin wins\n\nQuarbin cruised to a victory over [[Northern Nebraska|ORG]] on Thursday.",
			want:   []string{`org:northern-nebraska ORG "Northern Nebraska"`},
		},
		{
			name:   "no place after the compass word",
			marked: "Talks\n\nMinisters of the [[Western Lunmark|ORG]] met on Monday.",
			want:   []string{`org:western-lunmark ORG "Western Lunmark"`},
		},
	})
}
