package extract

import "testing"

// The cases of tail13w's rules, on sentences and names of our own (one
// well-known firm's name, a fact, where the rule must see a name the
// model's gazetteer holds). Each test holds the positives of one rule and
// the negatives that guard what it must not take.

// TestDigitPerson checks [digitPerson]: a name typed a person that holds
// a digit is no person.
func TestDigitPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a car's model",
			marked: "Cars\n\nPrices of the [[400CS Tarrow|PERSON]] rose.",
			want:   nil,
		},
		{
			name:   "an aircraft's model",
			marked: "Aircraft\n\nThe maker will build the [[PA-31 Vellmar|PERSON]] again.",
			want:   nil,
		},
		{
			name:   "a king's Roman number",
			marked: "History\n\nThe reign of [[Quelby III|PERSON]] ended early.",
			want:   []string{`person:quelby-iii PERSON "Quelby III"`},
		},
		{
			name:   "a digit in a firm's name",
			marked: "Media\n\nShares of [[Tarrow 4|ORG]] rose.",
			want:   []string{`org:tarrow-4 ORG "Tarrow 4"`},
		},
	})
}

// TestProductPlural checks [productPlural]: a name typed an organization
// before a kind of product line every time its article writes it is the
// line's, no entity.
func TestProductPlural(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "printers",
			marked: "Office\n\nThe board links to [[Zorbex|ORG]] printers over a phone line.",
			want:   nil,
		},
		{
			name:   "two modifiers",
			marked: "Office\n\nThe kit adds software for [[Tarlink|ORG]] coaxial network gateways.",
			want:   nil,
		},
		{
			name:   "the maker written alone elsewhere",
			marked: "Office\n\nThe board links to [[Zorbex|ORG]] printers. [[Zorbex|ORG]] said sales rose.",
			want:   []string{`org:zorbex ORG "Zorbex" partial`},
		},
		{
			name:   "an organization's word",
			marked: "Office\n\nThe firm leases [[Quelby Bank|ORG]] terminals.",
			want:   []string{`org:quelby-bank ORG "Quelby Bank"`},
		},
		{
			name:   "a firm the gazetteer knows",
			marked: "Office\n\nIt runs on [[Xerox|ORG]] computers.",
			want:   []string{`org:xerox ORG "Xerox" partial`},
		},
		{
			name:   "a small word between",
			marked: "Office\n\nIt sells [[Zorbex|ORG]] and other computers.",
			want:   []string{`org:zorbex ORG "Zorbex" partial`},
		},
	})
}

// TestDealOf checks [dealOf] in [firmUnit]: "of" after a deal's noun
// before a name and ", a division of" after it make the name a firm's
// unit; "of" after another noun stays [unitTowns]' word ("Quarbin BV of
// Tervane, a subsidiary of").
func TestDealOf(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the assets of a division",
			marked: "Deals\n\nThe firm expects to close the acquisition of the assets and liabilities of [[Tervane|PERSON]], a division of <[[Zorbit Lemmo Inc|ORG]]>, on May one.",
			want:   []string{`org:tervane ORG "Tervane" partial`, `org:zorbit-lemmo ORG "Zorbit Lemmo Inc"`},
		},
		{
			name:   "of after no deal's noun",
			marked: "Deals\n\nThe firm will close its purchase of the plant of [[Tervane|PERSON]], a division of [[Zorbit Corp|ORG]], in May.",
			want:   []string{`org:zorbit ORG "Zorbit Corp"`, `person:tervane PERSON "Tervane" partial`},
		},
	})
}
