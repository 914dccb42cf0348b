package extract

import "testing"

func TestWorkDirector(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a film's director chairing a jury",
			marked: "Awards\n\nThe jury is chaired by [[Lemmo Hill|ORG]] director [[Ann Vell|PER]], and the film prize is new.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a film's director after a preposition, typed as a person",
			marked: "Cinema\n\nThe sequel goes ahead with [[Zorbitan|PER]] director [[Ann Vell|PER]] behind the camera, the movie's makers said.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a club's director in a sports report",
			marked: "Football\n\n[[Quarbinal|ORG]] director [[Ann Vell|PER]] spoke after the match, shown on film by the club.",
			want:   []string{`org:quarbinal ORG "Quarbinal" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a body's director in a report with no screen word",
			marked: "Tourism\n\n[[Tervola|ORG]] director [[Ann Vell|PER]] said visits were up by a tenth.",
			want:   []string{`org:tervola ORG "Tervola" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a firm's former director",
			marked: "Studios\n\nThe film group paid the wife of former [[Zorbitan|ORG]] director [[Ann Vell|PER]] for her work.",
			want:   []string{`org:zorbitan ORG "Zorbitan" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a firm's director general, no person's name right after director",
			marked: "Studios\n\nThe film deal was signed by [[Zorbitan|ORG]] director general [[Ann Vell|PER]] on Monday.",
			want:   []string{`org:zorbitan ORG "Zorbitan" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a board's directors",
			marked: "Studios\n\nThe film group paid [[Zorbitan|ORG]] directors [[Ann Vell|PER]] and others.",
			want:   []string{`org:zorbitan ORG "Zorbitan" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a studio's plural name",
			marked: "Cinema\n\nThe film was made by [[Lemmo Pictures|ORG]] director [[Ann Vell|PER]] last year.",
			want:   []string{`org:lemmo-pictures ORG "Lemmo Pictures"`, `person:ann-vell PERSON "Ann Vell"`},
		},
	})
}
