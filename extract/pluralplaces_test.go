package extract

import "testing"

// TestThePluralPlace checks, on sentences of our own, that a name the
// recognizer took for an organization or a person is a group of natural
// places when a plural word for isles, glens or hills ends it (or begins
// it before "of") and "the" stands before it, and that firms' short names
// without "the", firms with an organization's word, and people stay what
// they are.
func TestThePluralPlace(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "isles at the end after the",
			marked: "Ferries\n\nThe ferries to the [[Varnholm Isles|ORG]] were cancelled on Monday.",
			want:   []string{`location:varnholm-isles LOCATION "Varnholm Isles"`},
		},
		{
			name:   "glens before of after the",
			marked: "Actor\n\nThe actor said his heart belonged to the [[Glens of Quarbin|ORG]].",
			want:   []string{`location:glens-of-quarbin LOCATION "Glens of Quarbin"`},
		},
		{
			name:   "highlands typed as a person",
			marked: "Walkers\n\nSnow closed roads across the [[Tervane Highlands|PER]] overnight.",
			want:   []string{`location:tervane-highlands LOCATION "Tervane Highlands"`},
		},
		{
			name:   "the at the start of a sentence",
			marked: "Rover\n\nThe [[Lemmo Hills|ORG]] rise some 90 metres above the crater floor.",
			want:   []string{`location:lemmo-hills LOCATION "Lemmo Hills"`},
		},
		{
			name:   "a palace before of after the",
			marked: "Tours\n\nShe guided visitors around the [[Palace of Lemmo|ORG]] for ten years.",
			want:   []string{`location:palace-of-lemmo LOCATION "Palace of Lemmo"`},
		},
		{
			name:   "a building's word at the end after the",
			marked: "Gala\n\nThe prizes were handed out at the [[Quarbin Pavilion|ORG]] in Lemmo.",
			want:   []string{`location:quarbin-pavilion LOCATION "Quarbin Pavilion"`},
		},
		{
			name:   "a band's tower before of",
			marked: "Concert\n\nFans cheered the [[Tower of Quarbin|ORG]] at the festival.",
			want:   []string{`org:tower-of-quarbin ORG "Tower of Quarbin"`},
		},
		{
			name:   "a firm's short name without the",
			marked: "Deal\n\nZorbit Corp signed an agreement with [[Lemmo Isles|ORG]] on Friday.",
			want:   []string{`org:lemmo-isles ORG "Lemmo Isles"`},
		},
		{
			name:   "a club with an organization's word",
			marked: "Golf\n\nMembers of the [[Quarbin Hills Golf Club|ORG]] voted to sell the land.",
			want:   []string{`org:quarbin-hills-golf-club ORG "Quarbin Hills Golf Club"`},
		},
		{
			name:   "a board with an organization's word after the glens of a place",
			marked: "Tourism\n\nA spokesman for the [[Glens of Quarbin Tourist Board|ORG]] welcomed the figures.",
			want:   []string{`org:glens-of-quarbin-tourist-board ORG "Glens of Quarbin Tourist Board"`},
		},
		{
			name:   "a person with a first name",
			marked: "Court\n\nJudges heard the [[Dennis Hills|PER]] appeal on Monday.",
			want:   []string{`person:dennis-hills PERSON "Dennis Hills"`},
		},
		{
			name:   "a word left out of the plurals",
			marked: "Film\n\nCritics praised the [[Lemmo Fields|ORG]] at its first showing.",
			want:   []string{`org:lemmo-fields ORG "Lemmo Fields"`},
		},
	})
}
