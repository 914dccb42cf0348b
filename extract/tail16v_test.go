package extract

import "testing"

// The cases of tail16v's rule, on sentences and names of our own:
// positives and the negatives that guard what it must not take; the want
// lines were read and judged one by one.

// TestSequelInArticle checks [sequelInArticle] through [sequelNumbers]: a
// name typed as an organization right before a sequel's or a model's
// number, in an article about games or films, is a thing (no entity);
// bands, channels, counts, longer names and articles with no
// work's word are left.
func TestSequelInArticle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a sequel's number, the work's word in another sentence",
			marked: "Games\n\nThe game sold well. Fans queued all night, and [[Zorbit Quest|ORG]] 3 is out now.",
			want:   nil,
		},
		{
			name:   "a model's number of two digits",
			marked: "Consoles\n\nOld consoles are back. The [[Lemmox|ORG]] 64, launched long ago, sold more than any.",
			want:   nil,
		},
		{
			name:   "a film of two digits at the sentence's end",
			marked: "Films\n\nHis films made money. He produced Velloway and [[Orbitra|ORG]] 13.",
			want:   nil,
		},
		{
			name:   "a band in a sentence of bands",
			marked: "Films\n\nThe film won. The band [[Tervo|ORG]] 5 played live after it.",
			want:   []string{`org:tervo ORG "Tervo" partial`},
		},
		{
			name: "a band between singers in a list",
			marked: "Films\n\nThe film won. [[Ann Vell|PERSON]], [[Tervo|ORG]] 5 and [[Tom Quarn|PERSON]] " +
				"will sing.",
			want: []string{`org:tervo ORG "Tervo" partial`, `person:ann-vell PERSON "Ann Vell"`,
				`person:tom-quarn PERSON "Tom Quarn"`},
		},
		{
			name:   "the maker named alone elsewhere in the article",
			marked: "Consoles\n\nOld consoles are back. [[Lemmox|ORG]] said the [[Lemmox|ORG]] 64 sold more than any.",
			want:   []string{`org:lemmox ORG "Lemmox" partial`},
		},
		{
			name:   "a number that counts years",
			marked: "Games\n\nThe game sold well. [[Quarbin|ORG]] 20 years ago made it.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a capitalized word after the number: a longer name",
			marked: "Games\n\nThe game sold well. [[Quarbin|ORG]] 6 Nations fans bought it.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "no word of games or films in the article",
			marked: "Fans\n\nFans queued all night, and [[Zorbit Quest|ORG]] 3 is out now.",
			want:   []string{`org:zorbit-quest ORG "Zorbit Quest"`},
		},
		{
			name:   "a broadcaster's channel",
			marked: "Films\n\nThe film is new. It will be shown by [[Radio Quarbin|ORG]] 2 later.",
			want:   []string{`org:radio-quarbin ORG "Radio Quarbin"`},
		},
		{
			name:   "a broadcaster's word in the name, no act word in the sentence",
			marked: "Films\n\nThe film is new. It will be shown on [[Quarbin TV|ORG]] 4 later.",
			want:   []string{`org:quarbin-tv ORG "Quarbin TV"`},
		},
		{
			name:   "a line of results",
			marked: "Games\n\nThe games ended late.\n[[Quarbin Town|ORG]] 1 [[Lemmo City|ORG]] 3\nMore follow.",
			want:   []string{`org:lemmo-city ORG "Lemmo City"`, `org:quarbin-town ORG "Quarbin Town"`},
		},
		{
			name:   "the number 1, a first channel as often as a model",
			marked: "Games\n\nThe game sold well. [[Quarbin|ORG]] 1 is out now.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a decimal",
			marked: "Games\n\nThe game sold well. [[Quarbin|ORG]] 2.5 is out now.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}
