package extract

import (
	"strings"
	"testing"
)

// TestTownGood checks [Resolver.townGood]: a market's town glued to the
// good it trades in a heading is the town alone, a place; a firm's name
// in a sentence's case, a name with another word, a town and a metal and
// a name that is no place keep their spans.
func TestTownGood(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town and a soft in capitals",
			marked: "[[ELKTON COCOA|ORG]] 10:30 MAY7 1928 OFF 6 JUL7 1960 OFF 7",
			want:   []string{`location:elkton LOCATION "Elkton" partial`},
		},
		{
			name:   "a state's abbreviation and a good",
			marked: "[[NY SUGAR|ORG]] 14 OPG TRENDS 7-APR OPEN P SETT MAY7 670L 672H 679",
			want:   []string{`location:new-york LOCATION "New York"`},
		},
		{
			name:   "a country in capitals and a good in a table's line",
			marked: "Shipments\n\n[[PERU Cocoa|ORG]] differentials based on terminal prices, 50 over May",
			want:   []string{`country:PE COUNTRY "Peru"`},
		},
		{
			name:   "meat in a heading",
			marked: "[[ELKTON PORK|ORG]] 80 OUT 9 ON HAND 8,305",
			want:   []string{`location:elkton LOCATION "Elkton" partial`},
		},
		{
			name:   "a firm's name in a sentence's case",
			marked: "Grain\n\n[[Elkton Grain|ORG]], based in a small town, said it would buy corn.",
			want:   []string{`org:elkton-grain ORG "Elkton Grain"`},
		},
		{
			name:   "another word after the good",
			marked: "[[ELKTON COTTON EXCHANGE|ORG]] SETS NEW HOURS",
			want:   []string{`org:elkton-cotton-exchange ORG "Elkton Cotton Exchange"`},
		},
		{
			name:   "a town and a metal",
			marked: "[[ELKTON GOLD|ORG]] SETS DIVIDEND",
			want:   []string{`org:elkton-gold ORG "Elkton Gold"`},
		},
		{
			name:   "no place before the good",
			marked: "[[QUARBIN COCOA|ORG]] SETS DIVIDEND",
			want:   []string{`org:quarbin-cocoa ORG "Quarbin Cocoa"`},
		},
	})
}

// TestTownGoodFirm checks [Resolver.townGood]'s guard of a firm's name:
// a heading's town and good that the article writes as a name elsewhere
// are not cut to the town (with the guard off the heading's mention is
// "ELKTON", linked to the firm; with it, the heading's span is left to
// the rules before, which drop it here).
func TestTownGoodFirm(t *testing.T) {
	mentions := func(es []Entity) []string {
		var out []string
		for _, e := range es {
			var texts []string
			for _, m := range e.Mentions {
				texts = append(texts, m.Text)
			}
			out = append(out, e.ID+" "+strings.Join(texts, "|"))
		}
		return out
	}
	checkSummaries(t, []markedCase{
		{
			name:   "a firm named after its town and its good",
			marked: "[[ELKTON SUGAR|ORG]] SAYS OFFER TOO LOW\n\n[[Elkton Sugar Mills Ltd|ORG]] said the offer was too low.",
			want:   []string{"org:elkton-sugar-mills Elkton Sugar Mills Ltd"},
		},
		{
			name:   "a firm named after a state's abbreviation and its good",
			marked: "[[N.Y. COTTON|ORG]] CHIEF TO RETIRE\n\nThe chief of [[N.Y. Cotton Mills Inc|ORG]] will retire.",
			want:   []string{"org:ny-cotton-mills N.Y. Cotton Mills Inc"},
		},
	}, mentions)
}
