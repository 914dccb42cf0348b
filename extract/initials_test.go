package extract

import "testing"

// TestInitialSpans checks, on line-ups of our own, that a player's initial
// the recognizer left out is given back, so that "J Marlow" does not join
// the coach Andy Marlow, and that "A" and "I" stay words in prose.
func TestInitialSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an initial at the start of a line-up",
			marked: "Side named\n\nCoach [[Andy Marlow|PER]] named his side. [[Marlow|PER]] said so.\n\nJ [[Marlow|PER]] (capt); M [[Quelch|PER]], [[R Tansey|PER]].",
			// "Marlow said so" is the coach, the one Marlow named before it
			// (tail12t's introducedBefore); the captain J Marlow comes after.
			want: []string{`person:andy-marlow PERSON "Andy Marlow"`, `person:j-marlow PERSON "J Marlow" partial`, `person:m-quelch PERSON "M Quelch" partial`,
				`person:r-tansey PERSON "R Tansey" partial`},
		},
		{
			name:   "A and I in a list",
			marked: "Squad\n\nK [[Orrell|PER]], A [[Vane|PER]] (Bath), I [[Lo Presti|PER]]; D [[Smythe|PER]].",
			want: []string{`person:a-vane PERSON "A Vane" partial`, `person:d-smythe PERSON "D Smythe" partial`, `person:i-lo-presti PERSON "I Lo Presti" partial`,
				`person:k-orrell PERSON "K Orrell" partial`},
		},
		{
			name:   "A and I in prose",
			marked: "Cars\n\nA [[Quarbin Tervane Marlow|PER]], he said, costs more. I [[Vane|PER]] said that. Shows: The Quarbins, I [[Love Marlow|PER]], Tansey.",
			want:   []string{`person:love-marlow PERSON "Love Marlow"`, `person:quarbin-tervane-marlow PERSON "Quarbin Tervane Marlow"`, `person:vane PERSON "Vane" partial`},
		},
	})
}
