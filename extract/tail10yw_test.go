package extract

import "testing"

// TestCreditRatingNames checks, on sentences of our own, that a credit
// rating written alone is no entity ([creditRatingName]), and that an
// acronym of a grade's letters in a story of no rating, and a possessive,
// keep their node.
func TestCreditRatingNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "rated by an agency",
			marked: "Notes\n\nThe [[Zentor Corp|ORG]] notes are rated a top-flight [[AAA|ORG]] by Moody's.",
			want:   []string{`org:zentor ORG "Zentor Corp"`},
		},
		{
			name:   "cut to one grade from another",
			marked: "Debt\n\nThe agency cut [[Halvane Co|ORG]] debentures to BB-plus from [[BBB|ORG]] on Friday.",
			want:   []string{`org:halvane ORG "Halvane Co"`},
		},
		{
			name:   "a Moody's grade in capitals after to",
			marked: "Debt\n\nHALVANE DEBT DOWNGRADED TO [[CAA|ORG]] BY MOODY'S",
			want:   nil,
		},
		{
			name:   "the letters of a body in a sports story",
			marked: "Race\n\nThe [[AAA|ORG]] indoor champion accelerated away from the field.",
			want:   []string{`org:aaa ORG "AAA" partial`},
		},
		{
			name:   "a Moody's grade in capitals after no to or from",
			marked: "Airports\n\nThe [[BAA|ORG]] rating was cut by Moody's.",
			want:   []string{`org:baa ORG "BAA" partial`},
		},
	})
}

// TestCrudeByCue checks that a crude grade named by the word of oil after
// it, or by a people and its weight in a story of barrels, is no entity
// ([Resolver.crudeByCue]), and that a region, a known body, a firm's
// terminal and a firm of a weight word keep their node.
func TestCrudeByCue(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a grade before crude",
			marked: "Oil\n\nCargoes of [[Quarbin|ORG]] crude rose 20 cts, [[Zentor Corp|ORG]] said.",
			want:   []string{`org:zentor ORG "Zentor Corp"`},
		},
		{
			name:   "Blend in the name",
			marked: "Oil\n\n[[Tervane Blend|PER]] rose 20 cts a barrel.",
			want:   nil,
		},
		{
			name:   "a people and its weight",
			marked: "Oil\n\n[[Chilean Heavy|ORG]] fell 10 cts to 16.10 dlrs a barrel.",
			want:   nil,
		},
		{
			name:   "a region's crude",
			marked: "Oil\n\n[[North Sea|LOC]] crude rose 20 cts.",
			want:   []string{`location:north-sea LOCATION "North Sea"`},
		},
		{
			name:   "a known body's crude",
			marked: "Oil\n\n[[OPEC|ORG]] crude output fell.",
			want:   []string{`org:organization-of-the-petroleum-exporting-countries ORG "Organization of the Petroleum Exporting Countries"`},
		},
		{
			name:   "a terminal",
			marked: "Oil\n\nThe oil is landed at the [[Sturvik|ORG]] crude terminal.",
			// no crude grade; the terminal is a place since tail12i's powerStation
			want: []string{`location:sturvik LOCATION "Sturvik" partial`},
		},
		{
			name:   "a weight word before and",
			marked: "Power\n\n[[Chilean Light|ORG]] and its partners paid 18 dlrs a barrel for crude.",
			want:   []string{`org:chilean-light ORG "Chilean Light"`},
		},
	})
}

// TestBourseNames checks that a town's bourse is a body ([bourseName]).
func TestBourseNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town's bourse typed as a place",
			marked: "Shares\n\nShares on the [[Lunmark Bourse|LOC]] closed higher.",
			want:   []string{`org:lunmark-bourse ORG "Lunmark Bourse"`},
		},
		{
			name:   "a town alone",
			marked: "Shares\n\nShares in [[Zurich|LOC]] closed higher.",
			want:   []string{`location:zurich LOCATION "Zurich" partial`},
		},
	})
}

// TestWeatherPhenomena checks that a weather pattern's Spanish name in a
// story of the weather is no person ([Resolver.weatherPhenomenon]), and
// that a person of such a name in a story of no weather and a short
// firm's name keep their node.
func TestWeatherPhenomena(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a weather pattern",
			marked: "Crops\n\nThe [[El Quarbo|PER]] weather pattern may hurt the harvest.",
			want:   nil,
		},
		{
			name:   "a matador in a story of no weather",
			marked: "Bulls\n\n[[El Tervo|PER]] fought six bulls in the ring.",
			want:   []string{`person:el-tervo PERSON "El Tervo"`},
		},
		{
			name:   "a short airline's name",
			marked: "Flights\n\n[[El Al|ORG]] cut flights in bad weather.",
			want:   []string{`org:el-al ORG "El Al"`},
		},
		{
			name:   "a name in a story of drought, not of the weather",
			marked: "Crops\n\nDrought hurt the crops of [[La Tervana|PER]].",
			want:   []string{`person:la-tervana PERSON "La Tervana"`},
		},
	})
}

// TestBuildingNames checks that a building typed as a firm is a place
// ([buildingName]), and that a firm whose name goes on after "Building"
// and a headline's capitals keep their type.
func TestBuildingNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a building",
			marked: "Offices\n\nThe firm will build the [[Quarbin III Building|ORG]] downtown.",
			want:   []string{`location:quarbin-iii-building LOCATION "Quarbin III Building"`},
		},
		{
			name:   "a tower",
			marked: "Offices\n\nIt foreclosed on the [[Halvane Bank Tower|ORG]], an office building.",
			want:   []string{`location:halvane-bank-tower LOCATION "Halvane Bank Tower"`},
		},
		{
			name:   "a firm's name going on",
			marked: "Offices\n\n[[Zentor Building|ORG]] and Supply said sales rose.",
			want:   []string{`org:zentor-building ORG "Zentor Building"`},
		},
		{
			name:   "a firm's short name",
			marked: "Offices\n\nThe offer ends on June 2.\n[[Zentor Building|ORG]] also said its board met.",
			want:   []string{`org:zentor-building ORG "Zentor Building"`},
		},
		{
			name:   "a headline",
			marked: "[[ZENTOR BUILDING|ORG]] SELF-TENDER UPHELD\n\nThe court ruled on Monday.",
			want:   []string{`org:zentor-building ORG "Zentor Building"`},
		},
	})
}

// TestSecurityClasses checks that a class of securities typed as a firm is
// no entity ([securityClass]), and that a person of such a surname keeps
// the node.
func TestSecurityClasses(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a class of bonds",
			marked: "Paper\n\nIt sold 500 mln francs of [[Specialised Lending Institution Bonds|ORG]] on Monday.",
			want:   nil,
		},
		{
			name:   "a person",
			marked: "Paper\n\n[[Dora Bonds|PER]] said she sold.",
			want:   []string{`person:dora-bonds PERSON "Dora Bonds"`},
		},
	})
}
