package extract

import "testing"

// TestCrudeGrades checks, on sentences of our own, that a crude grade
// named by a place the tables know and its quality or weight is no entity
// ([Resolver.crudeGrade]), and that a person of such a surname and a firm
// of such words stay.
func TestCrudeGrades(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a compass, a state and Sour",
			marked: "Oil\n\n[[Quarbin Oil Co|ORG]] raised [[West Nevada Sour|LOC]] by 50 cts a barrel.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
		{
			name:   "a weight word, a state and Sweet",
			marked: "Oil\n\nThe [[Light Oregon Sweet|ORG]] grade was cut, [[Quarbin Oil Co|ORG]] said.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
		{
			name:   "a state, a compass word after it and Sweet",
			marked: "Oil\n\n[[Utah Northwest Sweet|ORG]] rose to 17.00 dlrs, [[Quarbin Oil Co|ORG]] said.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
		{
			name:   "a weight word and a state alone",
			marked: "Oil\n\nThe [[Light Oregon|ORG]] grade was cut, [[Quarbin Oil Co|ORG]] said.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
		{
			name:   "a compass, a state and Intermediate",
			marked: "Oil\n\n[[South Nevada Intermediate|LOC]] fell, [[Quarbin Oil Co|ORG]] said.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`},
		},
		{
			name:   "a person whose surname is Sweet",
			marked: "Farm\n\n[[Dora Sweet|PER]] of [[Quarbin Oil Co|ORG]] spoke.",
			want:   []string{`org:quarbin-oil ORG "Quarbin Oil Co"`, `person:dora-sweet PERSON "Dora Sweet"`},
		},
		{
			name:   "a firm opening with Sweet",
			marked: "Farm\n\n[[Tervane Sweet|ORG]] said its sales rose.",
			want:   []string{`org:tervane-sweet ORG "Tervane Sweet"`},
		},
	})
}

// TestJudicialDistricts checks that a compass word, "District of" and a
// place the tables know, typed ORG, is a place ([Resolver.judicialDistrict]),
// and that a district of a place the tables do not know keeps its type.
func TestJudicialDistricts(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a court's district",
			marked: "Suit\n\nIt sued in the court for the [[Southern District of Nevada|ORG]].",
			want:   []string{`location:southern-district-of-nevada LOCATION "Southern District of Nevada"`},
		},
		{
			name:   "a district of a place not known",
			marked: "Suit\n\nIt sued in the [[Eastern District of Tervane|ORG]].",
			want:   []string{`org:eastern-district-of-tervane ORG "Eastern District of Tervane"`},
		},
	})
}

// TestMemberNouns checks that a member noun glued before a person's full
// name is cut off ([memberNounCut]), and that a first name of the same
// word with a surname alone stays whole.
func TestMemberNouns(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a party noun",
			marked: "Vote\n\nThe bill was backed by [[Tory Dara Quarbin|PER]] last week.",
			want:   []string{`person:dara-quarbin PERSON "Dara Quarbin"`},
		},
		{
			name:   "a band noun, typed ORG",
			marked: "Music\n\nThe song was written by the late [[Beatle Lio Tervane|ORG]].",
			want:   []string{`person:lio-tervane PERSON "Lio Tervane"`},
		},
		{
			name:   "a demonym noun",
			marked: "Golf\n\n[[Welshman Ned Lunmark|PER]] won the title.",
			want:   []string{`person:ned-lunmark PERSON "Ned Lunmark"`},
		},
		{
			name:   "a first name with a surname",
			marked: "Golf\n\n[[Finn Lunmark|PER]] won the title.",
			want:   []string{`person:finn-lunmark PERSON "Finn Lunmark"`},
		},
	})
}

// TestCommaPartners checks that a firm of single partners cut at commas
// before ", Inc" and a Dutch firm of partners joined by "en" are joined
// whole ([commaPartnerSpans]), and that a list of firms or of two names
// before a suffix is left cut.
func TestCommaPartners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "three partners, a comma and Inc",
			marked: "Ads\n\nIt hired the agency of Tervane, [[Quarbin|PER]], [[Lunmark, Inc|ORG]] for its account.",
			want:   []string{`org:tervane-quarbin-lunmark ORG "Tervane, Quarbin, Lunmark, Inc"`},
		},
		{
			name:   "the first partner spanned with an adjective",
			marked: "Oil\n\nAn analyst with [[Elkton-based Ardo|PER]], [[Quarbin|PER]], [[Lunmark, Inc|ORG]] spoke.",
			want:   []string{`org:ardo-quarbin-lunmark ORG "Ardo, Quarbin, Lunmark, Inc"`},
		},
		{
			name:   "a Dutch firm joined by en",
			marked: "Bonds\n\nThe issue is led by [[Tervane|ORG]], Quarbin en [[Lunmark NV|ORG]] this week.",
			want:   []string{`org:tervane-quarbin-en-lunmark ORG "Tervane, Quarbin en Lunmark NV"`},
		},
		{
			name:   "two names before a comma and Inc",
			marked: "Ads\n\nIt hired Tervane, [[Lunmark, Inc|ORG]] for its account.",
			want:   []string{`org:lunmark ORG "Lunmark, Inc"`},
		},
		{
			name:   "a list of firms, the last with its suffix",
			marked: "Oil\n\nIt sold stakes to [[Tervane|ORG]], [[Quarbin|ORG]], [[Lunmark Inc|ORG]] and others.",
			want:   []string{`org:lunmark ORG "Lunmark Inc"`, `org:quarbin ORG "Quarbin" partial`, `org:tervane ORG "Tervane" partial`},
		},
	})
}
