package extract

import "testing"

// TestTeamOpener checks tail17i's [teamOpener]: a name typed a place or
// a person that opens with "Team" or "Club" is a team's; a country's name
// after "Team" (its national side) is left.
func TestTeamOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a game studio typed a place",
			marked: "Games\n\nThe firm's [[Team Zorbit|LOC]] are back with a new fighting game.",
			want:   []string{`org:team-zorbit ORG "Team Zorbit"`},
		},
		{
			name:   "a polo team typed a person",
			marked: "Sport\n\nHe plays polo for [[Team Quarnvell|PER]] most summers.",
			want:   []string{`org:team-quarnvell ORG "Team Quarnvell"`},
		},
		{
			name:   "a country after Team",
			marked: "Sport\n\nThe [[Team France|LOC]] coach named his side.",
			want:   []string{`location:team-france LOCATION "Team France"`},
		},
	})
}
