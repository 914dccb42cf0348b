package extract

import "testing"

// The cases of tail17h's rule, on sentences and names of our own:
// positives and the negatives that guard what it must not take; the want
// lines were read and judged one by one.

// TestVotedBestWork checks [votedBestWork] through [ownedThings]: a name
// typed as an entity right before a vote or a jury's choice of the best of
// a work's kind is a work (no entity); people, firms and the makers of a
// work are left.
func TestVotedBestWork(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "voted best comedy film, the work typed as an organization",
			marked: "Awards\n\n[[Quarbin Academy of Jazz|ORG]] was voted best comedy film beating two others.",
			want:   nil,
		},
		{
			name: "named the best song, the other mention of the work goes with it",
			marked: "Awards\n\n[[Lemmo Skies|ORG]] was named the best song of the decade. " +
				"Fans still sing [[Lemmo Skies|ORG]] today.",
			want: nil,
		},
		{
			name: "voted best film, kept with the work's possessive after",
			marked: "Awards\n\n[[Quarbin Rock|ORG]] was voted best comedy film. " +
				"[[Quarbin Rock|ORG]]'s star [[Ann Vell|PERSON]] thanked the fans.",
			want: []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "has been named best new play, the work typed as a person of one word",
			marked: "Stage\n\n[[Zorbitson|PERSON]] has been named best new play.",
			want:   nil,
		},
		{
			name:   "a person named best actress",
			marked: "Awards\n\n[[Vell|PERSON]] was named best actress for her part.",
			want:   []string{`person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a person named best musical actress (a kind before the person's word)",
			marked: "Awards\n\n[[Vell|PERSON]] was named best musical actress last month.",
			want:   []string{`person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a person voted best newcomer in film (a person's word before the kind)",
			marked: "Awards\n\n[[Vell|PERSON]] was voted best newcomer in film.",
			want:   []string{`person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a firm voted best film studio",
			marked: "Awards\n\n[[Tervolink|ORG]] was voted best film studio by its staff.",
			want:   []string{`org:tervolink ORG "Tervolink" partial`},
		},
		{
			name:   "a firm voted best employer",
			marked: "Firms\n\n[[Tervolink|ORG]] was voted best employer in the town.",
			want:   []string{`org:tervolink ORG "Tervolink" partial`},
		},
		{
			name:   "the maker after by, before the vote",
			marked: "Stage\n\nThe play by [[Zorbitson|PERSON]] has been named best new play.",
			want:   []string{`person:zorbitson PERSON "Zorbitson" partial`},
		},
		{
			name:   "a band after by, before the vote",
			marked: "Awards\n\nThe tune by [[Zorbit Kings|ORG]] was voted best song of the year.",
			want:   []string{`org:zorbit-kings ORG "Zorbit Kings"`},
		},
		{
			name:   "a person of two words",
			marked: "Stage\n\n[[Ann Vell|PERSON]] was named best new play of the season.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no vote before best",
			marked: "Firms\n\n[[Tervolink|ORG]] was best placed to sell the film.",
			want:   []string{`org:tervolink ORG "Tervolink" partial`},
		},
		{
			name:   "seen best, no vote or choice before best",
			marked: "Firms\n\n[[Tervolink|ORG]] was seen best in the film.",
			want:   []string{`org:tervolink ORG "Tervolink" partial`},
		},
		{
			name:   "a known place (a state) voted best drama show location",
			marked: "Places\n\n[[Ohio|LOC]] was voted best drama show location.",
			want:   []string{`location:ohio LOCATION "Ohio" partial`},
		},
		{
			name:   "a band voted best rock act",
			marked: "Awards\n\n[[The Lemmos|ORG]] were voted best rock act.",
			want:   []string{`org:lemmos ORG "The Lemmos" partial`},
		},
	})
}
