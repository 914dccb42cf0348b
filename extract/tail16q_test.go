package extract

import "testing"

// TestGroundPerson checks tail16q's [groundPerson]: a name typed a person
// between "the" (or a possessive, maybe with one lower-case word) and a
// ground's part or a sports site's noun is a place; a person's own stand
// (a possessive after the name), a name with no article before it, a
// plural or a verb, and a head that goes on with a hyphen are left.
func TestGroundPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a stand named after a chairman",
			marked: "Football\n\nVisiting fans in the [[Ivo Marlow|PER]] stand threw coins at the players.",
			want:   []string{`location:ivo-marlow LOCATION "Ivo Marlow"`},
		},
		{
			name:   "a club's training site, an adjective between",
			marked: "Football\n\nThe squad will train at the club's nearby [[Tervix|PER]] complex this week.",
			want:   []string{`location:tervix LOCATION "Tervix" partial`},
		},
		{
			name:   "a person's own stand, a possessive after the name",
			marked: "Politics\n\nVoters liked the [[Ivo Marlow|PER]]'s stand on tax, the poll said.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
		{
			name:   "no article before the name: a verb",
			marked: "Politics\n\nThe party wants [[Ivo Marlow|PER]] stand down as leader by May.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
		{
			name:   "a head that goes on with a hyphen",
			marked: "Football\n\nHe came on as the [[Ivo Marlow|PER]] stand-in for the final.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
		{
			name:   "a plural is no head",
			marked: "Football\n\nShe said that the [[Ivo Marlow|PER]] stands were full.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
	})
}

// TestTimeOwnedPerson checks tail16q's [timeOwnedPerson]: a name typed a
// person right after a time's possessive is a work or a product when its
// phrase ends there; a person's name that goes on, a title before the
// name, and a day's possessive alone are left.
func TestTimeOwnedPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a drama after last year's, a comma after",
			marked: "Television\n\nThe series follows last year's [[Quarbin Vell|PER]], which drew big audiences.",
			want:   []string{},
		},
		{
			name:   "a toy after this year's, a full stop after",
			marked: "Shops\n\n\"The robot dog is this year's [[Tervane Lemmo|PER]].\" said the buyer.",
			want:   []string{},
		},
		{
			name:   "a person's name that goes on with a quoted noun",
			marked: "Television\n\nLast year's [[Ann Vell|PER]] 'wardrobe slip' led to fines.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a title before the name",
			marked: "Royals\n\nCrowds met last year's [[Queen Vell|PER]], who visited the town.",
			want:   []string{`person:queen-vell PERSON "Queen Vell"`},
		},
		{
			name:   "a day's possessive alone",
			marked: "Football\n\nHe scored in Saturday's win; Sunday's [[Ivo Marlow|PER]], a reserve, did not.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
	})
}

// TestPlaceKindApposition checks tail16q's [placeKindApposition]: a name
// typed a person or a firm after a preposition of place and before ", a"
// and a kind of place is a place; a town's lawyer, a kind that goes on
// with a noun, and a name with no preposition before it are left.
func TestPlaceKindApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a community after in, a number-word between",
			marked: "Radio\n\nShe recalls what happened in [[Tervane|PER]], a 40-family community with no power.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a town after near, a distance after",
			marked: "War\n\nThe patrol was attacked near [[Quarbin Vell|PER]], a town 30 km from the border.",
			want:   []string{`location:quarbin-vell LOCATION "Quarbin Vell"`},
		},
		{
			name:   "a town's lawyer",
			marked: "Courts\n\nThe case was heard in [[Zorbit Lemmox|PER]], a town lawyer said on Monday.",
			want:   []string{`person:zorbit-lemmox PERSON "Zorbit Lemmox"`},
		},
		{
			name:   "a kind that goes on with a noun: a village bakery",
			marked: "Shops\n\nWe bought the bread at [[Zorbit Lemmox|PER]], a village bakery by the green.",
			want:   []string{`person:zorbit-lemmox PERSON "Zorbit Lemmox"`},
		},
		{
			name:   "no preposition of place before the name",
			marked: "Prizes\n\nThe cup went to [[Ivo Marlow|PER]], a village in the north, last year.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
	})
}
