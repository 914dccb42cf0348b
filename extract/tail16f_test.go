package extract

import "testing"

// TestGivenStartSpans checks [givenStartSpans] through the resolver: a
// word in lower case glued before a given name leaves the person's span,
// a month that is a given name right before a person's span joins it, and
// the guards keep a name's particle, a surname after a lower-case word, and
// a month that a date word or a number makes a date.
func TestGivenStartSpans(t *testing.T) {
	checkSummaries(t, []markedCase{
		{
			name:   "a lower-case kind glued before a given name",
			marked: "Ice\n\nIn the end, the [[skater Ann Vell|PERSON]] never reached the final.",
			want:   []string{"person:ann-vell 1"},
		},
		{
			name:   "a month that is a given name before a person, mid-sentence",
			marked: "Songs\n\nHe wrote the tune with June [[Vell Okafor|PERSON]], his later wife.",
			want:   []string{"person:june-vell-okafor 1"},
		},
		{
			name:   "a month that is a given name opening a sentence",
			marked: "Songs\n\nThe tune sold well. June [[Vell Okafor|PERSON]] said it was hers.",
			want:   []string{"person:june-vell-okafor 1"},
		},
		{
			name:   "a lower-case particle before a given name is the name's",
			marked: "Talks\n\nThe envoy [[van Ann Quell|PERSON]] arrived on Monday.",
			want:   []string{"person:van-ann-quell 1"},
		},
		{
			name:   "a lower-case word before no given name stays",
			marked: "Talks\n\nThe envoy [[walker Tervane|PERSON]] arrived on Monday.",
			want:   []string{"person:walker-tervane 1"},
		},
		{
			name:   "a first word in lower case that the article writes capitalized",
			marked: "Deals\n\n[[Hollin Ann Vell Corp|ORG]] sold a plant. The [[hollin Ann Vell Corp|PERSON]] plant will close.",
			want:   []string{"org:hollin-ann-vell 2"},
		},
		{
			name:   "a date word before the month",
			marked: "Jobs\n\nThe board met. In June [[Vell Okafor|PERSON]] resigned as chairman.",
			want:   []string{"person:vell-okafor 1"},
		},
		{
			name:   "a number before the month",
			marked: "Jobs\n\nThe board met on 13 June [[Vell Okafor|PERSON]] and others.",
			want:   []string{"person:vell-okafor 1"},
		},
		{
			name:   "a month that is no given name",
			marked: "Jobs\n\nThe board met. Since then, March [[Vell Okafor|PERSON]] has led it.",
			want:   []string{"person:vell-okafor 1"},
		},
	}, mentionCounts)
}

// TestRemitListSpans checks [remitListSpans] and [remitComma] through the
// resolver: a body's name after "for" or "of" goes on over a comma and a
// list of its remits, common nouns with capitals, the last after "and";
// a list of names, a list followed by a capitalized word, and two bodies'
// names parted at a head's comma are left.
func TestRemitListSpans(t *testing.T) {
	checkSummaries(t, []markedCase{
		{
			name:   "a body's remits cut at the comma",
			marked: "Water\n\nThe [[Ministry of Water|ORG]], [[Forests and Rural Affairs|ORG]] said no.",
			want:   []string{"org:ministry-of-water-forests-and-rural-affairs 1"},
		},
		{
			name:   "a remit that is an organization's head before the comma",
			marked: "Water\n\nA [[Department for Media, Forests and Sport|ORG]] spokeswoman said no.",
			want:   []string{"org:department-for-media-forests-and-sport 1"},
		},
		{
			name:   "a list of firms after a body",
			marked: "Water\n\nThe [[Ministry of Water|ORG]], [[Quarbin|ORG]] and [[Tervane|ORG]] met.",
			want:   []string{"org:ministry-of-water 1", "org:quarbin 1", "org:tervane 1"},
		},
		{
			name:   "a list followed by a capitalized word",
			marked: "Water\n\nThe [[Ministry of Water|ORG]], Forests and Rural Affairs Minister [[Ann Vell|PERSON]] said.",
			want:   []string{"org:ministry-of-water 1", "person:ann-vell 1"},
		},
		{
			name:   "two firms parted at a head's comma",
			marked: "Water\n\nShares of [[Quarbin Media, Tervane Bank|ORG]] rose.",
			want:   []string{"org:quarbin-media 1", "org:tervane-bank 1"},
		},
	}, mentionCounts)
}
