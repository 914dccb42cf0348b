package extract

import "testing"

// The cases of tail16g's widening of tail16b's rule, on sentences and
// names of our own: positives and the negatives that guard what it must
// not take; the want lines were read and judged one by one.

// TestTheOpenedOther checks [theOpenedOther]: a name typed as a person or
// a place right after a capitalized "The" inside a sentence is a work's
// title, unless a person's title, epithet or given name opens it or a
// place's word ends it.
func TestTheOpenedOther(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a title typed as a place, after a lower-case word",
			marked: "Films\n\nShe will star in the film of The [[Zorbit Quane|LOC]], it was reported.",
			want:   []string{},
		},
		{
			name:   "a title typed as a person, after a lower-case word",
			marked: "Books\n\nHe said he would retire after The [[Quarbin Moot|PER]], but did not.",
			want:   []string{},
		},
		{
			name:   "a place whose name takes The, by its last word",
			marked: "Sport\n\nThe crowd at The [[Zorbit Park|LOC]] was loud on Saturday.",
			want:   []string{`location:zorbit-park LOCATION "Zorbit Park"`},
		},
		{
			name:   "a person after a title",
			marked: "Church\n\nThe service was led by The [[Rev Ann Quarbin|PER]] on Sunday.",
			want:   []string{`person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "a person by a given name",
			marked: "Talk\n\nShe was on The [[David Quarbin|LOC]] for an hour.",
			want:   []string{`location:david-quarbin LOCATION "David Quarbin"`},
		},
		{
			name:   "a valley whose name takes The",
			marked: "Talk\n\nShe was on The [[Quarbin Valley|LOC]] for an hour.",
			want:   []string{`location:quarbin-valley LOCATION "Quarbin Valley"`},
		},
		{
			name:   "a venue after at",
			marked: "Stage\n\nThe play ran at The [[Lemmo Quane|LOC]] for a year.",
			want:   []string{`location:lemmo-quane LOCATION "Lemmo Quane"`},
		},
		{
			name:   "a place's name opening a sentence",
			marked: "Trip\n\nIt rained. The [[Vell Quane|LOC]] was quiet on Sunday.",
			want:   []string{`location:vell-quane LOCATION "Vell Quane"`},
		},
	})
}
