package extract

import "testing"

// The cases of tail14b's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestParagraphStartCue checks [paragraphStart] in [workCue]: a loose
// kind of work ending a headline is no cue for the name that opens the
// story under it; inside a sentence, and across a wrapped line, it is.
func TestParagraphStartCue(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a headline's title before the lead's name",
			marked: "Vell wins Quarbin title\n\n[[Anna Vell|PERSON]] won her first title in four years.",
			want:   []string{`person:anna-vell PERSON "Anna Vell"`},
		},
		{
			name:   "a headline's show before a firm",
			marked: "Quelby to back Tarrow show\n\n[[Quelby Foods|ORG]] is to sponsor a programme.",
			want:   []string{`org:quelby-foods ORG "Quelby Foods"`},
		},
		{
			name:   "a maker's title inside a sentence",
			marked: "Games\n\nSales of the Zorbit title [[Lemmox|ORG]] rose.",
			want:   []string{},
		},
		{
			name:   "a maker's title across a wrapped line",
			marked: "Games\n\nSales of the Zorbit title\n[[Lemmox|ORG]] rose.",
			want:   []string{},
		},
	})
}

// TestProvincePlace checks [provincePlace]: a name typed an organization
// or a person that ends in "Province" is the province, a place.
func TestProvincePlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the province of a country",
			marked: "Wildlife\n\nThe reserve in the [[Tervane Province|ORG]] of the north holds bears.",
			want:   []string{`location:tervane-province LOCATION "Tervane Province"`},
		},
		{
			name:   "typed a person",
			marked: "Floods\n\nOfficials in [[Quarbin Province|PERSON]] said the river rose.",
			want:   []string{`location:quarbin-province LOCATION "Quarbin Province"`},
		},
		{
			name:   "a body of the province",
			marked: "Phones\n\nThe [[Telecom Bureau of Tervane Province|ORG]] placed the order.",
			want:   []string{`org:telecom-bureau-of-tervane-province ORG "Telecom Bureau of Tervane Province"`},
		},
		{
			name:   "a possessive after it",
			marked: "Banks\n\n[[Quarbin Province|ORG]]'s lender raised its rates.",
			want:   []string{`org:quarbin-province ORG "Quarbin Province"`},
		},
	})
}

// TestTheFirmKind checks [theFirmKind]: a name typed a person between
// "the" and a firm's kind that ends the phrase is the firm.
func TestTheFirmKind(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the consultancy after a founder's name",
			marked: "Television\n\nHe is a partner of the [[Ann Quell Vellmore|PERSON]] consultancy, which advises broadcasters.",
			want:   []string{`org:ann-quell-vellmore ORG "Ann Quell Vellmore"`},
		},
		{
			name:   "the firm said",
			marked: "Deals\n\nThe [[Dora Vell|PERSON]] firm said it would bid.",
			want:   []string{`org:dora-vell ORG "Dora Vell"`},
		},
		{
			name:   "a government is a person's",
			marked: "Politics\n\nThe [[Dora Vell|PERSON]] government fell.",
			want:   []string{`person:dora-vell PERSON "Dora Vell"`},
		},
		{
			name:   "a noun after the kind",
			marked: "Deals\n\nShe met the [[Dora Vell|PERSON]] firm director.",
			want:   []string{`person:dora-vell PERSON "Dora Vell"`},
		},
		{
			name:   "no the before",
			marked: "Deals\n\nShe left a [[Dora Vell|PERSON]] firm.",
			want:   []string{`person:dora-vell PERSON "Dora Vell"`},
		},
	})
}

// TestLinkSpellingVariants checks [linkSpellingVariants]: two full names
// of one surname whose given names fold the same are one person, and the
// surname alone then goes to them.
func TestLinkSpellingVariants(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "k and c",
			marked: "Asylum\n\n[[Viktor Quarbov|PERSON]], 50, says he was let down. Mr [[Quarbov|PERSON]] left in 1990. [[Victor Quarbov|PERSON]] now lives in the north.",
			want:   []string{`person:viktor-quarbov PERSON "Viktor Quarbov"`},
		},
		{
			name:   "a last y and i",
			marked: "Chess\n\n[[Sergey Tallen|PERSON]] won. [[Sergei Tallen|PERSON]] had lost before.",
			want:   []string{`person:sergey-tallen PERSON "Sergey Tallen"`},
		},
		{
			name:   "a sister and a brother",
			marked: "Tennis\n\n[[Maria Quarbov|PERSON]] and [[Mario Quarbov|PERSON]] both won.",
			want:   []string{`person:maria-quarbov PERSON "Maria Quarbov"`, `person:mario-quarbov PERSON "Mario Quarbov"`},
		},
		{
			name:   "two given names",
			marked: "Tennis\n\n[[Anna Vell|PERSON]] and [[Dora Vell|PERSON]] both won.",
			want:   []string{`person:anna-vell PERSON "Anna Vell"`, `person:dora-vell PERSON "Dora Vell"`},
		},
	})
}

// TestFullNameAppositions checks [fullNameAppositions]: a short name and
// the full name the words "full name" join to it right after are one
// entity under the full name.
func TestFullNameAppositions(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "between dashes",
			marked: "Dairy arrests\n\nOn Monday [[Quarbin|ORG]] - full name [[Tervane Quarbin Dairy Industrial|ORG]] - confirmed its chairman was held. [[Quarbin|ORG]] shares fell.",
			want:   []string{`org:tervane-quarbin-dairy-industrial ORG "Tervane Quarbin Dairy Industrial"`},
		},
		{
			name:   "in a bracket with a colon",
			marked: "Dairy arrests\n\n[[Quarbin|ORG]] (full name: [[Tervane Quarbin Dairy|ORG]]) said more.",
			want:   []string{`org:tervane-quarbin-dairy ORG "Tervane Quarbin Dairy"`},
		},
		{
			name:   "no word shared",
			marked: "Dairy arrests\n\nOn Monday [[Quarbin|ORG]] - full name [[Tervane Dairy Industrial|ORG]] - confirmed the sale.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:tervane-dairy-industrial ORG "Tervane Dairy Industrial"`},
		},
		{
			name:   "other words between",
			marked: "Dairy arrests\n\n[[Quarbin|ORG]] noted that the full name of [[Tervane Quarbin Dairy Industrial|ORG]] would change.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:tervane-quarbin-dairy-industrial ORG "Tervane Quarbin Dairy Industrial"`},
		},
	})
}
