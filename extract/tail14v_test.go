package extract

import "testing"

// TestShipListed checks [shipListed]: names listed after a fleet's plural
// and a naming verb are ships, no entities.
func TestShipListed(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "three ships after \"vessels are\"",
			marked: "Fleet\n\nThe three [[Quarbin|ORG]] vessels are [[Lemmoshell|ORG]], [[East Vell|ORG]] and " +
				"[[Vell Star|ORG]], which carry oil, [[Quarbin|ORG]] said.",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "two tankers named after a comma",
			marked: "Fleet\n\nIt bought two tankers, named [[Orvo Tessen|PERSON]] and [[Tessa Dawn|ORG]], last year.",
			want:   nil,
		},
		{
			name:   "owners after the ships, no naming verb",
			marked: "Fleet\n\nThe ships are owned by [[Quarbin Lines|ORG]] and [[Vell Shipping|ORG]].",
			want:   []string{`org:quarbin-lines ORG "Quarbin Lines"`, `org:vell-shipping ORG "Vell Shipping"`},
		},
		{
			name:   "a list of firms, no ship's plural",
			marked: "Bids\n\nThe bidders are [[Quarbin Lines|ORG]] and [[Vell Shipping|ORG]].",
			want:   []string{`org:quarbin-lines ORG "Quarbin Lines"`, `org:vell-shipping ORG "Vell Shipping"`},
		},
	})
}

// TestUnnamedBody checks [Resolver.unnamedBody]: "a" and a people's
// adjective before a body's common noun name no body.
func TestUnnamedBody(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a bank left unnamed, before \"and\"",
			marked: "Loans\n\nThe fund lent 10 mln dlrs to a [[Chilean Bank|ORG]] and five mln to a farm.",
			want:   nil,
		},
		{
			name:   "before a full stop",
			marked: "Loans\n\nThe fund sold the stake to a [[Japanese Company|ORG]].",
			want:   nil,
		},
		{
			name:   "a staff noun after it: the body's name as an adjective",
			marked: "Loans\n\nA [[Kenyan Bank|ORG]] spokesman said the loan was repaid.",
			want:   []string{`org:kenyan-bank ORG "Kenyan Bank"`},
		},
		{
			name:   "no article before",
			marked: "Loans\n\nThe fund lent 10 mln dlrs to [[Chilean Bank|ORG]] and five mln to a farm.",
			want:   []string{`org:chilean-bank ORG "Chilean Bank"`},
		},
	})
}

// TestInitialPerson checks [initialPerson]: a first name, a middle
// initial and a surname before a comma and an office or "owner" is a
// person.
func TestInitialPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an owner of shares",
			marked: "Bid\n\nThe offer came from [[Harold T. Cross|ORG]], owner of nine pct of its shares.",
			want:   []string{`person:harold-t-cross PERSON "Harold T. Cross"`},
		},
		{
			name:   "a president after a line's end",
			marked: "Bid\n\nThe offer came from [[Martin Q. Gold|ORG]],\npresident of the fund, on Monday.",
			want:   []string{`person:martin-q-gold PERSON "Martin Q. Gold"`},
		},
		{
			name:   "a firm named after its founder, no office after it",
			marked: "Grain\n\nThe wheat was bought by [[Walter C. Gold|ORG]], the grain house, on Monday.",
			want:   []string{`org:walter-c-gold ORG "Walter C. Gold"`},
		},
		{
			name:   "no initial",
			marked: "Bid\n\nThe offer came from [[Harold Lemmo Cross|ORG]], owner of six pct.",
			want:   []string{`org:harold-lemmo-cross ORG "Harold Lemmo Cross"`},
		},
	})
}

// TestMiscasedPlace checks typeByWords' inner-capital case: a place the
// tables know stays a place when a word of it is miscased.
func TestMiscasedPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a known city miscased",
			marked: "Bid\n\nEarlier, [[New jErsey|LOC]] developer [[Orvo Tessen|PERSON]] made a bid.",
			want:   []string{`location:new-jersey LOCATION "New jErsey"`, `person:orvo-tessen PERSON "Orvo Tessen"`},
		},
		{
			name:   "an unknown name with an inner capital is a firm",
			marked: "Bid\n\nEarlier, [[Lemmo NewsVell|LOC]] made a bid.",
			want:   []string{`org:lemmo-newsvell ORG "Lemmo NewsVell"`},
		},
	})
}

func TestShipPluralIn(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"the three Quarbin vessels are ", true},
		{"two supertankers, named ", true},
		{"tankers", true},
		{"(trawlers) were ", true},
		{"the championships were ", false},
		{"its partnerships are ", false},
		{"the tankersmen are ", false},
		{"no fleet at all", false},
	} {
		if got := shipPluralIn(tt.s); got != tt.want {
			t.Errorf("shipPluralIn(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
