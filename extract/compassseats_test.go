package extract

import "testing"

func TestCompassAfterPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "seats in a list, typed a firm and a person",
			marked: "Election\n\nThe party's targets are [[Dorset West|ORG]], Wells and [[Aberdeen South|PER]], its leader said.",
			want:   []string{`location:aberdeen-south LOCATION "Aberdeen South"`, `location:dorset-west LOCATION "Dorset West"`},
		},
		{
			name:   "a firm's name goes on with a capitalized word",
			marked: "Results\n\n[[Dorset West|ORG]] Holdings said profits rose. [[Dorset West|ORG]] shares fell.",
			want:   []string{`org:dorset-west ORG "Dorset West Holdings"`},
		},
		{
			name:   "a side in a match report",
			marked: "Rugby\n\nQuarbin beat [[Aberdeen South|ORG]] in the league on Saturday.",
			want:   []string{`org:aberdeen-south ORG "Aberdeen South"`},
		},
		{
			name:   "no place the gazetteer knows before the compass word",
			marked: "Election\n\nThe party's targets are [[Quarbin West|ORG]] and Wells, its leader said.",
			want:   []string{`org:quarbin-west ORG "Quarbin West"`},
		},
	})
}
