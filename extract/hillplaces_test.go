package extract

import "testing"

// TestHillPlaces checks on sentences of our own that a hill's name typed
// PERSON is a place where a cue or the table says so, and that people
// named Hill keep their type.
func TestHillPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a hill after on",
			marked: "The bill was debated on [[Quarbin Hill|PER]] this week.",
			want:   []string{`location:quarbin-hill LOCATION "Quarbin Hill"`},
		},
		{
			name:   "a hill before a site's noun",
			marked: "Tervane Mining said [[Lunmark Hill|PER]] gold output rose.",
			want:   []string{`location:lunmark-hill LOCATION "Lunmark Hill"`},
		},
		{
			name:   "Capitol Hill with no cue",
			marked: "The fight is between the White House and [[Capitol Hill|PER]] now.",
			want:   []string{`location:capitol-hill LOCATION "Capitol Hill"`},
		},
		{
			name:   "the Hill's short form",
			marked: "Nobody wants that on the [[Hill|PER]], he said.",
			want:   []string{`location:hill LOCATION "Hill" partial`},
		},
		{
			name:   "a person with a first name",
			marked: "The prize went to [[Harold Hill|PER]] last year.",
			want:   []string{`person:harold-hill PERSON "Harold Hill"`},
		},
		{
			name:   "a person the article gives a title",
			marked: "Talks on [[Quarbin Hill|PER]] went on. Mr [[Quarbin Hill|PER]] said so.",
			want:   []string{`person:quarbin-hill PERSON "Quarbin Hill"`},
		},
		{
			name:   "Mr Hill",
			marked: "Mr [[Hill|PER]] said the talks went well.",
			want:   []string{`person:hill PERSON "Hill" partial`},
		},
	})
}
