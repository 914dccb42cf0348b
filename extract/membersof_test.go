package extract

import "testing"

// TestMembersOfBody checks tail17i's [membersOfBody]: a name typed a
// place or a person right after "members of" (with or without "the"), or
// after such words, a first name and "and", is a body's when its noun
// phrase ends with the name; a family or a council after the name (a
// word goes on), a possessive, and a name with no "members of" before
// it are left.
func TestMembersOfBody(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two bands joined by and, the second with the inside",
			marked: "Music\n\nHe formed a new group with members of [[Quarbin Vell|LOC]] and [[Zorbit the Lemmo|LOC]]. It sold well.",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`, `org:zorbit-the-lemmo ORG "Zorbit the Lemmo"`},
		},
		{
			name:   "a band typed a person, the and a comma after",
			marked: "Music\n\nShe toured with members of the [[Tervix Ollan|PER]], who had split up.",
			want:   []string{`org:tervix-ollan ORG "Tervix Ollan"`},
		},
		{
			name:   "two families after the names",
			marked: "Politics\n\nHe met members of the [[Vell|PER]] and [[Lemmo|PER]] families in private.",
			want:   []string{`person:lemmo PERSON "Lemmo" partial`, `person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a council after the place",
			marked: "Politics\n\nShe is one of the older members of the [[Quarnby|LOC]] town council.",
			want:   []string{`location:quarnby LOCATION "Quarnby" partial`},
		},
		{
			name:   "a possessive after the person",
			marked: "Film\n\nMembers of [[Ivo Marlow|PER]]'s family came to the premiere.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
		{
			name:   "no members before the and",
			marked: "Music\n\nFans of [[Quarbin Vell|LOC]] and [[Zorbit the Lemmo|LOC]]. It sold well.",
			want:   []string{`location:quarbin-vell LOCATION "Quarbin Vell"`, `location:zorbit-the-lemmo LOCATION "Zorbit the Lemmo"`},
		},
	})
}
