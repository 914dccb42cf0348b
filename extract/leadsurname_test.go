package extract

import "testing"

// TestLeadSuffixSpans checks, on sentences of our own, that a company
// suffix that ends the name before it is cut from a person's span after
// it, that a common word left alone is no name, and that a firm's one
// word after the suffix, a word that begins two firms, a suffix that may
// begin a name, or one without its full stop, is left.
func TestLeadSuffixSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the suffix of the firm before a person, with its full stop",
			marked: "Steel\n\nDemand will fall, analyst Dora Vell of Harlow Fry and [[Co. Quarbin|PER]] said on Monday.",
			want:   []string{`person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "after a bracket, a common word left alone",
			marked: "Results\n\nNote - full name is Tervane (Holdings) [[Plc Minority|ORG]] interests 0.2 mln vs 0.1 mln.",
			want:   nil,
		},
		{
			name: "one word that begins two firms is left",
			marked: "Shares\n\n[[Quarbin Pacific Ltd|ORG]] owns [[Quarbin Properties Ltd|ORG]] and two hotels. It is good, said " +
				"Dora Vell of Harlow Fry and [[Co. Quarbin|PER]] said on Monday.",
			want: []string{`org:quarbin-pacific ORG "Quarbin Pacific Ltd"`, `org:quarbin-properties ORG "Quarbin Properties Ltd"`, `person:co-quarbin PERSON "Co. Quarbin"`},
		},
		{
			name:   "a firm's one word after the suffix is left",
			marked: "Towers\n\nRents will rise, said Dora Vell of Harlow Securities (Far East) [[Ltd. Quarbin|ORG]] is building a tower.",
			want:   []string{`org:ltd-quarbin ORG "Ltd. Quarbin"`},
		},
		{
			name:   "a suffix that may begin a name",
			marked: "Lamps\n\n[[N.V. Tervane|ORG]] said its lamp sales rose.",
			want:   []string{`org:nv-tervane ORG "N.V. Tervane"`},
		},
		{
			name:   "no full stop, no bracket before",
			marked: "Gold\n\nThe partner, [[Corp Tervane Copper|ORG]], holds the claim.",
			want:   []string{`org:corp-tervane-copper ORG "Corp Tervane Copper"`},
		},
	})
}

// TestLeadWordSurnameSpans checks, on sentences of our own, that a common
// word, a firm's first word and a place after "in" glued before the
// surname of a person the article names in full are cut off, and that a
// sibling's first name, a place with no "in" before it, a particle and a
// surname with no full name are left.
func TestLeadWordSurnameSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a common word before the surname",
			marked: "Tennis\n\n[[Dora Vell|PER]] was ill last week. [[Healthy Vell|PER]] won in three sets on Monday.",
			want:   []string{`person:dora-vell PERSON "Dora Vell"`},
		},
		{
			name: "the first word of the speaker's firm",
			marked: "Coffee\n\nRoasters hold stocks, said [[Tom Vell|PER]], an analyst with [[Quarbin Futures|ORG]]. " +
				"But [[Quarbin Vell|PER]] said prices would fall.",
			want: []string{`org:quarbin-futures ORG "Quarbin Futures"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name: "a place after in, a full stop lost",
			marked: "Pilots\n\nThe union's head is [[Tom A. Vell|PER]]. Executives were meeting in [[Atlanta Vell|PER]] said " +
				"the contract stands.",
			want: []string{`person:tom-a-vell PERSON "Tom A. Vell"`},
		},
		{
			name: "a place's span and a surname's, joined, after in",
			marked: "Pilots\n\nThe union's head is [[Tom A. Vell|PER]]. Executives were meeting in [[Atlanta|LOC]] [[Vell|PER]] said " +
				"the contract stands.",
			want: []string{`person:tom-a-vell PERSON "Tom A. Vell"`},
		},
		{
			name:   "a club's name typed a person is left",
			marked: "Results\n\nA Vell ([[Quarbin Harriers|ORG]]), B Okafor ([[Quarbin Harriers|PER]]), C Lemmo ([[Tervane Harriers|PER]]).",
			want:   []string{`org:quarbin-harriers ORG "Quarbin Harriers"`, `org:tervane-harriers ORG "Tervane Harriers"`},
		},
		{
			name:   "a place after from is left",
			marked: "Rugby\n\n[[Tom Vell|PER]] kicked two goals and a try came from [[Brent Vell|PER]] late on.",
			want:   []string{`person:brent-vell PERSON "Brent Vell"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a title's span is no full name",
			marked: "Web\n\nThe plan is good, said [[Will Vell|PER]] of the institute. [[Mr Vell|PER]] said more was needed.",
			want:   []string{`person:will-vell PERSON "Will Vell"`},
		},
		{
			name:   "an initial is left",
			marked: "Team\n\n[[Tom Vell|PER]] is captain. Backs: [[S Vell|PER]], A Okafor.",
			want:   []string{`person:s-vell PERSON "S Vell" partial`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "a sibling's first name is left",
			marked: "Final\n\n[[Serena Vell|PER]] beat her sister [[Venus Vell|PER]] in the final.",
			want:   []string{`person:serena-vell PERSON "Serena Vell"`, `person:venus-vell PERSON "Venus Vell"`},
		},
		{
			name:   "a place with no in before it is left",
			marked: "Party\n\n[[Paris Vell|PER]] and [[Nicky Vell|PER]] went to the party.",
			want:   []string{`person:nicky-vell PERSON "Nicky Vell"`, `person:paris-vell PERSON "Paris Vell"`},
		},
		{
			name:   "a particle is left",
			marked: "Rugby\n\n[[Roland de Vell|PER]] kicked well. [[De Vell|PER]] scored twice.",
			want:   []string{`person:roland-de-vell PERSON "Roland de Vell"`},
		},
		{
			name:   "a given name that is a common word, beside a sibling, is left",
			marked: "Family\n\nThe prize went to [[Dora Vell|PER]] and [[Eve Vell|PER]] on Monday.",
			want:   []string{`person:dora-vell PERSON "Dora Vell"`, `person:eve-vell PERSON "Eve Vell"`},
		},
		{
			name:   "after a word of one capital, a title's capitals run on",
			marked: "Shows\n\nThe star is [[Dora Vell|PER]]. Shows: The Quarbins, I [[Love Vell|PER]], Tansey.",
			want:   []string{`person:dora-vell PERSON "Dora Vell"`, `person:love-vell PERSON "Love Vell"`},
		},
		{
			name:   "no full name: left",
			marked: "Tennis\n\n[[Healthy Vell|PER]] won in three sets on Monday.",
			want:   []string{`person:healthy-vell PERSON "Healthy Vell"`},
		},
	})
}

// TestUnknownPlaceAfterAt checks, on sentences of our own, that a place the
// gazetteer does not know, after "in" or "at" and glued before the surname
// of a person the article names in full, is cut off (tail17r), and that a
// given name, a word the article writes twice, a capitalized "In", and a
// surname with no full name elsewhere are left.
func TestUnknownPlaceAfterAt(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "an unknown town after in, a comma lost",
			marked: "Comeback\n\n[[Dora Vell|PER]] returns to the tour this week. Speaking in [[Quarbovia Vell|PER]] said " +
				"she felt fit.",
			want: []string{`person:dora-vell PERSON "Dora Vell"`},
		},
		{
			name: "an unknown town after at",
			marked: "Opera\n\nThe tenor [[Tom Okafor|PER]] has died. At home and at [[Zelvarno Okafor|PER]] was loved " +
				"by all.",
			want: []string{`person:tom-okafor PERSON "Tom Okafor"`},
		},
		{
			name: "a given name after in is left",
			marked: "Coach\n\n[[Dora Vell|PER]] coached the side. The club put its trust in [[Peter Vell|PER]] last " +
				"year.",
			want: []string{`person:dora-vell PERSON "Dora Vell"`, `person:peter-vell PERSON "Peter Vell"`},
		},
		{
			name: "a word the article writes twice is left",
			marked: "Cousins\n\n[[Dora Vell|PER]] won. Her cousin [[Quarbovia Vell|PER]] lost, and many believe in " +
				"[[Quarbovia Vell|PER]] still.",
			want: []string{`person:dora-vell PERSON "Dora Vell"`, `person:quarbovia-vell PERSON "Quarbovia Vell"`},
		},
		{
			name:   "no full name of the surname elsewhere",
			marked: "Comeback\n\nSpeaking in [[Quarbovia Vell|PER]] said she felt fit.",
			want:   []string{`person:quarbovia-vell PERSON "Quarbovia Vell"`},
		},
	})
}
