package extract

import "testing"

// TestRoleCharacters checks, on sentences of our own, that a name typed
// an organization or a place after "role as" or a player's "the role of"
// is a character, a person ([roleCharacter]); and the readings left
// alone: a lower-case noun after the name, "the role of" with no verb of
// playing, an organization's word, a known place.
func TestRoleCharacters(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "role as and an adjective",
			marked: "Film\n\nShe was nominated for her role as troubled [[Quarbet Lemmo|ORG]] in the film.",
			want:   []string{`person:quarbet-lemmo PERSON "Quarbet Lemmo"`},
		},
		{
			name:   "play the role of",
			marked: "Film\n\nHe is to play the role of [[Zorbitt|LOCATION]] in a film version of the series.",
			want:   []string{`person:zorbitt PERSON "Zorbitt" partial`},
		},
		{
			name:   "a lower-case noun after the name",
			marked: "Film\n\nShe won for her role as [[Tervane Lemmo|ORG]] icon Ann Vell.",
			want:   []string{`org:tervane-lemmo ORG "Tervane Lemmo"`},
		},
		{
			name:   "the role of without a verb of playing",
			marked: "Politics\n\nHe wrote about the role of [[Zorbittism|ORG]] in the union.",
			want:   []string{`org:zorbittism ORG "Zorbittism" partial`},
		},
		{
			name:   "an organization's word",
			marked: "Politics\n\nHe now has the role of [[Quarbet Council|ORG]] speaker.",
			want:   []string{`org:quarbet-council ORG "Quarbet Council"`},
		},
		{
			name:   "a known place",
			marked: "Film\n\nShe took on the role as [[Paris|LOCATION]] in the pageant.",
			want:   []string{`location:paris LOCATION "Paris" partial`},
		},
	})
}
