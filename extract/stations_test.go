package extract

import "testing"

func TestStationSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a station's DJ glued to the station",
			marked: "The award was handed out by [[Harbour Radio DJ|ORG]] [[Selma Quint|PER]] on Friday.",
			want:   []string{`org:harbour-radio ORG "Harbour Radio"`, `person:selma-quint PERSON "Selma Quint"`},
		},
		{
			name:   "a song played on the station",
			marked: "The track was first heard as [[Lantern Song on Radio Quarbin|ORG]] last spring.",
			want:   []string{`org:radio-quarbin ORG "Radio Quarbin"`},
		},
		{
			name:   "a DJ's own name left",
			marked: "The set was played by [[Orbital DJ|ORG]] on Friday.",
			want:   []string{`org:orbital-dj ORG "Orbital DJ"`},
		},
	})
}
