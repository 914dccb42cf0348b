package extract

import "testing"

// TestVersusTitle checks tail17i's [versusTitle]: a name typed a person
// or a place with "vs" or "versus" inside is a title; a middle initial
// "V." and a body's name are left.
func TestVersusTitle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a film's title typed a person",
			marked: "Film\n\nThe latest, [[Zorbit Vs Quarbin|PER]], came out last summer.",
			want:   []string{},
		},
		{
			name:   "versus typed a place",
			marked: "Sport\n\nLast year [[Tervane versus Lemmo|LOC]] drew big crowds.",
			want:   []string{},
		},
		{
			name:   "a middle initial",
			marked: "Business\n\nThe board named [[Ivo V. Marlow|PER]] chairman.",
			want:   []string{`person:ivo-v-marlow PERSON "Ivo V. Marlow"`},
		},
		{
			name:   "a music act typed a body",
			marked: "Music\n\nThe song is by [[Zorbit Vs Quarbin|ORG]].",
			want:   []string{`org:zorbit-vs-quarbin ORG "Zorbit Vs Quarbin"`},
		},
	})
}
