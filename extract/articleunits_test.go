package extract

import "testing"

// TestArticleUnits checks, on sentences of our own with made-up names,
// that a name between "the", "a" or "an" and a noun of a firm's unit is a
// firm's, whatever the recognizer said, and outweighs the recognizer's
// person of the headline; and the cases left alone: a known place before
// the noun, a name with a first name, no article before the name, "in"
// or "at" before the article (an oil field's unit).
func TestArticleUnits(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a unit typed as a person",
			marked: "Deals\n\n[[Quarbin Corp|ORG]] said the [[Zorbit|PER]] unit makes scales.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a parent typed as a place, with the unit's possessive",
			marked: "Courts\n\nThe court ruled for a [[Velmora Lemmo|LOC]] unit's plea on Monday.",
			want:   []string{`org:velmora-lemmo ORG "Velmora Lemmo"`},
		},
		{
			name:   "the headline's person outweighed",
			marked: "[[ZORBIT|PER]] UNIT SOLD\n\nThe buyer said the [[Zorbit|ORG]] unit makes scales.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a known place before the noun",
			marked: "Deals\n\n[[Quarbin Corp|ORG]] said the [[Lyon|LOC]] unit makes scales.",
			want:   []string{`location:lyon LOCATION "Lyon" partial`, `org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "a name with a first name",
			marked: "Deals\n\nThe [[John Velk|PER]] division was sold.",
			want:   []string{`person:john-velk PERSON "John Velk"`},
		},
		{
			name:   "no article before the name",
			marked: "Deals\n\nHe said [[Zorbit|PER]] division heads met.",
			want:   []string{`person:zorbit PERSON "Zorbit" partial`},
		},
		{
			name:   "an oil field's unit after \"in the\"",
			marked: "Oil\n\nIt sold its working interest in the [[Tervane Ditch|LOC]] unit to a buyer.",
			want:   []string{`location:tervane-ditch LOCATION "Tervane Ditch"`},
		},
	})
}
