package extract

import "testing"

// TestTitlePieces checks, on sentences of our own, that a name cut from a
// longer title of a work or an award at the title's small words is no
// entity, and that names after "of the" that are no titles' pieces stay.
func TestTitlePieces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a show's title after a capitalized common word and 'of the'",
			marked: "Music\n\nShe sang on Top of the [[Quarbs|ORG]] last week, and [[Ann Tervane|PER]] watched.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name: "the same title at a sentence's start, and inside another sentence",
			marked: "Music\n\nTop of the [[Quarbs|ORG]] is to move. [[Ann Tervane|PER]] said the audience for Top of the [[Quarbs|ORG]] " +
				"would follow.",
			want: []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "an award's head before 'of the Year'",
			marked: "Books\n\n[[Ann Tervane|PER]] won the [[Quarbin Book|LOC]] of the Year and the [[BBC Zorbit Personality|ORG]] of the Year.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "Title Case small words",
			marked: "Television\n\nHe wrote a drama, The Rise And Fall Of [[Mabel Quarbin|PER]], for [[Tervane Studios|ORG]].",
			want:   []string{`org:tervane-studios ORG "Tervane Studios"`},
		},
		{
			name:   "a first name that begins a film's title",
			marked: "Films\n\nThe comedy beat [[Zorbit|PER]] of the Dead and two other films, [[Ann Tervane|PER]] said.",
			want:   []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name: "a list of films' titles",
			marked: "Films\n\n[[Ann Tervane|PER]] starred in films such as [[Quarbin Lodge|LOC]], [[Mabel Zorbit|PER]] and " +
				"[[Lemmo|ORG]]'s Choice, and in shows like [[Rook Lane|PER]].",
			want: []string{`person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name:   "a list that ends at a lower-case word",
			marked: "Films\n\nShe made films like [[Quarbin Lodge|LOC]], starring [[Mabel Zorbit|PER]], in [[Tervane|LOC]].",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `person:mabel-zorbit PERSON "Mabel Zorbit"`},
		},
		{
			name: "a list of awards",
			marked: "Television\n\n[[Ann Tervane|PER]] won awards, including [[Quarbin Television|ORG]], [[Royal Zorbit Society|ORG]] " +
				"and [[British Lemmo|MISC]] awards. The [[Tervane Academy|ORG]] awards are next.",
			want: []string{`org:tervane-academy ORG "Tervane Academy"`, `person:ann-tervane PERSON "Ann Tervane"`},
		},
		{
			name: "names after 'of the' that are no titles",
			marked: "Politics\n\n\"We agree,\" said [[Meier|PER]] of the [[Quarbin Party|ORG]]. [[Hannah Ward|PER]] of the [[Tervane Council|ORG]] " +
				"spoke too, and [[Ann Rook|PER]], Head of the [[EU Zorbit|ORG]] in [[Paris|LOC]], agreed. Withdrawal of the " +
				"[[Lemmo|PER]] nomination followed.",
			want: []string{`location:paris LOCATION "Paris" partial`, `org:eu-zorbit ORG "EU Zorbit"`, `org:quarbin-party ORG "Quarbin Party"`,
				`org:tervane-council ORG "Tervane Council"`, `person:ann-rook PERSON "Ann Rook"`, `person:hannah-ward PERSON "Hannah Ward"`,
				`person:lemmo PERSON "Lemmo" partial`, `person:meier PERSON "Meier" partial`},
		},
	})
}
