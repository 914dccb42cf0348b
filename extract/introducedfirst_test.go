package extract

import "testing"

// TestIntroducedBefore checks, on sentences of our own, that a lone
// surname two full names of the article fit goes to the one the article
// introduced before it, in an earlier sentence, when the other comes only
// after it; and that a given name, a surname in the full name's sentence,
// and a surname written after both full names stay ambiguous.
func TestIntroducedBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "the one full name written before the surname",
			marked: "Burglary\n\nSinger [[Tom Vell|PER]] chased a burglar from his home. \"I acted on impulse,\" [[Vell|PER]] said. " +
				"Later his wife [[Ann Vell|PER]] listed the stolen rings.",
			want: []string{`person:ann-vell PERSON "Ann Vell"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name: "every mention of the surname before the second full name",
			marked: "Rates\n\nBanker [[Ena Quarn|PER]] spoke on Monday. [[Quarn|PER]] said rates would fall. Rates were cut, [[Quarn|PER]] added. " +
				"Her brother [[Piet Quarn|PER]] disagreed.",
			want: []string{`person:ena-quarn PERSON "Ena Quarn"`, `person:piet-quarn PERSON "Piet Quarn"`},
		},
		{
			name: "the surname in the full name's sentence: a family",
			marked: "Suit\n\nThe group includes [[Tom Vell|PER]] and other members of the [[Vell|PER]] family. " +
				"His brother [[Ann Vell|PER]] left the board.",
			// tail15c: the family's surname between "the" and "family" is no mention (familyNames)
			want: []string{`person:ann-vell PERSON "Ann Vell"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name: "a given name alone",
			marked: "Appointment\n\n\"We searched hard,\" said chief executive [[Tom Dell|PER]]. \"I believe [[Tom|PER]] will lead well.\" " +
				"The appointment of [[Tom Vell|PER]] was announced on Monday.",
			want: []string{`person:tom PERSON "Tom" ambiguous partial`, `person:tom-dell PERSON "Tom Dell"`, `person:tom-vell PERSON "Tom Vell"`},
		},
		{
			name:   "both full names before the surname",
			marked: "Visit\n\n[[Tom Vell|PER]] and his wife [[Ann Vell|PER]] arrived on Monday. [[Vell|PER]] said the trip went well.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`, `person:tom-vell PERSON "Tom Vell"`, `person:vell PERSON "Vell" ambiguous partial`},
		},
		{
			name: "a mention of the surname after the second full name",
			marked: "Visit\n\n[[Tom Vell|PER]] arrived on Monday. [[Vell|PER]] said the trip went well. " +
				"His wife [[Ann Vell|PER]] came on Tuesday. [[Vell|PER]] left on Friday.",
			want: []string{`person:ann-vell PERSON "Ann Vell"`, `person:tom-vell PERSON "Tom Vell"`, `person:vell PERSON "Vell" ambiguous partial`},
		},
	})
}
