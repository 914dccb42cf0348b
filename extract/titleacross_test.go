package extract

import "testing"

// TestKindTitleAcross checks, on sentences of our own with made-up
// titles, that the last piece of a work's title after a kind of work,
// cut at a small word, is no entity; and the cases left: a place after
// the title, a person's full name, a figure or a name of its own in the
// title's run, no kind noun before the title.
func TestKindTitleAcross(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a film cut at in",
			marked: "Awards\n\nThe US film Lost in [[Tervane|LOC]] won the award, said [[Ann Vell|PER]].",
			want:   []string{`country:US COUNTRY "United States"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a film in title case cut at A",
			marked: "Stage\n\nThe classic film It's A [[Lemmo Life|ORG]] is to be a musical. It's a [[Lemmo Life|ORG]] opens in May.",
			want:   nil,
		},
		{
			name:   "a show whose first word the recognizer took for a firm",
			marked: "TV\n\nThe night show [[Lemmo|ORG]] to [[Tervane|ORG]] will not return, [[Ann Vell|PER]] said.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a country after the title",
			marked: "Cinema\n\nThey shot the film Zorbit in [[France|LOC]] last year.",
			want:   []string{`country:FR COUNTRY "France"`},
		},
		{
			name:   "a person's full name",
			marked: "Cinema\n\nThe film Gone with [[Ann Vell|PER]] was a hit.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a figure in the run: where a single sold",
			marked: "Charts\n\nHe bought the charity single Band Help 20 in [[Tervane|LOC]] on Friday.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a name of its own in the run: where a show is on",
			marked: "Radio\n\nShe hosts the night show Bethan and [[Ann Vell|PER]] in [[Tervane|LOC]], which plays new bands.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no kind noun before the title",
			marked: "Travel\n\nShe said Lost in [[Tervane|LOC]] was her line.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
	})
}
