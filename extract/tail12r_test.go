package extract

import "testing"

// TestLocalNumbers: a union local's number kept in its name (tail12r,
// localnumbers.go).
func TestLocalNumbers(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a local and its number",
			marked: "Strike\n\nMembers of [[Quarbin Workers Local|ORG]] 417 voted to accept the offer.",
			want:   []string{`org:quarbin-workers-local-417 ORG "Quarbin Workers Local 417"`},
		},
		{
			name:   "two locals",
			marked: "Strike\n\nBargainers for [[Quarbin Workers Locals|ORG]] 17 and 41 walked out.",
			want:   []string{`org:quarbin-workers-locals ORG "Quarbin Workers Locals"`},
		},
		{
			name:   "no number after the local",
			marked: "Strike\n\nThe [[Quarbin Workers Local|ORG]] said it would vote.",
			want:   []string{`org:quarbin-workers-local ORG "Quarbin Workers Local"`},
		},
	})
}

// TestPluralHeads: a span headed by a plural of a body's head names no one
// body (tail12r, pluralheads.go).
func TestPluralHeads(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two departments with one head",
			marked: "Talks\n\nThe Tervane and [[Lemmox Departments|ORG]] said talks went on.",
			want:   nil,
		},
		{
			name:   "a plural head before of",
			marked: "Talks\n\nThe [[Departments of Tervane and Lemmox|ORG]] are close to a deal.",
			want:   nil,
		},
		{
			name:   "names joined by and before a plural in lower case",
			marked: "Talks\n\nThe [[Tervane and Lemmox|ORG]] ministries met on Monday.",
			want:   nil,
		},
		{
			name:   "one name before a plural in lower case",
			marked: "Talks\n\nThe [[Tervane Lemmox|ORG]] ministries met on Monday.",
			want:   []string{`org:tervane-lemmox ORG "Tervane Lemmox"`},
		},
		{
			name:   "a facility of the departments",
			marked: "Weather\n\nThe [[Quarbin Weather Facility of the Tervane Departments|ORG]] said rain fell.",
			want:   []string{`org:quarbin-weather-facility-of-the-tervane-departments ORG "Quarbin Weather Facility of the Tervane Departments"`},
		},
		{
			name:   "a plural outside the heads",
			marked: "Strike\n\nThe [[Quarbin Workers Commissions|ORG]] union called a strike.",
			want:   []string{`org:quarbin-workers-commissions ORG "Quarbin Workers Commissions"`},
		},
	})
}

// TestInPlaces: where a body sits cut from its name (tail12r, inplaces.go).
func TestInPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a committee in parliament",
			marked: "Yen\n\nHe told the [[Quarbin House Budget Committee in Parliament|ORG]] that rates would fall.",
			want:   []string{`org:quarbin-house-budget-committee ORG "Quarbin House Budget Committee"`},
		},
		{
			name:   "an association in a known city",
			marked: "Banks\n\nA man from the [[Tervane Lending Association in Cologne|ORG]] said so.",
			want:   []string{`org:tervane-lending-association ORG "Tervane Lending Association"`},
		},
		{
			name:   "a bank's name with in",
			marked: "Banks\n\nShares of [[Tervane Bank in Cologne|ORG]] rose.",
			want:   []string{`org:tervane-bank-in-cologne ORG "Tervane Bank in Cologne"`},
		},
		{
			name:   "no place after in",
			marked: "Banks\n\nShe chairs the [[Tervane Association in Lemmox Quarbin|ORG]] group.",
			want:   []string{`org:tervane-association-in-lemmox-quarbin ORG "Tervane Association in Lemmox Quarbin"`},
		},
	})
}

// TestOnSubjects: a body's subject after its head and "on" (tail12r,
// onsubjects.go).
func TestOnSubjects(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the head in a span of its own",
			marked: "Aid\n\nHe told the [[Tervane Subcommittee|ORG]] on [[Lending Institutions|ORG]] that aid would rise.",
			want:   []string{`org:tervane-subcommittee-on-lending-institutions ORG "Tervane Subcommittee on Lending Institutions"`},
		},
		{
			name:   "the head in no span",
			marked: "Aid\n\nThe Tervane Centre on [[Lending Institutions|ORG]] issued a report.",
			want:   []string{`org:tervane-centre-on-lending-institutions ORG "Tervane Centre on Lending Institutions"`},
		},
		{
			name:   "a head in lower case",
			marked: "Aid\n\nHe told a Tervane subcommittee on [[Lending Institutions|ORG]] that aid would rise.",
			want:   nil,
		},
		{
			name:   "a span ending in on and a word",
			marked: "Aid\n\nThe matter went to the [[Standing Committee on Company|ORG]] [[Law Reform|ORG]] this week.",
			want:   []string{`org:standing-committee-on-company-law-reform ORG "Standing Committee on Company Law Reform"`},
		},
		{
			name:   "a hyphened head in lower case",
			marked: "Aid\n\nHe told the Tervane sub-committee on [[Lending Institutions|ORG]] that aid would rise.",
			want:   nil,
		},
		{
			name:   "a name after on",
			marked: "Aid\n\nHe told the [[Tervane Committee|ORG]] on [[Quarbin Lemmox|ORG]] that it would sell.",
			want:   []string{`org:quarbin-lemmox ORG "Quarbin Lemmox"`, `org:tervane-committee ORG "Tervane Committee"`},
		},
		{
			name:   "a firm after on",
			marked: "Aid\n\nHe told the [[Tervane Committee|ORG]] on [[Quarbin Lemmox Company|ORG]] that it would sell.",
			want:   []string{`org:quarbin-lemmox ORG "Quarbin Lemmox Company"`, `org:tervane-committee ORG "Tervane Committee"`},
		},
	})
}
