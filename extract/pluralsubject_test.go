package extract

import "testing"

func TestPluralSubject(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a band taken for a person, subject of a plural verb",
			marked: "The festival line-up was announced. [[Quarbin Lanterns|PER]] are among the acts on Sunday.",
			want:   []string{`org:quarbin-lanterns ORG "Quarbin Lanterns"`},
		},
		{
			name:   "after an opening phrase's comma",
			marked: "With their second album, [[Tervane Lommel|PER]] have sold a million copies.",
			want:   []string{`org:tervane-lommel ORG "Tervane Lommel"`},
		},
		{
			name: "people in a list with their roles",
			marked: "The songwriter [[Selma Quint|PER]] and lyricist [[Arvo Pellin|PER]] were nominated. " +
				"Lomm, [[Dara Vell|PER]] were there.",
			want: []string{`person:arvo-pellin PERSON "Arvo Pellin"`, `person:dara-vell PERSON "Dara Vell"`, `person:selma-quint PERSON "Selma Quint"`},
		},
		{
			name:   "the second of two people after \"and the\"",
			marked: "[[Queen Marit|PER]] and the [[Duke of Tervane|PER]] were very happy, a palace statement said.",
			want:   []string{`person:duke-of-tervane PERSON "Duke of Tervane"`, `person:queen-marit PERSON "Queen Marit"`},
		},
	})
}
