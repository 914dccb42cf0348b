package extract

import "testing"

// The cases of tail17b's rule, on sentences and names of our own:
// positives and the negatives that guard what it must not take; the want
// lines were read and judged one by one.

// TestCastClauseAfter checks [castClauseAfter] through [ownedThings]: a
// name typed as an entity right before a comma and a clause of a film's
// making or story is a work (no entity); firms, actors and names with no
// comma before the clause are left.
func TestCastClauseAfter(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "directed by, the work typed as an organization",
			marked: "Awards\n\n[[Quarbin Nights|ORG]], directed by [[Ann Vell|PERSON]], was named best picture.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name: "written and directed by, the other mention of the work goes with it",
			marked: "Reviews\n\n[[Lemmowood|ORG]], written and directed by [[Tom Quarn|PERSON]], is long. " +
				"[[Lemmowood|ORG]] is good.",
			want: []string{`person:tom-quarn PERSON "Tom Quarn"`},
		},
		{
			name:   "which tells the story, the work typed as a person of one word",
			marked: "Reviews\n\n[[Zorbitson|PERSON]], which tells the story of a family at sea, is long.",
			want:   nil,
		},
		{
			name:   "a firm before a clause of its own: run by",
			marked: "Firms\n\n[[Quarbin Vale|ORG]], run by [[Ann Vell|PERSON]], made a profit.",
			want:   []string{`org:quarbin-vale ORG "Quarbin Vale"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "which focuses on a man, the work typed as an organization",
			marked: "Box office\n\n[[Grimvale|ORG]], which focuses on a man who returns home, is long.",
			want:   nil,
		},
		{
			name:   "a firm focuses on the market",
			marked: "Firms\n\n[[Tervolink|ORG]], which focuses on the market for boats, made a profit.",
			want:   []string{`org:tervolink ORG "Tervolink" partial`},
		},
		{
			name:   "a firm focuses on its trade",
			marked: "Firms\n\n[[Tervolink|ORG]], which focuses on small shops, made a profit.",
			want:   []string{`org:tervolink ORG "Tervolink" partial`},
		},
		{
			name:   "a person of two words before directed by",
			marked: "Stage\n\nThe cast holds [[Ann Vell|PERSON]], directed by her father for the first time.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a firm's word of the screen trade in the name",
			marked: "Firms\n\n[[Quarbin Pictures|ORG]], directed by [[Ann Vell|PERSON]] since 1990, made a profit.",
			want:   []string{`org:quarbin-pictures ORG "Quarbin Pictures"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "no comma before the clause",
			marked: "Films\n\nThe film by [[Lemmo|ORG]] directed by [[Tom Quarn|PERSON]] won.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `person:tom-quarn PERSON "Tom Quarn"`},
		},
	})
}
