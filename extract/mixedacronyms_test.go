package extract

import "testing"

// TestMixedAcronym checks tail17i's [mixedAcronym]: one word of a
// capital, one or two lower-case letters and capitals to its end, typed a
// place or a person, is a body's acronym, and so is a firm's name of three
// capitals or more glued to lower-case letters; a Scots prefix, a shouted
// name of two capitals, four capitals glued to a lower-case word and a
// plain capitalized name are left.
func TestMixedAcronym(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a bank's acronym typed a place",
			marked: "Business\n\nAnalysts read the [[QoT|LOC]]'s figures with care.",
			want:   []string{`org:qot ORG "QoT" partial`},
		},
		{
			name:   "a firm's name typed a place, two small letters",
			marked: "Technology\n\nPhones are made by Zorbit, [[TerQ|LOC]] and others.",
			want:   []string{`org:terq ORG "TerQ" partial`},
		},
		{
			name:   "a firm's initials glued to its name, typed a person",
			marked: "Business\n\nHis previous adviser, [[QVZorbit|PER]], quit last year.",
			want:   []string{`org:qvzorbit ORG "QVZorbit" partial`},
		},
		{
			name:   "an acronym of four capitals glued to a lower-case word",
			marked: "Technology\n\nThe famous screensaver, [[QVTRhome|PER]], found a signal.",
			want:   []string{`person:qvtrhome PERSON "QVTRhome" partial`},
		},
		{
			name:   "a shouted name of two capitals",
			marked: "Business\n\nThe board said [[MArlow|PER]] would lead it.",
			want:   []string{`person:marlow PERSON "MArlow" partial`},
		},
		{
			name:   "a Scots prefix",
			marked: "Film\n\nThe film was directed by [[McQ|PER]], who also wrote it.",
			want:   []string{`person:mcq PERSON "McQ" partial`},
		},
		{
			name:   "a plain capitalized name",
			marked: "Travel\n\nShe lives in [[Quarby|LOC]] near the river.",
			want:   []string{`location:quarby LOCATION "Quarby" partial`},
		},
	})
}
