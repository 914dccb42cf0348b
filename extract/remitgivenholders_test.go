package extract

import "testing"

// TestRemitGivenHolders checks, on sentences of our own, that an office's
// one-word remit (a place or a portfolio) is cut from its holder's span
// when the holder opens with a given name and is written nowhere alone,
// after "for", "for the" or the title and "the"; and the readings left
// alone: a body that begins with the remit's word, a holder with no given
// name, a holder of one word, a span after no office.
func TestRemitGivenHolders(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a region after director for, in a place's span",
			marked: "Talks\n\nThe team, led by deputy director for [[Europe Ann Vellard|LOC]], met the minister on Monday.",
			want:   []string{`person:ann-vellard PERSON "Ann Vellard"`},
		},
		{
			name:   "a portfolio after for the, in a person's span with a particle",
			marked: "Budget\n\nSecretary of State for the [[Economy Tom de Quarbin|PER]] said the budget would pass.",
			want:   []string{`person:tom-de-quarbin PERSON "Tom de Quarbin"`},
		},
		{
			name:   "a portfolio after for the, a holder with de la",
			marked: "Budget\n\nMinister of State for the [[Economy Tom de la Quarbin|PER]] said the budget would pass.",
			want:   []string{`person:tom-de-la-quarbin PERSON "Tom de la Quarbin"`},
		},
		{
			name:   "a portfolio after the title and the, of dropped",
			marked: "Oil\n\nLast week Secretary the [[Interior Ann Vellard|PER]] named the new tracts.",
			want:   []string{`person:ann-vellard PERSON "Ann Vellard"`},
		},
		{
			name:   "a body that begins with the region's word is left",
			marked: "Talks\n\nHe is director for [[Europe Quarbin Holdings|ORG]] in the north.",
			want:   []string{`org:europe-quarbin ORG "Europe Quarbin Holdings"`},
		},
		{
			name:   "a holder with no given name is left to the other rules",
			marked: "Talks\n\nThe team, led by deputy director for [[Europe Vellard Quarbin|LOC]], met on Monday.",
			want:   []string{`location:europe-vellard-quarbin LOCATION "Europe Vellard Quarbin"`},
		},
		{
			name:   "a place after of the opens a club's name, no remit",
			marked: "Baseball\n\nShe became general manager of the [[Boston Red Quarbins|ORG]] last year.",
			want:   []string{`org:boston-red-quarbins ORG "Boston Red Quarbins"`},
		},
		{
			name:   "a span after no office is left",
			marked: "Talks\n\nThe prize went for [[Europe Ann Vellard|PER]] last year.",
			want:   []string{`person:europe-ann-vellard PERSON "Europe Ann Vellard"`},
		},
	})
}
