package extract

import "testing"

// TestGluedOpener covers the nouns for a person, and a firm's owner or
// maker, glued to the name after them ([Resolver.gluedOpener]).
func TestGluedOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a kind of person opens a sentence before one name",
			marked: "Awards\n\nThe band won twice. [[Singer Lemmova|PER]] also took home an award.",
			want:   []string{`person:lemmova PERSON "Lemmova" partial`},
		},
		{
			name:   "a player's position opens a sentence before one name",
			marked: "Rugby\n\nItaly attacked. [[Winger Okafor|PER]] dropped the ball.",
			want:   []string{`country:IT COUNTRY "Italy"`, `person:okafor PERSON "Okafor" partial`},
		},
		{
			name:   "a demonym's noun before two names",
			marked: "Club bid\n\n[[Welshmen Tom Okafor|ORG]] and Ann Vell own a stake in the club.",
			want:   []string{`org:tom-okafor ORG "Tom Okafor"`},
		},
		{
			name:   "a dealer's noun opens a sentence",
			marked: "Bid\n\nThe fund grew. [[Businessman Lemmo Vell|PER]] tried to buy it.",
			want:   []string{`person:lemmo-vell PERSON "Lemmo Vell"`},
		},
		{
			name:   "a firm's owner by a hyphen",
			marked: "Bids\n\nOther bidders are [[Zorbit-owner Quarbin Post|ORG]] and a bank.",
			want:   []string{`org:quarbin-post ORG "Quarbin Post"`},
		},
		// Negatives: names the rule leaves whole.
		{
			name:   "a firm named like a kind of person",
			marked: "Sale\n\n[[Singer Co|ORG]] said it would sell the unit.",
			want:   []string{`org:singer ORG "Singer Co"`},
		},
		{
			name:   "a trade's noun no table lists (a children's show)",
			marked: "Shows\n\nThe list is long. [[Fireman Lemmo Vell|PER]] is one of them.",
			want:   []string{`person:fireman-lemmo-vell PERSON "Fireman Lemmo Vell"`},
		},
		{
			name:   "a kind of person before one name typed a firm",
			marked: "Deals\n\nThe deal closed. [[Author Quarbin|ORG]] said it was pleased.",
			want:   []string{`org:author-quarbin ORG "Author Quarbin"`},
		},
		{
			name:   "a kind of person before a firm with its suffix",
			marked: "Deals\n\nThe deal closed. [[Author Quarbin Systems Inc|ORG]] said it was pleased.",
			want:   []string{`org:author-quarbin-systems ORG "Author Quarbin Systems Inc"`},
		},
		{
			name:   "a given name ending in man",
			marked: "Talks\n\nThe minister spoke. [[Norman Okafor|PER]] said the talks went well.",
			want:   []string{`person:norman-okafor PERSON "Norman Okafor"`},
		},
		{
			name:   "a body that begins with Human",
			marked: "Report\n\nThe report came out. [[Human Rights Quarbin|ORG]] said so.",
			want:   []string{`org:human-rights-quarbin ORG "Human Rights Quarbin"`},
		},
		{
			name:   "a kind of person inside a sentence",
			marked: "Awards\n\nThe prize went to [[Singer Lemmova|PER]] on Monday.",
			want:   []string{`person:singer-lemmova PERSON "Singer Lemmova"`},
		},
	})
}
