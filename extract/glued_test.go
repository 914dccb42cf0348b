package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// TestGluedWords checks, on sentences of our own, that a credit rating
// before a company and a town after a company's "of" are cut from the
// company's name, while names whose "of" is part of them stay whole.
func TestGluedWords(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   []string // every entity but MISC
	}{
		{
			name:   "a graded rating before a company",
			marked: "Ratings\n\nThe agency cut to CCC from [[B-minus Zentor Industries Corp|ORG]]'s debentures and raised [[BBB-plus Halvane Co|ORG]].",
			want:   []string{`org:halvane ORG "Halvane Co."`, `org:zentor-industries ORG "Zentor Industries Corp"`},
		},
		{
			name:   "a rating of letters after from",
			marked: "Ratings\n\nIt was raised to A from [[BBB Quarbin Co|ORG]]'s notes and to B-1 from [[B-3 Tervane Inc|ORG]]'s, not from [[A Ministry|ORG]].",
			want:   []string{`org:a-ministry ORG "A Ministry"`, `org:quarbin ORG "Quarbin Co"`, `org:tervane ORG "Tervane Inc"`},
		},
		{
			name:   "letters that begin a name stay",
			marked: "Deals\n\n[[AB Molvik|ORG]] and [[BBB Lumber Inc|ORG]] said [[AAA Utilities|ORG]] rose, as did [[A-1 Kelton Glass|ORG]].",
			want:   []string{`org:a-1-kelton-glass ORG "A-1 Kelton Glass"`, `org:aaa-utilities ORG "AAA Utilities"`, `org:ab-molvik ORG "AB Molvik"`, `org:bbb-lumber ORG "BBB Lumber Inc"`},
		},
		{
			name:   "a town and a state after a company",
			marked: "Deals\n\nIt bought [[Quarbin Holdings Corp of Elkton|ORG]], [[Md.|LOC]], and [[Tervane Management Inc of Glen Farrow|ORG]], [[Colorado|LOC]], for cash.",
			want: []string{`location:colorado LOCATION "Colorado" partial`, `location:elkton LOCATION "Elkton" partial`, `location:glen-farrow LOCATION "Glen Farrow"`,
				`location:maryland LOCATION "Maryland"`, `org:quarbin ORG "Quarbin Holdings Corp"`, `org:tervane-management ORG "Tervane Management Inc"`},
		},
		{
			name:   "a country or state in the name stays",
			marked: "Deals\n\n[[Dorvale Mining Co of Canada|ORG]], [[Toronto|LOC]], agreed.",
			want:   []string{`location:toronto LOCATION "Toronto" partial`, `org:dorvale-mining-co-of-canada ORG "Dorvale Mining Co of Canada"`},
		},
		{
			name:   "a town read as a person",
			marked: "Deals\n\nIt is run by [[Quarbin Corp.|ORG]] of [[Parker|PER]], [[Colo.|LOC]], and [[Dale Ferris|PER]], [[Tervane|ORG]]'s head, on behalf of [[Ferris|PER]], [[US|LOC]] envoy.",
			want: []string{`country:US COUNTRY "United States"`, `location:colorado LOCATION "Colorado"`, `location:parker LOCATION "Parker" partial`,
				`org:quarbin ORG "Quarbin Corp."`, `org:tervane ORG "Tervane" partial`, `person:dale-ferris PERSON "Dale Ferris"`},
		},
		{
			name:   "no state after the town",
			marked: "Deals\n\n[[Kelbrook Trust Co of Marston|ORG]], a bank, said so.",
			want:   []string{`org:kelbrook-trust-co-of-marston ORG "Kelbrook Trust Co of Marston"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewResolver(ResolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := text.Tokenize(body)
			got := summaryOf(r.Resolve(body, sents, spansFor(sents, marks)), true)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestRatingForm(t *testing.T) {
	tests := []struct {
		w      string
		base   string
		graded bool
	}{
		{"B-minus", "B", true}, {"BBB-plus", "BBB", true}, {"Baa3", "Baa", true}, {"Baa-3", "Baa", true},
		{"AA+", "AA", true}, {"CCC", "CCC", false}, {"AB", "", false}, {"Bank", "", false}, {"BBC", "", false},
		{"Ab", "", false}, {"Aa", "Aa", false}, {"A-1", "A", false}, {"B3", "B", false},
	}
	for _, tt := range tests {
		base, graded := ratingForm(tt.w)
		if base != tt.base || graded != tt.graded {
			t.Errorf("ratingForm(%q) = %q, %v; want %q, %v", tt.w, base, graded, tt.base, tt.graded)
		}
	}
}

// TestFacilitiesAndEvents checks, on sentences of our own, that a
// facility named by its kind ("Nuclear Plant", "Refinery") is a place and
// an event named by its head ("Lecture", "Race") is no entity, whatever the
// recognizer said, while people and bodies with such last words stay.
func TestFacilitiesAndEvents(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   []string // every entity but MISC
	}{
		{
			name:   "plants, fields and refineries",
			marked: "Power\n\n[[Torvane Nuclear Plant|ORG]] and [[Kelso Gas Field|PER]] shut, as did the [[El Marsan Refinery|ORG]], said [[Robert Plant|PER]].",
			want: []string{`location:el-marsan-refinery LOCATION "El Marsan Refinery"`, `location:kelso-gas-field LOCATION "Kelso Gas Field"`,
				`location:torvane-nuclear-plant LOCATION "Torvane Nuclear Plant"`, `person:robert-plant PERSON "Robert Plant"`},
		},
		{
			name:   "a body named Project stays",
			marked: "Power\n\nThe [[Public Oversight Project|ORG]] praised [[Cowlitz Hydroelectric Project|ORG]] and its [[Power Project|ORG]].",
			want:   []string{`location:cowlitz-hydroelectric-project LOCATION "Cowlitz Hydroelectric Project"`, `org:public-oversight-project ORG "Public Oversight Project"`},
		},
		{
			name:   "lectures and races",
			marked: "Events\n\n[[Dame Ada Kerr|PER]] gave the [[Marlow Lecture|PER]] before the [[Kestrel Champions Race|LOC]].",
			want:   []string{`person:ada-kerr PERSON "Ada Kerr"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewResolver(ResolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := text.Tokenize(body)
			got := summaryOf(r.Resolve(body, sents, spansFor(sents, marks)), true)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestFacilityAfter checks, on sentences of our own, that a name before a
// field, a mine or an arena is a place, while owners, countries and peoples
// before such nouns keep their types.
func TestFacilityAfter(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   []string // every entity but MISC
	}{
		{
			name:   "fields, mines and arenas",
			marked: "Oil\n\nOutput at the [[Kelvara|ORG]] field rose and [[Dorvane|ORG]]'s [[Joe Marle|PER]] mine shut, near the [[Tor di Marra|PER]] arena.",
			want: []string{`location:joe-marle LOCATION "Joe Marle"`, `location:kelvara LOCATION "Kelvara" partial`,
				`location:tor-di-marra LOCATION "Tor di Marra"`, `org:dorvane ORG "Dorvane" partial`},
		},
		{
			name:   "owners, countries and peoples stay",
			marked: "Oil\n\nThe [[Halvex|ORG]] refinery, the [[British-operated|MISC]] field, the [[Norway|LOC]] field and the [[Canadian|MISC]] mine shut, said [[Ada Kerr|PER]] at the mine.",
			want:   []string{`country:NO COUNTRY "Norway"`, `org:halvex ORG "Halvex" partial`, `person:ada-kerr PERSON "Ada Kerr"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewResolver(ResolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := text.Tokenize(body)
			got := summaryOf(r.Resolve(body, sents, spansFor(sents, marks)), true)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestPairedWords checks, on sentences of our own, that a firm cut at the
// "and" of a fixed pair ("Exploration and Production", "Gas and Electric")
// is made whole, while two firms joined by another "and" stay two.
func TestPairedWords(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   []string // every entity but MISC
	}{
		{
			name:   "cut at the pair's and",
			marked: "Oil\n\n[[Halvex U.K. Exploration|ORG]] and Production said [[Marlow Gas|LOC]] and [[Electric Co|ORG]] and the [[Chesapeake|LOC]] and Ohio railway agreed.",
			want: []string{`org:chesapeake-and-ohio ORG "Chesapeake and Ohio"`,
				`org:halvex-uk-exploration-and-production ORG "Halvex U.K. Exploration and Production"`, `org:marlow-gas-and-electric ORG "Marlow Gas and Electric Co"`},
		},
		{
			name:   "two firms stay two",
			marked: "Oil\n\n[[Halvex Exploration|ORG]] and [[Dorvane Petroleum|ORG]] agreed.",
			want:   []string{`org:dorvane-petroleum ORG "Dorvane Petroleum"`, `org:halvex-exploration ORG "Halvex Exploration"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewResolver(ResolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := text.Tokenize(body)
			got := summaryOf(r.Resolve(body, sents, spansFor(sents, marks)), true)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestOfficeTown checks, on sentences of our own, that the town of a
// body's office glued to the body's name becomes a place of its own, and
// that names ending in a town stay whole.
func TestOfficeTown(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a body's town staff",
			marked: "Staff\n\nShe is a member of the [[Association of Tervane Bond Dealers London|ORG]] staff.",
			want:   []string{`location:london LOCATION "London" partial`, `org:association-of-tervane-bond-dealers ORG "Association of Tervane Bond Dealers"`},
		},
		{
			name:   "a bank's town branch",
			marked: "Loans\n\nThe [[Bank of Quarbin Tervane Tokyo|ORG]] branch lent more.",
			want:   []string{`location:tokyo LOCATION "Tokyo" partial`, `org:bank-of-quarbin-tervane ORG "Bank of Quarbin Tervane"`},
		},
		{
			name:   "a town right after of",
			marked: "Staff\n\nThe [[Tervane Bank of London|ORG]] staff rose.",
			want:   []string{`org:tervane-bank-of-london ORG "Tervane Bank of London"`},
		},
		{
			name:   "no office word after it",
			marked: "Staff\n\nThe [[Association of Tervane Bond Dealers London|ORG]] said so.",
			want:   []string{`org:association-of-tervane-bond-dealers-london ORG "Association of Tervane Bond Dealers London"`},
		},
	})
}

// TestCountBefore checks, on sentences of our own, that a number opening
// the sentence and counting the noun after a name is no part of the name.
func TestCountBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a number, a firm, a plural noun",
			marked: "Shops\n\n[[Five Tervane|ORG]] megastores and 150 Quarbin shops will close.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a name that begins with a number word",
			marked: "Hotels\n\n[[Four Tervane|ORG]] said it would open a hotel.",
			want:   []string{`org:four-tervane ORG "Four Tervane"`},
		},
		{
			name:   "inside a sentence",
			marked: "Hotels\n\nShares of [[Four Tervane|ORG]] hotels rose.",
			want:   []string{`org:four-tervane ORG "Four Tervane"`},
		},
	})
}
