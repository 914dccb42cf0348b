package extract

import "testing"

// TestVenueNames checks, on sentences of our own, that a name the
// recognizer took for a person is a venue after "at the" where its phrase
// ends, and a name ending in a venue's head after "at" or before "in" and
// a known place; and the readings left alone: a lower-case noun after the
// name, a venue's head on a person's name after "at" where the article
// gives him a first name, a first name before "in".
func TestVenueNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a venue after at the, the phrase ended by a full stop",
			marked: "Court\n\nThe two men were convicted at the [[Quarbin Bailey|PER]].",
			want:   []string{`location:quarbin-bailey LOCATION "Quarbin Bailey"`},
		},
		{
			name:   "a venue after at the, before a verb of its phrase's end",
			marked: "Court\n\nHis trial at the [[Quarbin Bailey|PER]] ended on Friday.",
			want:   []string{`location:quarbin-bailey LOCATION "Quarbin Bailey"`},
		},
		{
			name:   "a park after at, written bare again",
			marked: "Cup\n\nThey lost the replay at [[Tervane Park|PER]]. Fans booed him for leaving [[Tervane Park|PER]].",
			want:   []string{`location:tervane-park LOCATION "Tervane Park"`},
		},
		{
			name:   "a park before in and a known place",
			marked: "Festival\n\nThe festival will be held at two venues - [[Lunmark Park|PER]] in Essex and the Tervane grounds.",
			want:   []string{`location:lunmark-park LOCATION "Lunmark Park"`},
		},
		{
			name:   "a lower-case noun after the name at the",
			marked: "Stage\n\nShe trained at the [[Ann Vell|PER]] theatre school in Quarbin.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a person named Park after at, given a first name elsewhere",
			marked: "Film\n\nThe jury laughed at [[Lunmark Park|PER]]. Ann [[Lunmark Park|PER]] said nothing.",
			want:   []string{`person:lunmark-park PERSON "Lunmark Park"`},
		},
		{
			name:   "a first name before Park and in",
			marked: "Film\n\nThe animator [[Ann Park|PER]] in Bristol made the film.",
			want:   []string{`person:ann-park PERSON "Ann Park"`},
		},
	})
}
