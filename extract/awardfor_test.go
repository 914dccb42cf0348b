package extract

import "testing"

// TestPersonForTitle checks, on sentences of our own with made-up names,
// that a name after a person's name and "for" in a sentence of awards is
// the work the award is for ([personForTitle]), and that a book's kind
// before a name makes it a work ([workKinds]); and the cases left alone:
// no award's word in the sentence, a name of a firm's words, a person's
// name after "for", and a clause after the book's name.
func TestPersonForTitle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "best actress for a play",
			marked: "Awards\n\nBest actress - [[Ann Vell|PER]] for [[Quarbin|ORG]] at the Lemmo theatre.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a prize awarded to a possessive",
			marked: "Awards\n\nThe history prize was awarded to [[Tom Rigby|PER]]'s for [[Arc of Zorbit|ORG]], which tells a story.",
			want:   []string{`person:tom-rigby PERSON "Tom Rigby"`},
		},
		{
			name:   "a nomination for a film typed a place",
			marked: "Awards\n\nThe two nominations went to [[Ann Vell|PER]] for [[Lemmo Road|LOC]] in March.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no award in the sentence",
			marked: "Match\n\nA late goal by [[Ann Vell|PER]] for [[Quarbin|ORG]] settled it.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a firm's words after for",
			marked: "Awards\n\nThe award went to [[Ann Vell|PER]] for [[Quarbin Records|ORG]] last year.",
			want:   []string{`org:quarbin-records ORG "Quarbin Records"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "his book and the name alone later",
			marked: "Books\n\nHe is to promote his cartoon book [[Zorbits|ORG]] which is out soon. [[Zorbits|ORG]] sold well.",
			want:   nil,
		},
		{
			name:   "a clause after the book's name",
			marked: "Books\n\nIn the book [[Ann Vell|PER]] wrote, the hero dies.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}
