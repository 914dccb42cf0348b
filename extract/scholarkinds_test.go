package extract

import (
	"slices"
	"testing"
)

// TestScholarKinds checks, on sentences of our own, that a learned or
// skilled trade before a name (by its ending, or after "the late") makes
// it a person, and the readings left alone: a word that only ends like a
// trade, an organization's words in the name, "late" without "the".
func TestScholarKinds(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an agronomist typed a place, said after",
			marked: "Hogs\n\nState college agronomist [[Quarbin Tervane|LOC]] said, \"The herds are growing.\"",
			want:   []string{`person:quarbin-tervane PERSON "Quarbin Tervane"`},
		},
		{
			name:   "an agronomist typed a place, a quotation glued to the comma after said",
			marked: "Hogs\n\nState college agronomist [[Quarbin Tervane|LOC]] said,\"The herds are growing.\"",
			want:   []string{`person:quarbin-tervane PERSON "Quarbin Tervane"`},
		},
		{
			name:   "a statistician typed a firm, the phrase ending",
			marked: "Sugar\n\nThe figures came from statistician [[Lemmo Vellard|ORG]], who reports monthly.",
			want:   []string{`person:lemmo-vellard PERSON "Lemmo Vellard"`},
		},
		{
			name:   "the late seismologist, any verb after",
			marked: "Quakes\n\nA theory by the late seismologist [[Zorbit Quarno|ORG]] states that quakes come in cycles.",
			want:   []string{`person:zorbit-quarno PERSON "Zorbit Quarno"`},
		},
		{
			name:   "the late and a listed kind, any verb after",
			marked: "Books\n\nA novel by the late novelist [[Tervane Lemmox|LOC]] tells of the war.",
			want:   []string{`person:tervane-lemmox PERSON "Tervane Lemmox"`},
		},
		{
			name:   "a word that is only the ending",
			marked: "Shows\n\nThe other ician [[Quarbin Tervane|ORG]] said it was over.",
			want:   []string{`org:quarbin-tervane ORG "Quarbin Tervane"`},
		},
		{
			name:   "an organization's words in the name",
			marked: "Health\n\nThe physician [[Zorbit Medical Group|LOC]] said it would hire.",
			want:   []string{`org:zorbit-medical-group ORG "Zorbit Medical Group"`},
		},
		{
			name:   "late without the before the kind",
			marked: "Quakes\n\nReports came in late seismologist [[Zorbit Quarno|ORG]] states the obvious.",
			want:   []string{`org:zorbit-quarno ORG "Zorbit Quarno"`},
		},
	})
}

// TestForeignFirmIndustryHeads checks that an industry noun of another
// language opening a name the recognizer took for a person or a place
// makes it a firm, and that the noun alone is left.
func TestForeignFirmIndustryHeads(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a Spanish systems firm typed a place",
			marked: "Gold\n\nThe venture is with [[Sistemas Lemmo de Quarbe|LOC]] of Tervania.",
			want:   []string{`org:sistemas-lemmo-de-quarbe ORG "Sistemas Lemmo de Quarbe"`},
		},
		{
			name:   "a French state firm typed a person",
			marked: "Cars\n\nTalks with [[Regie Nationale des Zorbit|PER]] went on.",
			want:   []string{`org:regie-nationale-des-zorbit ORG "Regie Nationale des Zorbit"`},
		},
		{
			name:   "the head word alone joins the firm the article names",
			marked: "Cans\n\nThe firm bought a stake from [[Envases Lemmo de Quarbe|PER]] of Tervania. It will swap technology with [[Envases|PER]].",
			want:   []string{`org:envases-lemmo-de-quarbe ORG "Envases Lemmo de Quarbe"`},
		},
		{
			name:   "the noun alone",
			marked: "Cars\n\nTalks with [[Usines|PER]] went on.",
			want:   []string{`person:usines PERSON "Usines" partial`},
		},
	})
}

// TestBrandNameThings checks that a name after "brand name" or "trade
// name" is a product's, and the readings left alone: a firm's name of an
// organization's words, and "name" without "brand" or "trade".
func TestBrandNameThings(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "under the brand name",
			marked: "Discs\n\nThe firm will sell the discs under the brand name [[Zorbadisc|ORG]] next year.",
			want:   nil,
		},
		{
			name:   "brand names such as",
			marked: "Drugs\n\nDoctors prefer brand names such as [[Lemmorex|PER]] to cheaper copies.",
			want:   nil,
		},
		{
			name:   "an organization's words in the name",
			marked: "Drugs\n\nThe drug is sold under the trade name [[Quarbin Holdings|ORG]] in Europe.",
			want:   []string{`org:quarbin ORG "Quarbin Holdings"`},
		},
		{
			name:   "name without brand or trade",
			marked: "Firms\n\nThe unit will trade under the new name [[Zorbadisc|ORG]] from May.",
			want:   []string{`org:zorbadisc ORG "Zorbadisc" partial`},
		},
	})
}

