package extract

import "testing"

func TestOperaCompany(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an opera company after chief conductor of the",
			marked: "Music\n\nShe became chief conductor of the [[Quarbin Opera|LOC]] in 1990.",
			want:   []string{`org:quarbin-opera ORG "Quarbin Opera"`},
		},
		{
			name:   "an opera company after director of the",
			marked: "Music\n\nHe was named director of the [[Tervane State Opera|LOC]] last year.",
			want:   []string{`org:tervane-state-opera ORG "Tervane State Opera"`},
		},
		{
			name:   "an opera house after sang at the",
			marked: "Music\n\nShe sang at the [[Quarbin Opera|LOC]] in 1990.",
			want:   []string{`location:quarbin-opera LOCATION "Quarbin Opera"`},
		},
		{
			name:   "an opera house after the opening night of the",
			marked: "Music\n\nIt was the opening night of the [[Quarbin Opera|LOC]] in 1990.",
			want:   []string{`location:quarbin-opera LOCATION "Quarbin Opera"`},
		},
		{
			name:   "a conductor of an opera's name not ending in Opera",
			marked: "Music\n\nShe was conductor of the [[Quarbin Hall|LOC]] concerts in 1990.",
			want:   []string{`location:quarbin-hall LOCATION "Quarbin Hall"`},
		},
	})
}
