package extract

import "testing"

// The cases of tail14l's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestMachineName checks [machineName]: a name whose head is a craft, a
// weapon or a standard, or "System" after what the system does.
func TestMachineName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a satellite and its acronym",
			marked: "Space\n\nThe rocket put a 900 pound [[Tervane Polar Weather Satellite|ORG]] ([[TPWS|ORG]]) in orbit.",
			want:   []string{},
		},
		{
			name:   "a graphics array",
			marked: "Computers\n\nThe new [[Zorbit Colour Graphics Array|ORG]] shows 256 colours.",
			want:   []string{},
		},
		{
			name:   "an information system the firm sells",
			marked: "Computers\n\nQuarbin Inc said its [[Lemmo Trade Information System|ORG]] was installed at a bank.",
			want:   []string{},
		},
		{
			name:   "a retirement system is a body",
			marked: "Funds\n\nThe [[Tervane State Teachers Retirement System|ORG]] bought the shares.",
			want:   []string{`org:tervane-state-teachers-retirement-system ORG "Tervane State Teachers Retirement System"`},
		},
		{
			name:   "a health information system may be a body",
			marked: "Funds\n\nThe [[Quarbin Health Information System|ORG]] signed the deal.",
			want:   []string{`org:quarbin-health-information-system ORG "Quarbin Health Information System"`},
		},
		{
			name:   "a unit with a chief",
			marked: "Food\n\nAnn Vell, chief of Quarbin's [[Global Crop Early Warning System|ORG]], said stocks fell.",
			want:   []string{`org:global-crop-early-warning-system ORG "Global Crop Early Warning System"`},
		},
		{
			name:   "a firm of two words",
			marked: "Cars\n\n[[Lemmo Vehicle|ORG]] is owned by two banks.",
			want:   []string{`org:lemmo-vehicle ORG "Lemmo Vehicle"`},
		},
	})
}

// TestProductLine checks [productLineAt] in [productNounAfter]: "product
// line" or "product family" after a name, and a line's end before it.
func TestProductLine(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "product lines after a list",
			marked: "Drugs\n\nLemmo Inc bought the [[Tervane Sleep Aid|ORG]] product lines.",
			want:   []string{},
		},
		{
			name:   "a kind of product after a line's end",
			marked: "Arms\n\nQuarbin Inc will make [[Zorbex|ORG]]\nautomatic injectors for the army.",
			want:   []string{},
		},
		{
			name:   "the maker's name alone elsewhere",
			marked: "Drugs\n\nLemmo Inc bought the [[Vellon|ORG]] product line. [[Vellon|ORG]] said it would close.",
			want:   []string{`org:vellon ORG "Vellon" partial`},
		},
		{
			name:   "a product alone",
			marked: "Drugs\n\nLemmo Inc sold the [[Vellon|ORG]] product to a bank.",
			want:   []string{`org:vellon ORG "Vellon" partial`},
		},
	})
}

// TestWellSite checks [wellSite]: a well named by its number before
// "well".
func TestWellSite(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a number in words",
			marked: "Oil\n\nQuarbin Oil Co said the [[Tervane State Number Two|ORG]] well flowed 600 barrels a day.",
			want:   []string{`location:tervane-state-number-two LOCATION "Tervane State Number Two"`},
		},
		{
			name:   "a number in figures, a kind of well",
			marked: "Oil\n\nLemmo Corp said its [[Vell Ranch Seven|ORG]] exploratory well found gas.",
			want:   []string{`location:vell-ranch-seven LOCATION "Vell Ranch Seven"`},
		},
		{
			name:   "a firm's well",
			marked: "Oil\n\nThe value of a [[Zorbit Energy|ORG]] well rose.",
			want:   []string{`org:zorbit-energy ORG "Zorbit Energy"`},
		},
		{
			name:   "no article or owner before the name",
			marked: "Politics\n\nPolls showed [[Quarbin Number One|ORG]] well ahead.",
			want:   []string{`org:quarbin-number-one ORG "Quarbin Number One"`},
		},
	})
}

// TestCommaAcronyms checks [commaAcronyms]: an acronym between commas
// after a thing's name is the thing's.
func TestCommaAcronyms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a treaty's acronym",
			marked: "Tin\n\nThe Sixth [[Quarbin Tin Agreement|MISC]], [[QTA|ORG]], was extended, the council said. The [[QTA|ORG]] runs to 1990.",
			want:   []string{},
		},
		{
			name:   "the acronym opens a line",
			marked: "TIN PACT\n\nThe [[Lemmo Cocoa Agreement|MISC]],\n[[LCA|ORG]], has been extended.",
			want:   []string{},
		},
		{
			name:   "a body's acronym after a body",
			marked: "Tin\n\nThe [[Quarbin Tin Council|ORG]], [[QTC|ORG]], met today.",
			want:   []string{`org:quarbin-tin-council ORG "Quarbin Tin Council"`},
		},
		{
			name:   "letters that are no initials",
			marked: "Tin\n\nUnder the [[Quarbin Tin Agreement|MISC]], [[ZBX|ORG]], a broker, sold tin.",
			want:   []string{`org:zbx ORG "ZBX" partial`},
		},
	})
}

// TestOwnedLine checks [ownedLine]: a name between an owner's "its" and
// "line" is a line of products.
func TestOwnedLine(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a line of things",
			marked: "Phones\n\nQuarbin Inc will sell its [[Zorbex|ORG]] line of desk telephones to banks.",
			want:   []string{},
		},
		{
			name:   "a line sold throughout a region",
			marked: "Networks\n\nThe bank will resell the goods as part of its [[LEMNET|ORG]] line throughout Tervane.",
			want:   []string{},
		},
		{
			name:   "a programme's line of credit",
			marked: "Credit\n\nThe agency amended its [[Quarbin Export Program|ORG]] line to Tervane.",
			want:   []string{`org:quarbin-export-program ORG "Quarbin Export Program"`},
		},
		{
			name:   "no owner before the name",
			marked: "Phones\n\nShares of [[Zorbex|ORG]] line up with the index of banks.",
			want:   []string{`org:zorbex ORG "Zorbex" partial`},
		},
	})
}
