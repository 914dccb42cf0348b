package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// TestTableFiguresAndPluralAcronyms checks that prices and grade numbers
// are cut from the names of price tables and that acronyms in the plural
// are no entities, on lines of our own; names that begin with a figure
// stay whole.
func TestTableFiguresAndPluralAcronyms(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   []string // every entity but MISC
	}{
		{
			name:   "a price before a grade, a figure alone",
			marked: "Cocoa\n\nQuotes were [[3,115N Tamborin|PER]] and [[18.50N Kerala|ORG]] for [[1,040|ORG]] tonnes.",
			want:   []string{`org:kerala ORG "Kerala" partial`, `person:tamborin PERSON "Tamborin" partial`},
		},
		{
			name:   "the number of a partnership; a grade stays as it was",
			marked: "Coffee\n\n[[Bahia No|ORG]]. 3 rose and [[Redrock Drilling Partners No|ORG]] 4 said it would pay.",
			want:   []string{`org:bahia-no ORG "Bahia No"`, `org:redrock-drilling-partners ORG "Redrock Drilling Partners"`},
		},
		{
			name:   "names that begin with a figure",
			marked: "Gadgets\n\nThe [[4Play Radio|ORG]] show at [[3Com|ORG]] was seen by [[10 Downing Street|LOC]].",
			want:   []string{`location:10-downing-street LOCATION "10 Downing Street"`, `org:3com ORG "3Com" partial`, `org:4play-radio ORG "4Play Radio"`},
		},
		{
			name:   "a company's number and a year",
			marked: "Deals\n\n[[3100 Wholesalers Inc|ORG]] bought [[1988 Harwick|ORG]] stakes.",
			want:   []string{`org:3100-wholesalers ORG "3100 Wholesalers Inc"`, `org:harwick ORG "Harwick" partial`},
		},
		{
			name:   "small words at the end",
			marked: "Banks\n\nIt lent to the [[Bank for the|ORG]] previous week, said the [[Enforcement Division of the|ORG]] (SEC).",
			want:   []string{`org:enforcement-division ORG "Enforcement Division"`},
		},
		{
			name:   "acronyms in the plural",
			marked: "Gadgets\n\nSales of [[PVRs|ORG]], [[HD|ORG]] sets and [[LEDs|ORG]] rose, [[Philips|ORG]] said, and [[MEPs|ORG]] agreed.",
			want:   []string{`org:philips ORG "Philips" partial`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewResolver(ResolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			// The tokenizer the pipeline runs, which keeps "3,115N" whole.
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := text.Tokenize(body)
			es := r.Resolve(body, sents, spansFor(sents, marks))
			got := summaryOf(es, true)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestCommonWordPlaces checks that a common word alone that the recognizer
// took for a place is no entity, on sentences of our own, and that real
// places, capitals and regions stay.
func TestCommonWordPlaces(t *testing.T) {
	r, err := NewResolver(ResolveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	marked := "Charts\n\nThe band's [[Network|LOC]] tour and [[Floor|LOC]] sold out in [[Arbroath|LOC]], [[Paris|LOC]] and [[Texas|LOC]], " +
		"said [[Ann Rigby|PER]] of [[Spring Hill|LOC]]. Farms in [[Mass|LOC]]. grew."
	_, _, es, err := resolveMarked(r, marked)
	if err != nil {
		t.Fatal(err)
	}
	got := summaryOf(es, true)
	want := []string{`location:arbroath LOCATION "Arbroath" partial`, `location:mass LOCATION "Mass" partial`, `location:paris LOCATION "Paris" partial`,
		`location:spring-hill LOCATION "Spring Hill"`, `location:texas LOCATION "Texas" partial`, `person:ann-rigby PERSON "Ann Rigby"`}
	if !slices.Equal(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestOpeningArticle checks that "A" or "An" opening a sentence is cut
// from a name that modifies the noun after it, and that a man named An
// and an initial in a list keep theirs.
func TestOpeningArticle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a spokeswoman of a body",
			marked: "Vote\n\nThe poll closed. [[An Tervane Commission|ORG]] spokeswoman said it went well.",
			want:   []string{`org:tervane-commission ORG "Tervane Commission"`},
		},
		{
			name:   "a generic head alone",
			marked: "Rubber\n\nPrices rose. [[A Council|ORG]] meeting is due in May.",
			want:   nil,
		},
		{
			name:   "a man named An",
			marked: "Computers\n\nSales rose. [[An Okafor|PER]] said they would rise again.",
			want:   []string{`person:an-okafor PERSON "An Okafor"`},
		},
	})
}
