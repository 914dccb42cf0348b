package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestEchoPartnerSpans checks tail14u's firms of partners cut at a comma,
// an "and" or between two spans: joined where the article writes the
// same words as one firm elsewhere, left where it does not or where the
// name goes on.
func TestEchoPartnerSpans(t *testing.T) {
	checkMentions(t, []markedCase{
		{
			name:   "cut at a comma, the firm whole elsewhere",
			marked: "Bids\n\n[[Tervane Quarbin|ORG]] bought the mill. It had competed against [[Tervane|LOC]], [[Quarbin|PER]] to buy it.",
			want:   []string{`org:tervane-quarbin ORG [Tervane Quarbin|Tervane, Quarbin]`},
		},
		{
			name:   "cut at and, the firm with a suffix elsewhere",
			marked: "Bids\n\n[[Walters and Kemp P.C.|ORG]] filed papers. [[Walters|ORG]] and [[Kemp|PER]] told the court it opposes the plan.",
			want:   []string{`org:walters-and-kemp-pc ORG [Walters and Kemp P.C.|Walters and Kemp]`},
		},
		{
			name:   "two spans side by side",
			marked: "Bids\n\n[[Lunmark Tervane|ORG]] bought the mill. The deal with [[Lunmark|LOC]] [[Tervane|ORG]] closed.",
			want:   []string{`org:lunmark-tervane ORG [Lunmark Tervane|Lunmark Tervane]`},
		},
		{
			name:   "no echo: two firms",
			marked: "Bids\n\nIt had competed against [[Tervane|ORG]], [[Quarbin|ORG]] to buy it.",
			want:   []string{`org:quarbin ORG [Quarbin]`, `org:tervane ORG [Tervane]`},
		},
		{
			name:   "the name goes on after and",
			marked: "Bids\n\n[[Tervane Quarbin|ORG]] bought the mill. It had competed against [[Tervane|ORG]], [[Quarbin|ORG]] and [[Ostra|ORG]] to buy it.",
			want:   []string{`org:ostra ORG [Ostra]`, `org:tervane ORG [Tervane]`, `org:tervane-quarbin ORG [Tervane Quarbin|Quarbin]`},
		},
		{
			name:   "the name goes on in capitals",
			marked: "Bids\n\n[[Tervane Quarbin|ORG]] bought the mill. The deal with [[Tervane|ORG]], [[Quarbin|ORG]] Ostra closed.",
			want:   []string{`org:quarbin-ostra ORG [Quarbin Ostra]`, `org:tervane ORG [Tervane]`, `org:tervane-quarbin ORG [Tervane Quarbin]`},
		},
		{
			name:   "the echo is no firm",
			marked: "Bids\n\n[[Tervane Quarbin|PER]] bought the mill. It had competed against [[Tervane|ORG]], [[Quarbin|ORG]] to buy it.",
			want:   []string{`person:tervane-quarbin PERSON [Tervane Quarbin|Tervane|Quarbin]`},
		},
	})
}

// TestCountryAffixAndDateTail checks tail14u's two cuts of a mention's
// words: a lower-case word a hyphen glues to a country's name, and a date
// after a name.
func TestCountryAffixAndDateTail(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a country and a lower-case word",
			marked: "Arms\n\nNo more [[U.S.-origin|LOC]] arms go to the rebels.",
			want:   []string{`country:US COUNTRY "United States"`},
		},
		{
			name:   "a lower-case prefix and a country",
			marked: "Arms\n\nHalf its profit comes from [[intra-U.K.|LOC]] flights.",
			want:   []string{`country:GB COUNTRY "United Kingdom"`},
		},
		{
			name:   "two capitalized parts",
			marked: "Arms\n\nThe [[U.S.-Japan|LOC]] talks went on.",
			want:   []string{`location:us-japan LOCATION "U.S.-Japan"`},
		},
		{
			name:   "a town, no country",
			marked: "Arms\n\nThe [[Tervane-upon-Ostra|LOC]] mill closed.",
			want:   []string{`location:tervane-upon-ostra LOCATION "Tervane-upon-Ostra"`},
		},
		{
			name:   "a date after a name",
			marked: "Arms\n\nThe data were issued by the [[Quarbin Bank on March|ORG]] 19.",
			want:   []string{`org:quarbin-bank ORG "Quarbin Bank"`},
		},
		{
			name:   "a capitalized On",
			marked: "Arms\n\nThe [[Quarbin On March|ORG]] fund closed.",
			want:   []string{`org:quarbin-on-march ORG "Quarbin On March"`},
		},
	})
}

// checkMentions runs each case as [checkMarked] does and compares each
// entity's id, type and mentions' texts, in order ("org:x ORG [A|B]").
func checkMentions(t *testing.T, tests []markedCase) {
	t.Helper()
	checkSummaries(t, tests, func(es []Entity) []string {
		var got []string
		for _, e := range es {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, m.Text)
			}
			got = append(got, fmt.Sprintf("%s %s [%s]", e.ID, e.Type, strings.Join(ms, "|")))
		}
		return got
	})
}
