package extract

import "testing"

// The cases of tail14d's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestAppositionFigure checks [appositionFigure] in
// [thingAppositionHead]: a price or a number inside a thing's apposition
// does not end the phrase before its head.
func TestAppositionFigure(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a price before the head",
			marked: "Software\n\nQuarbin Corp launched [[Zorbit Atlas|ORG]], a 200 dlr program that maps roads.",
			want:   []string{},
		},
		{
			name:   "a count before the head",
			marked: "Phones\n\nLemmo Inc sold [[Vellox Prime|ORG]], a 1,200 dlr handheld computer, in May.",
			want:   []string{},
		},
		{
			name:   "a price before a firm's noun",
			marked: "Deals\n\nQuarbin Corp bought [[Tervane Tools|ORG]], a 200 mln dlr company based in Ohio.",
			want:   []string{`org:tervane-tools ORG "Tervane Tools"`},
		},
	})
}

// TestProductFamily checks [productFamily]: an apposition that calls a
// name a family, line or range of things.
func TestProductFamily(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "its acronym, then its new family of things",
			marked: "Pumps\n\nQuarbin Corp expects sales of [[Quarbin Flow Systems|ORG]] (QFS), its new family of pumps, to rise.",
			want:   []string{},
		},
		{
			name:   "a line of things",
			marked: "Food\n\nLemmo Inc will launch [[Vell Harvest|ORG]], a line of frozen soups, in May.",
			want:   []string{},
		},
		{
			name:   "a family of companies",
			marked: "Deals\n\nThe bank bought [[Tervane Holdings|ORG]], a family of companies in Ohio.",
			want:   []string{`org:tervane ORG "Tervane Holdings"`},
		},
		{
			name:   "the family of a person",
			marked: "Deals\n\nThe shares went to [[Zorbit Trust|ORG]], the family of the founder.",
			want:   []string{`org:zorbit-trust ORG "Zorbit Trust"`},
		},
	})
}

// TestAcronymProductPlural checks [pastBracketAcronym] in
// [productNounAfter]: a kind of product after the name's acronym.
func TestAcronymProductPlural(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "chips after the acronym",
			marked: "Chips\n\nThe plant will make [[Quarbin Logic Arrays|ORG]] (QLA) chips for cars.",
			want:   []string{},
		},
		{
			name:   "no kind of product after the acronym",
			marked: "Chips\n\nThe plant was sold to [[Quarbin Logic Arrays|ORG]] (QLA) last year.",
			want:   []string{`org:quarbin-logic-arrays ORG "Quarbin Logic Arrays"`},
		},
	})
}

// TestConferenceEvent checks [conferenceEvent]: a conference one speaks
// at or to is a meeting; "the Conference" alone then goes with it.
func TestConferenceEvent(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "at the conference in a town",
			marked: "Chips\n\nThe chip will be shown at the [[Zorbit Circuits Conference|ORG]] in Tervane.",
			want:   []string{},
		},
		{
			name:   "told the conference, then the conference alone",
			marked: "Oil\n\nAnn Vell told the [[Quarbin Drilling Conference|ORG]] that prices would rise. Later, at the [[Conference|ORG]], she spoke again.",
			want:   []string{},
		},
		{
			name:   "a league one plays in",
			marked: "Football\n\nThe team plays in the [[Tervane Coast Conference|ORG]] this season.",
			want:   []string{`org:tervane-coast-conference ORG "Tervane Coast Conference"`},
		},
		{
			name:   "a body that acts elsewhere",
			marked: "Talks\n\nDelegates met at the [[Quarbin Peace Conference|ORG]]. The [[Quarbin Peace Conference|ORG]] said it would meet again.",
			want:   []string{`org:quarbin-peace-conference ORG "Quarbin Peace Conference"`},
		},
	})
}

// TestWorksProject checks [worksProject]: a project named by the works
// it builds or the resource it digs.
func TestWorksProject(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a rail project",
			marked: "Contracts\n\nLemmo Inc won a contract to build a station for the [[Tervane Metro Rail Project|ORG]].",
			want:   []string{},
		},
		{
			name:   "a gold project",
			marked: "Mining\n\nQuarbin Corp will develop the [[Vellmoor Gold Project|ORG]] in Nevada.",
			want:   []string{},
		},
		{
			name:   "a project that is a body",
			marked: "Safety\n\nAnn Vell of the [[Quarbin Accountability Project|ORG]] said the plant was unsafe.",
			want:   []string{`org:quarbin-accountability-project ORG "Quarbin Accountability Project"`},
		},
	})
}

// TestKindApposition checks [kindApposition]: a name after a comma that
// closes a noun phrase headed by a kind of product.
func TestKindApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "its fuel, then the name",
			marked: "Fuel\n\nQuarbin Oil Co will sell its mid-grade diesel, [[Quarbin Max|ORG]], in Ohio.",
			want:   []string{},
		},
		{
			name:   "a country's fighter, the name",
			marked: "Defence\n\nFirms want to build Tervane's next jet fighter, the [[QZX|ORG]], with local partners.",
			want:   []string{},
		},
		{
			name:   "a model number after the name",
			marked: "Phones\n\nDeliveries of the switch, the [[Lemmox|ORG]] 400E, begin in May.",
			want:   []string{},
		},
		{
			name:   "a firm's noun before the name",
			marked: "Deals\n\nQuarbin Corp sold its parent company, [[Zorbit Lemmo|ORG]], to a bank.",
			want:   []string{`org:zorbit-lemmo ORG "Zorbit Lemmo"`},
		},
		{
			name:   "a programme before the name",
			marked: "Grain\n\nWheat was sold under the export subsidy program, [[QEP|ORG]], to Tervane.",
			want:   []string{`org:qep ORG "QEP" partial`},
		},
	})
}

// TestBlocRegion checks [blocRegion]: a bloc named by a compass point or
// a camp is a region.
func TestBlocRegion(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an eastern bloc",
			marked: "Metals\n\nMost of the zinc is made in [[Eastern Bloc|ORG]] countries.",
			want:   []string{`location:eastern-bloc LOCATION "Eastern Bloc"`},
		},
		{
			name:   "a bloc of its own name",
			marked: "Trade\n\nThe [[Quarbin Bloc|ORG]] met in Tervane to set prices.",
			want:   []string{`org:quarbin-bloc ORG "Quarbin Bloc"`},
		},
	})
}

// TestOwnedProperty checks [ownedProperty]: an owner's centre, tower or
// plaza by the town it stands in or its offices.
func TestOwnedProperty(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "sold, in a town",
			marked: "Property\n\nLemmo Corp will sell its [[Lemmo Trade Center|ORG]] in Tervane to a bank.",
			want:   []string{`location:lemmo-trade-center LOCATION "Lemmo Trade Center"`},
		},
		{
			name:   "a firm's offices",
			marked: "Property\n\nThe system was put in the bank's [[Zorbit Plaza|ORG]] offices in May.",
			want:   []string{`location:zorbit-plaza LOCATION "Zorbit Plaza"`},
		},
		{
			name:   "a service centre, a unit",
			marked: "Property\n\nQuarbin Corp said its [[Quarbin Service Center|ORG]] in Tervane was named an agent.",
			want:   []string{`org:quarbin-service-center ORG "Quarbin Service Center"`},
		},
		{
			name:   "no owner before",
			marked: "Talks\n\nDelegates met at the [[Vell Peace Center|ORG]] in Tervane.",
			want:   []string{`org:vell-peace-center ORG "Vell Peace Center"`},
		},
	})
}
