package extract

import "testing"

func TestBandMemberOf(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a band after his days in",
			marked: "Music\n\nThe film follows the singer from his days in [[Quarbin Vell|LOC]] to his solo records.",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`},
		},
		{
			name:   "a band after lead singer with the",
			marked: "Music\n\nShe was lead singer with the [[Tervane Lemmos|LOC]] for ten years.",
			want:   []string{`org:tervane-lemmos ORG "Tervane Lemmos"`},
		},
		{
			name:   "a group after member of the",
			marked: "History\n\nHe was a member of the [[Vellor Rose|LOC]] movement before the war.",
			want:   []string{`org:vellor-rose ORG "Vellor Rose"`},
		},
		{
			name:   "a known town after his days in",
			marked: "Music\n\nThe film follows the singer from his days in [[Leeds|LOC]] to his solo records.",
			want:   []string{`location:leeds LOCATION "Leeds" partial`},
		},
		{
			name:   "a possessive after the name",
			marked: "Politics\n\nShe is a member of [[Quarbin Lemmo|LOC]]'s council, he said.",
			want:   []string{`location:quarbin-lemmo LOCATION "Quarbin Lemmo"`},
		},
		{
			name:   "a noun the place qualifies after member of the",
			marked: "Politics\n\nShe is a member of the [[Quarbin Lemmo|LOC]] council, he said.",
			want:   []string{`location:quarbin-lemmo LOCATION "Quarbin Lemmo"`},
		},
		{
			name:   "a place after a verb and in",
			marked: "Music\n\nThe band spent ten days in [[Quarbin Lemmo|LOC]] last year.",
			want:   []string{`location:quarbin-lemmo LOCATION "Quarbin Lemmo"`},
		},
	})
}
