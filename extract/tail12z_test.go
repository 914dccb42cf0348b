package extract

import "testing"

// TestAcronymPlurals checks, on sentences of our own, that the plural of
// an acronym ending a span is cut, leaving the name before it, and that
// an acronym that is no plural, a plural of a word in lower case and an
// acronym plural alone are left.
func TestAcronymPlurals(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a city before disc jockeys",
			marked: "Radio\n\nThe regulator fined two [[Tervane City DJs|LOC]] on Monday.",
			want:   []string{`location:tervane-city LOCATION "Tervane City"`},
		},
		{
			name:   "a maker before its computers",
			marked: "Sales\n\nShops sold more [[Quarbin PCs|ORG]] than ever, said Ann Vell.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "an acronym that is no plural",
			marked: "Pay\n\nThe [[Tervane RMT|ORG]] union struck on Monday.",
			want:   []string{`org:tervane-rmt ORG "Tervane RMT"`},
		},
		{
			name:   "a plural of a word in lower case",
			marked: "Rugby\n\nThe [[Tervane Vikings|ORG]] won on Monday.",
			want:   []string{`org:tervane-vikings ORG "Tervane Vikings"`},
		},
		{
			name:   "a word in lower case before the plural",
			marked: "Roads\n\nFigures came from the [[Tervane Council for Road Safety as MPs|ORG]] met.",
			want:   []string{`org:tervane-council-for-road-safety ORG "Tervane Council for Road Safety"`},
		},
		{
			name:   "a plural word with one capital",
			marked: "Rugby\n\nThe [[Tervane Ys|ORG]] won on Monday.",
			want:   []string{`org:tervane-ys ORG "Tervane Ys"`},
		},
	})
}

// TestForPlaces checks, on sentences of our own, that a body named for a
// place and cut before "for" takes the place back, and that a place that
// goes on, a person after "for", a head in lower case and a word that is
// no body's head leave it as it was.
func TestForPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a commission for a region",
			marked: "Trade\n\nAccording to the [[Tervane Economic Commission|ORG]] for [[Latin Orvania|LOC]], trade rose.",
			want:   []string{`org:tervane-economic-commission-for-latin-orvania ORG "Tervane Economic Commission for Latin Orvania"`},
		},
		{
			name:   "a foundation for a country",
			marked: "Aid\n\nAnn Vell of the [[Quarbin Foundation|ORG]] for [[France|LOC]] said so.",
			want:   []string{`org:quarbin-foundation-for-france ORG "Quarbin Foundation for France"`},
		},
		{
			name:   "a place's possessive after it",
			marked: "Debt\n\nThe [[Tervane Fund|ORG]] for [[France|LOC]]'s debt was closed.",
			want:   []string{`country:FR COUNTRY "France"`, `org:tervane-fund ORG "Tervane Fund"`},
		},
		{
			name:   "a capitalized word after the place",
			marked: "Shares\n\nThe [[Quarbin Trust|ORG]] for [[France|LOC]] Vell shares was sold.",
			want:   []string{`country:FR COUNTRY "France"`, `org:quarbin-trust ORG "Quarbin Trust"`},
		},
		{
			name:   "a body typed a person",
			marked: "Aid\n\n\"Work is needed,\" said Ann Vell of the pro-democracy [[George Quarbin Foundation|PER]] for [[Southern Lemmia|LOC]].",
			want:   []string{`org:george-quarbin-foundation-for-southern-lemmia ORG "George Quarbin Foundation for Southern Lemmia"`},
		},
		{
			name:   "a person after for",
			marked: "Art\n\nThe [[Tervane Foundation|ORG]] for [[Ann Vell|PER]] opened.",
			want:   []string{`org:tervane-foundation ORG "Tervane Foundation"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no body's head before for",
			marked: "Trade\n\nThe [[Quarbin Bank|ORG]] for [[France|LOC]] lent more.",
			want:   []string{`country:FR COUNTRY "France"`, `org:quarbin-bank ORG "Quarbin Bank"`},
		},
	})
}

// TestPossessiveLists checks, on sentences of our own, that a list of
// names with "'s" that owns nothing, one of them a name whose "'s" is its
// own, gives each its "'s", and that a list owning a noun, a list of no
// such name and a name alone are left.
func TestPossessiveLists(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "three stores, the list closed by a comma",
			marked: "Shops\n\nThe deal joins stores like [[Macy|PER]]'s, [[Quarbin|PER]]'s and [[Tom Vell|PER]]'s, making a chain.",
			want:   []string{`org:macys ORG "Macy's" partial`, `org:quarbin ORG "Quarbin" partial`, `org:tom-vell ORG "Tom Vell"`},
		},
		{
			name:   "the known name again, in a headline",
			marked: "[[Macy|PER]]'s owner buys [[Quarbin|ORG]]\n\nThe deal joins stores like [[Macy|PER]]'s, [[Quarbin|PER]]'s and [[Tom Vell|PER]]'s, making a chain.",
			want:   []string{`org:macys ORG "Macy's" partial`, `org:quarbin ORG "Quarbin" partial`, `org:tom-vell ORG "Tom Vell"`},
		},
		{
			name:   "two stores before a dash",
			marked: "Shops\n\nThe owner of [[Macy|PER]]'s and [[Quarbin|PER]]'s - a chain - agreed.",
			want:   []string{`org:macys ORG "Macy's" partial`, `org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a list that owns a noun",
			marked: "Shops\n\nAnalysts read [[Macy|PER]]'s and [[Quarbin|PER]]'s results.",
			// tail13g: Macy's, written only with its "'s" in the article, is the
			// firm by possessiveOnlySpans; Quarbin, of no list, stays the person.
			want: []string{`org:macys ORG "Macy's" partial`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "a list of no such name",
			marked: "Shops\n\nThe chain sold [[Lemmo|PER]]'s, [[Quarbin|PER]]'s and [[Tom Vell|PER]]'s, its three stores.",
			want:   []string{`person:lemmo PERSON "Lemmo" partial`, `person:quarbin PERSON "Quarbin" partial`, `person:tom-vell PERSON "Tom Vell"`},
		},
	})
}
