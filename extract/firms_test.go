package extract

import (
	"testing"
)

// TestFirmSpans checks that a firm's name cut at its "and" is joined when a
// company suffix follows the word after it and the first part never stands
// alone in the article, on sentences of our own with the recognizer's cuts
// given as marks; two names joined by "and" stay two.
func TestFirmSpans(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   []string // every entity but MISC
	}{
		{
			name:   "suffix after the second word, then the bare form and capitals",
			marked: "[[Pardell|PER]] and [[Voss Corp|ORG]] said sales rose. [[PARDELL|ORG]] AND [[VOSS|ORG]] SEES GAIN. [[Pardell|PER]] and [[Voss|PER]] makes valves.",
			want:   []string{`org:pardell-and-voss ORG "Pardell and Voss Corp"`},
		},
		{
			name:   "suffix inside the second span, with a place after it",
			marked: "The loan came from [[Finance|ORG]] and [[Credit Corp of Ruritania|ORG]], bankers said.",
			want:   []string{`org:finance-and-credit-corp-of-ruritania ORG "Finance and Credit Corp of Ruritania"`},
		},
		{
			name:   "the suffix left out of the span",
			marked: "The buyer is [[Halloran Welsh|PER]] and [[Kemp|ORG]] Inc of Ohio.",
			want:   []string{`org:halloran-welsh-and-kemp ORG "Halloran Welsh and Kemp Inc"`},
		},
		{
			name:   "the first part named alone elsewhere, in another case",
			marked: "[[DuMont|ORG]] and [[Belko Corp|ORG]] agreed. [[Dumont|ORG]] will run it.",
			want:   []string{`org:belko ORG "Belko Corp"`, `org:dumont ORG "DuMont" partial`},
		},
		{
			name:   "the first part named alone elsewhere",
			marked: "[[Ostrander|ORG]] and [[Belko Corp|ORG]] agreed a venture. [[Ostrander|ORG]] said the plant would open in 1990.",
			want:   []string{`org:belko ORG "Belko Corp"`, `org:ostrander ORG "Ostrander" partial`},
		},
		{
			name:   "a country and a company",
			marked: "[[Japan|LOC]] and [[Toyota Motor Corp|ORG]] agreed.",
			want:   []string{`country:JP COUNTRY "Japan"`, `org:toyota-motor ORG "Toyota Motor Corp"`},
		},
		{
			name:   "no suffix: two people stay two",
			marked: "[[Ann Rigby|PER]] and [[Marsh|PER]] met in [[Paris|LOC]].",
			want:   []string{`location:paris LOCATION "Paris" partial`, `person:ann-rigby PERSON "Ann Rigby"`, `person:marsh PERSON "Marsh" partial`},
		},
		{
			name:   "a known connector name with the possessive's apostrophe lost",
			marked: "[[Tate and Lyle Plc|ORG]] said sugar is refined at [[Tate|LOC]] and [[Lyles|LOC]] refinery.",
			want:   []string{`org:tate-and-lyle ORG "Tate and Lyle Plc"`},
		},
	}
	checkMarked(t, tests)
}

// TestCompanyOfName checks that a person's or a place's name that begins a
// company's name written with its suffix in the article is the company,
// on sentences of our own; real places and people named by their surname
// stay apart.
func TestCompanyOfName(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   []string // every entity but MISC
	}{
		{
			name:   "a company's short name typed as a person",
			marked: "[[Harland Pryce Commodities Ltd|ORG]] said on Monday that [[Harland Pryce|PER]] would buy the stake.",
			want:   []string{`org:harland-pryce-commodities ORG "Harland Pryce Commodities Ltd"`},
		},
		{
			name:   "a company's short name typed as a place",
			marked: "[[Bright Meadow Industries Inc|ORG]] said [[Bright Meadow|LOC]] earnings rose.",
			want:   []string{`org:bright-meadow-industries ORG "Bright Meadow Industries Inc"`},
		},
		{
			name:   "the surname that ends a company named after a person",
			marked: "[[Abel Marsden Inc|ORG]] shares fell after [[Marsden|PER]] lost the patent, analysts said.",
			want:   []string{`org:abel-marsden ORG "Abel Marsden Inc"`},
		},
		{
			name:   "a person's name the recognizer took for a company",
			marked: "[[Abel Marsden|ORG]] resigned, the company said. [[Marsden|PER]] is 62.",
			want:   []string{`org:abel-marsden ORG "Abel Marsden"`, `person:marsden PERSON "Marsden" partial`},
		},
		{
			name:   "a person of the article with that surname comes first",
			marked: "[[Abel Marsden|ORG]] hired [[Joan Marsden|PER]]. [[Marsden|PER]] starts on Monday.",
			want:   []string{`org:abel-marsden ORG "Abel Marsden"`, `person:joan-marsden PERSON "Joan Marsden"`},
		},
		{
			name:   "a national side",
			marked: "[[Jon Pell|PER]] was dropped from the [[Wales XV|LOC]] to face [[Louis XV|PER]].",
			want:   []string{`org:wales-xv ORG "Wales XV"`, `person:jon-pell PERSON "Jon Pell"`, `person:louis-xv PERSON "Louis XV"`},
		},
		{
			name:   "a real place stays a place",
			marked: "[[Hong Kong Land Co Ltd|ORG]] said rents in [[Hong Kong|LOC]] rose.",
			want:   []string{`location:hong-kong LOCATION "Hong Kong"`, `org:hong-kong-land ORG "Hong Kong Land Co Ltd"`},
		},
		{
			name:   "a founder named by his surname stays a person",
			marked: "[[Tam Wai-ming Foundations Ltd|ORG]] gave the money, [[Tam Wai-ming|PER]] said. [[Tam|PER]] is 70.",
			want:   []string{`org:tam-wai-ming-foundations ORG "Tam Wai-ming Foundations Ltd"`, `person:tam-wai-ming PERSON "Tam Wai-ming"`},
		},
	}
	checkMarked(t, tests)
}
