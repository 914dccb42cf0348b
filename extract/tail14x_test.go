package extract

import "testing"

// TestMakerList checks tail14x's makerList: a list of names after a maker
// of works and "behind", or makers in the plural and "of" in a sentence
// of the screen, names works.
func TestMakerList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a list after the director behind",
			marked: "Films\n\nShe hired the director behind Zorbit and [[Lemmo Nights|ORG]] for the job.",
			want:   nil,
		},
		{
			name:   "a list after the directors of, a television prize",
			marked: "Awards\n\nThe directors of [[Quarbin|ORG]], [[Vell Road|LOCATION]] and [[Tervox|ORG]] are up for the television prize.",
			want:   nil,
		},
		{
			name:   "a singular director of two firms",
			marked: "Firms\n\nHe was director of [[Quarbin Holdings|ORG]] and [[Lemmo|ORG]] for the film unit.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:quarbin ORG "Quarbin Holdings"`},
		},
		{
			name:   "directors of two firms with no word of the screen",
			marked: "Firms\n\nThe directors of [[Quarbin|ORG]] and [[Lemmo|ORG]] met on Monday.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:quarbin ORG "Quarbin" partial`},
		},
	})
}

// TestCastBracket checks tail14x's castBracket: a name in brackets after
// a player's name in a list of nominees is the work.
func TestCastBracket(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a play typed a firm",
			marked: "Theatre\n\nHe will vie for the best actor award with [[Tom Quarn|PERSON]] ([[Zorbit Road|ORG]]).",
			want:   []string{`person:tom-quarn PERSON "Tom Quarn"`},
		},
		{
			name:   "a film typed a person, before a comma",
			marked: "Films\n\nThe nominees are [[Ann Vell|PERSON]] ([[Lemmo Fight|PERSON]], Tervane Films).",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a part played, a given name",
			marked: "Films\n\nThe nominees are [[Ann Vell|PERSON]] ([[Susan Lemmo|PERSON]]) and others.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`, `person:susan-lemmo PERSON "Susan Lemmo"`},
		},
		{
			name:   "a club in a sports report",
			marked: "Football\n\nThe nominees for the award are [[Tom Quarn|PERSON]] ([[Quarbin Rovers|ORG]]) and the striker.",
			want:   []string{`org:quarbin-rovers ORG "Quarbin Rovers"`, `person:tom-quarn PERSON "Tom Quarn"`},
		},
		{
			name:   "no nominees in the sentence",
			marked: "Politics\n\nThe seat went to [[Tom Quarn|PERSON]] ([[Zorbit Lemmo|ORG]]).",
			want:   []string{`org:zorbit-lemmo ORG "Zorbit Lemmo"`, `person:tom-quarn PERSON "Tom Quarn"`},
		},
	})
}

// TestIncludeListed checks tail14x's includeListed: the items of a list
// after "film credits include" or "film releases have included" are works.
func TestIncludeListed(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "film credits include",
			marked: "Films\n\nHis film credits include [[Zorbit Road|ORG]], [[Lemmo Limit|LOCATION]] and [[Tervox|ORG]].",
			want:   nil,
		},
		{
			name:   "film releases have included",
			marked: "Films\n\nThe studio's film releases have included [[Quarbin Nights|ORG]] and [[Vellmore|PERSON]].",
			want:   nil,
		},
		{
			name:   "tax credits are no works",
			marked: "Tax\n\nThe tax credits include [[Quarbin Relief|ORG]] and [[Lemmo|ORG]].",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:quarbin-relief ORG "Quarbin Relief"`},
		},
		{
			name:   "rivals have included, no kind of work",
			marked: "Football\n\nTheir rivals have included [[Quarbin Rovers|ORG]] and [[Lemmo Town|ORG]] away from home.",
			want:   []string{`org:lemmo-town ORG "Lemmo Town"`, `org:quarbin-rovers ORG "Quarbin Rovers"`},
		},
		{
			name:   "a player named in the list",
			marked: "Films\n\nHis film credits include Zorbit and [[Ann Vell|PERSON]], who starred.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestLifeKinds checks tail14x's kinds added to workKinds and bareKinds:
// "autobiography", "memoir", "biopic" and "flick" before a name.
func TestLifeKinds(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "his autobiography",
			marked: "Books\n\nHe won the prize for the audio version of his autobiography [[Zorbit Days|ORG]].",
			want:   nil,
		},
		{
			name:   "a gangster flick",
			marked: "Films\n\nHer role in the 1990 gangster flick [[Lemmo|ORG]] made her name.",
			want:   nil,
		},
		{
			name:   "to flick is a verb",
			marked: "Football\n\nHe tried to flick [[Quarbin Vale|ORG]] a pass.",
			want:   []string{`org:quarbin-vale ORG "Quarbin Vale"`},
		},
	})
}
