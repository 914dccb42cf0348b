package extract

import "testing"

// The cases of tail14h's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestSurnamePersons checks [surnamePersons]: a name of two words the
// recognizer took for an organization is a person's when the article
// names it by its surname alone and the recognizer took that for a
// person.
func TestSurnamePersons(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "the surname alone with a title",
			marked: "Derby\n\n[[Ivo Quarnsen|ORG]] scored early. Later Mr [[Quarnsen|ORG]] missed a chance " +
				"and Mr [[Quarnsen|PERSON]] was booked.",
			want: []string{`person:ivo-quarnsen PERSON "Ivo Quarnsen"`},
		},
		{
			name:   "the surname alone with a pronoun after it",
			marked: "Derby\n\n[[Ivo Quarnsen|ORG]] scored early. [[Quarnsen|PERSON]] said he was tired.",
			want:   []string{`person:ivo-quarnsen PERSON "Ivo Quarnsen"`},
		},
		{
			name:   "the surname in a team sheet",
			marked: "Derby\n\n[[Ivo Quarnsen|ORG]] scored early.\n\nVell, Marlow, Dunne, [[Quarnsen|PERSON]], Tobin (Pell 63).",
			want:   []string{`person:ivo-quarnsen PERSON "Ivo Quarnsen"`},
		},
		{
			name:   "the surname typed a person with no cue",
			marked: "Drugs\n\n[[Ivo Quarnsen|ORG]] raised its prices. The missing [[Quarnsen|PERSON]] documents were found.",
			want:   []string{`org:ivo-quarnsen ORG "Ivo Quarnsen"`, `person:quarnsen PERSON "Quarnsen" partial`},
		},
		{
			name:   "the surname in a sentence's list",
			marked: "Deals\n\n[[Ivo Quarnsen|ORG]] bid. Tervane, [[Quarnsen|PERSON]], Marlow, Dunne and Vell lost, said the report.",
			want:   []string{`org:ivo-quarnsen ORG "Ivo Quarnsen"`, `person:quarnsen PERSON "Quarnsen" partial`},
		},
		{
			name:   "a title in the headline",
			marked: "Vell May Miss [[Quarnsen|PERSON]]\n\nThe [[Ivo Quarnsen|ORG]] tour starts in May.",
			want:   []string{`org:ivo-quarnsen ORG "Ivo Quarnsen"`, `person:quarnsen PERSON "Quarnsen" partial`},
		},
		{
			name:   "the surname never a person",
			marked: "Deals\n\n[[Ivo Quarnsen|ORG]] raised its prices. [[Quarnsen|ORG]] said sales rose.",
			want:   []string{`org:ivo-quarnsen ORG "Ivo Quarnsen"`},
		},
		{
			name:   "an organization's word",
			marked: "Deals\n\n[[Quarnsen Media|ORG]] raised its prices. [[Media|PERSON]] said sales rose.",
			want:   []string{`org:quarnsen-media ORG "Quarnsen Media"`, `person:media PERSON "Media" partial`},
		},
	})
}

// TestContinentPart checks [continentPart] in [Resolver.compassPlaces]: a
// compass word and a continent typed an organization is a region, in a
// sports story too; the story's other compass names are left.
func TestContinentPart(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a region in a sports story",
			marked: "Kit\n\nThe striker's goal sold shirts. [[Western Europe|ORG]] has always been a market for them.",
			want:   []string{`location:western-europe LOCATION "Western Europe"`},
		},
		{
			name:   "typed a person",
			marked: "Kit\n\nThe striker's goal sold shirts. Fans from [[Southern Asia|PERSON]] bought them.",
			want:   []string{`location:southern-asia LOCATION "Southern Asia"`},
		},
		{
			name:   "a known country's part in a sports story is left",
			marked: "Kit\n\nThe striker's goal sold shirts. [[Western Norway|ORG]] won the derby.",
			want:   []string{`org:western-norway ORG "Western Norway"`},
		},
		{
			name:   "a country's part in a sports story is left",
			marked: "Kit\n\nThe striker's goal sold shirts. [[Western Tervane|ORG]] has always been a market for them.",
			want:   []string{`org:western-tervane ORG "Western Tervane"`},
		},
	})
}

// TestHouseName checks [houseName]: a name typed a person that ends in
// "House" is the house, an organization, unless a title or a personal
// pronoun says it is a person.
func TestHouseName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the house's staff",
			marked: "Royals\n\n[[Marnby House|PERSON]] staff said the visit was private.",
			want:   []string{`org:marnby-house ORG "Marnby House"`},
		},
		{
			name:   "a given name and House",
			marked: "Royals\n\n[[Clara House|PERSON]] has issued a statement on the visit.",
			want:   []string{`org:clara-house ORG "Clara House"`},
		},
		{
			name:   "a title before it",
			marked: "Health\n\nDr [[Clara House|PERSON]] has issued a statement on the visit.",
			want:   []string{`person:clara-house PERSON "Clara House"`},
		},
		{
			name:   "a pronoun after it",
			marked: "Health\n\n[[Clara House|PERSON]] said she would issue a statement.",
			want:   []string{`person:clara-house PERSON "Clara House"`},
		},
	})
}

// TestCountyAbbrev checks [countyAbbrev]: a county's short form after a
// town and a comma is the county, a place.
func TestCountyAbbrev(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a compass word and the short form",
			marked: "Politics\n\nHe hopes to stay MP for Quarbin, [[North Yorks|PERSON]], and start a family.",
			want:   []string{`location:north-yorks LOCATION "North Yorks"`},
		},
		{
			name:   "the short form alone",
			marked: "Protest\n\nPolice turned marchers away near Tervane, [[Glos|PERSON]], in May.",
			want:   []string{`location:glos LOCATION "Glos" partial`},
		},
		{
			name:   "no comma before it",
			marked: "Sport\n\nQuarbin beat the [[Bucks|ORG]], who lost again.",
			want:   []string{`org:bucks ORG "Bucks" partial`},
		},
		{
			name:   "another word before the short form",
			marked: "Politics\n\nHe hopes to stay MP for Quarbin, [[Ann Yorks|PERSON]], and start a family.",
			want:   []string{`person:ann-yorks PERSON "Ann Yorks"`},
		},
	})
}

// TestPlaceApposition checks [placeAppositionAfter] and the kinds it
// added to [appositionFirms]: an apposition that opens with a place's
// possessive, or calls the name a think-tank or a charity, makes it an
// organization; a person's apposition is left.
func TestPlaceApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a country's possessive and a firm's kind",
			marked: "Profits\n\n[[Quarbix|PERSON]], Norway's third-biggest software firm, has reported a rise in profit.",
			want:   []string{`country:NO COUNTRY "Norway"`, `org:quarbix ORG "Quarbix" partial`},
		},
		{
			name:   "a think-tank",
			marked: "Media\n\nShe heads the [[Zorvane Centre|LOCATION]], a US-based think-tank, in Ohio.",
			want:   []string{`org:zorvane-centre ORG "Zorvane Centre"`},
		},
		{
			name:   "a person's apposition",
			marked: "Politics\n\n[[Quarbix Lemm|PERSON]], Norway's finance minister, has reported a rise in taxes.",
			want:   []string{`country:NO COUNTRY "Norway"`, `person:quarbix-lemm PERSON "Quarbix Lemm"`},
		},
		{
			name:   "a possessive that is no place",
			marked: "Profits\n\n[[Quarbix|PERSON]], Ann's favourite software firm, has reported a rise in profit.",
			want:   []string{`person:quarbix PERSON "Quarbix" partial`},
		},
	})
}