// TestFirstWordPlaceFirms checks that a firm's first word alone, typed a
// place, joins the firm the article names, and the readings left alone:
// a place the tables know, and a word the article also writes inside
// another name.
func TestFirstWordPlaceFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm's first word alone typed a place",
			marked: "Oil\n\nThe group owns 56 pct of [[Quarbix Oil Ltd|ORG]] in full. A buyer will take a stake in [[Quarbix|LOC]].",
			want:   []string{`org:quarbix-oil ORG "Quarbix Oil Ltd"`},
		},
		{
			name:   "a place the tables know",
			marked: "Oil\n\nThe group owns 56 pct of [[Calgary Oil Ltd|ORG]] in full. A buyer in [[Calgary|LOC]] will take a stake.",
			want:   []string{`location:calgary LOCATION "Calgary" partial`, `org:calgary-oil ORG "Calgary Oil Ltd"`},
		},
		{
			name:   "a firm's acronym first word",
			marked: "Ads\n\nThe group will buy [[QBX Group Inc|ORG]] in full. Holders of [[QBX|LOC]] shares agreed.",
			// firstWordPlaceFirms leaves the acronym; linkAcronymFirstWords
			// (tail13a) then joins it to the firm it begins.
			want: []string{`org:qbx-group ORG "QBX Group Inc"`},
		},
		{
			name:   "a venue named after its town",
			marked: "Race\n\nThe field lines up at [[Quarbix International Speedway|ORG]] today. The chase lands in [[Quarbix|LOC]] today.",
			want:   []string{`location:quarbix LOCATION "Quarbix" partial`, `org:quarbix-international-speedway ORG "Quarbix International Speedway"`},
		},
		{
			name:   "a field named after the place the firm is named after",
			marked: "Oil\n\nThe group owns 56 pct of [[Quarbix Oil Ltd|ORG]] in full. It also runs the [[Quarbix|LOC]] oil field.",
			want:   []string{`location:quarbix LOCATION "Quarbix" partial`, `org:quarbix-oil ORG "Quarbix Oil Ltd"`},
		},
		{
			name:   "a town with its state after a comma",
			marked: "Beds\n\nIt added beds to [[Quarbix Care Homes Inc|ORG]] in full, in [[Quarbix|LOC]], S.C., last year.",
			want:   []string{`location:quarbix LOCATION "Quarbix" partial`, `org:quarbix-care-homes ORG "Quarbix Care Homes Inc"`},
		},
		{
			name:   "the word also inside another name",
			marked: "Oil\n\nThe group owns 56 pct of [[Quarbix Oil Ltd|ORG]] in full. A buyer will take a stake in [[Quarbix|LOC]] after the [[Tervane-Quarbix|ORG]] merger.",
			want:   []string{`org:quarbix ORG "Quarbix" ambiguous partial`, `org:quarbix-oil ORG "Quarbix Oil Ltd"`, `org:tervane-quarbix ORG "Tervane-Quarbix"`},
		},
	})
}

// TestFirstWordPlaceFirmsModel checks firstWordPlaceFirms through the whole
// extractor with the bundled model, on an article of our own: the model
// reads the headline's "HAWLEY" as a place, and the rule joins it to the
// firm the body names. (In the marked tests above the resolver joins an
// invented word to its firm by itself, so only this one fails when the
// rule is switched off.)
func TestFirstWordPlaceFirmsModel(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := ex.Extract(Article{Title: "<TERVANE LOCKS> ASSETS TO BE SOLD TO HAWLEY",
		Text: "Tervane Locks Inc said it reached an agreement under which a subsidiary of Hawley Mills\nLtd will buy assets of Tervane\nLocks for 51.3 mln dlrs."})
	var ids []string
	for _, e := range d.Entities {
		ids = append(ids, e.ID+" "+string(e.Type))
	}
	want := []string{"org:hawley-mills ORG", "org:tervane-locks ORG"}
	if !slices.Equal(ids, want) {
		t.Errorf("got %q, want %q", ids, want)
	}
}
