package extract

import "testing"

// TestAirlineNames checks, on sentences of our own, that "Air" and
// capitalized words the recognizer took for a person or a place name an
// airline, and that an air force's rank, a longer name "Air" stands
// inside and a lower-case word after "Air" are left.
func TestAirlineNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "Air and a word typed a person",
			marked: "Travel\n\nThe fund paid fees to [[Air Quarbin|PER]], a carrier run by its founders.",
			want:   []string{`org:air-quarbin ORG "Air Quarbin"`},
		},
		{
			name:   "Air and a place's words typed a place",
			marked: "Travel\n\nThe group sought a tie-up with [[Air New Tervane|LOC]] last year.",
			want:   []string{`org:air-new-tervane ORG "Air New Tervane"`},
		},
		{
			name:   "an air force's rank",
			marked: "Defence\n\nThe review was led by [[Air Commodore Vell|PER]] last year.",
			want:   []string{`person:air-commodore-vell PERSON "Air Commodore Vell"`},
		},
		{
			name:   "Air inside a longer name",
			marked: "Travel\n\nThe crash of a Japan [[Air Lines Quarbin|PER]] jet was studied.",
			want:   []string{`country:JP COUNTRY "Japan"`, `person:air-lines-quarbin PERSON "Air Lines Quarbin"`},
		},
	})
}

// TestEnsembleNames checks, on sentences of our own, that a name ending
// in an orchestra's, a ballet company's or a choir's word is a body, and
// that an opera house and a name with no such word at its end are left.
func TestEnsembleNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an orchestra typed a place",
			marked: "Music\n\nShe became chief conductor of Lemmo's [[Radio Orchestra|LOC]] in 1990.",
			want:   []string{`org:radio-orchestra ORG "Radio Orchestra"`},
		},
		{
			name:   "a ballet company typed a person",
			marked: "Dance\n\nIn 1950 she founded the [[Quarbin Ballet|PER]] with a friend.",
			want:   []string{`org:quarbin-ballet ORG "Quarbin Ballet"`},
		},
		{
			name:   "an opera house",
			marked: "Music\n\nHe conducted at the [[Tervane State Opera|LOC]] in 1990.",
			want:   []string{`location:tervane-state-opera LOCATION "Tervane State Opera"`},
		},
		{
			name:   "an orchestra's hall",
			marked: "Music\n\nThey played at [[Tervane Orchestra Hall|LOC]] in 1990.",
			want:   []string{`location:tervane-orchestra-hall LOCATION "Tervane Orchestra Hall"`},
		},
	})
}

// TestPressKinds checks, on sentences of our own, that a paper's, a
// broadcaster's or a society's kind right before a name makes it a body,
// and that a verb after the name or no such kind before it leaves it.
func TestPressKinds(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a paper's kind before a name typed a person",
			marked: "Crime\n\nThe theft was reported by the regional paper [[Tervane Tidende|PER]].",
			want:   []string{`org:tervane-tidende ORG "Tervane Tidende"`},
		},
		{
			name:   "a society's kind and a comma before a name typed a place",
			marked: "Music\n\nThe complaint was filed by the performing rights society, [[Quarbo|LOC]], and others.",
			want:   []string{`org:quarbo ORG "Quarbo" partial`},
		},
		{
			name:   "a verb after the name",
			marked: "Media\n\nIt was printed in the paper [[Ann Vell|PER]] edits.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a kind of no body before the name",
			marked: "Media\n\nIt was read by the reporter [[Ann Vell|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestMastheadNames checks, on sentences of our own, that a place's name
// and a newspaper's masthead word make a newspaper, and that a person
// whose surname is such a word is left.
func TestMastheadNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a city and a masthead word typed a place",
			marked: "Sport\n\nHe told the [[Lisbon Examiner|LOC]] that he would stay.",
			want:   []string{`org:lisbon-examiner ORG "Lisbon Examiner"`},
		},
		{
			name:   "a surname that is a masthead word",
			marked: "Tennis\n\nHe lost to [[Rob Courier|PER]] in the final.",
			want:   []string{`person:rob-courier PERSON "Rob Courier"`},
		},
	})
}

// TestOwnerParticiples checks, on sentences of our own, that an
// apposition that calls a name a firm ends before the words that say who
// owns it, and that a person's apposition is left.
func TestOwnerParticiples(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an airline owned by",
			marked: "Business\n\nThe board paid fees to [[Quarbo Lemmings|PER]], an airline owned by two of its directors.",
			want:   []string{`org:quarbo-lemmings ORG "Quarbo Lemmings"`},
		},
		{
			name:   "a person's apposition",
			marked: "Business\n\nThe fees went to [[Quarbo Lemmings|PER]], an airline pilot owed money by the board.",
			want:   []string{`person:quarbo-lemmings PERSON "Quarbo Lemmings"`},
		},
	})
}

// TestFirmPluralBefore checks, on sentences of our own, that a list of
// firms that a plural noun for firms, a dash and "including" open takes a
// name typed a person, and that a list of people is left.
func TestFirmPluralBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a dash between the plural and including",
			marked: "Shops\n\nOther retailers - including [[Quarbos|PER]] and [[Zorbit|ORG]] - did well.",
			want:   []string{`org:quarbos ORG "Quarbos" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a comma between the plural and including",
			marked: "Shops\n\nSome retailers, including [[Lemmings|PER]], did well.",
			want:   []string{`org:lemmings ORG "Lemmings" partial`},
		},
		{
			name:   "a dash after a plural of people",
			marked: "Shops\n\nOther shoppers - including [[Ann Vell|PER]] - did well.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestAdviserFirms checks, on sentences of our own, that a plural of
// advisers right before one name typed a person makes it a firm, and
// that a list of people after it and a name after a comma are left.
func TestAdviserFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "auditors before one name",
			marked: "Business\n\nShe said external auditors [[Rob Quarbin|PER]] had approved the accounts.",
			want:   []string{`org:rob-quarbin ORG "Rob Quarbin"`},
		},
		{
			name:   "brokers before two people",
			marked: "Business\n\nThe brokers [[Ann Vell|PER]] and [[Rob Quarbin|PER]] said prices rose.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`, `person:rob-quarbin PERSON "Rob Quarbin"`},
		},
		{
			name:   "a comma before the name",
			marked: "Business\n\nHis accountants, [[Ann Vell|PER]], said prices rose.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestBroadcastKinds checks, on sentences of our own, that a television
// or radio station's kind before a name makes it a body, and that a
// station with no such word before it is left.
func TestBroadcastKinds(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "television station before a name typed a place",
			marked: "Football\n\nHe said so on television station [[Tervane Plus|LOC]].",
			want:   []string{`org:tervane-plus ORG "Tervane Plus"`},
		},
		{
			name:   "a railway station",
			marked: "Travel\n\nThey met at the railway station [[Lemmo Cross|LOC]].",
			want:   []string{`location:lemmo-cross LOCATION "Lemmo Cross"`},
		},
	})
}
