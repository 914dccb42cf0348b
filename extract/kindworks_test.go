package extract

import "testing"

// TestKindWorkBefore checks, on sentences of our own with made-up names,
// that a name the recognizer typed as an entity is a work or a product
// (no node) when a kind noun of a work or product stands right before it
// after an article or an owner's possessive, with the article's other
// mentions of the name; and the cases left alone: a person's and a firm's
// kind nouns, the director of a film, a channel without an owner or named
// after its owner, and a clause after the name.
func TestKindWorkBefore(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a robot after an owner and a modifier, and the name alone later",
			marked: "Robots\n\nEngineers showed [[Quarbin|ORG]]'s humanoid robot [[Lemmox|ORG]], which can run. " +
				"[[Lemmox|ORG]] can also climb stairs.",
			want: []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "an online TV channel of another firm",
			marked: "Web\n\nThe scheme grew out of [[Tervane Telecom|ORG]]'s online TV channel [[Zorvo|ORG]].",
			want:   []string{`org:tervane-telecom ORG "Tervane Telecom"`},
		},
		{
			name:   "a debut feature film after a year, typed a person",
			marked: "Awards\n\nSince her 1998 debut feature [[Vella Quarn|PER]]! she has made six films.",
			want:   nil,
		},
		{
			name:   "a track before a comma",
			marked: "Charts\n\nOn his track [[Lemmo Nights|ORG]], out on Monday, he sings of home.",
			want:   nil,
		},
		{
			name:   "a singer is a person",
			marked: "Charts\n\nThe record was sung by the singer [[Ann Quarn|PER]].",
			want:   []string{`person:ann-quarn PERSON "Ann Quarn"`},
		},
		{
			name:   "a label is a firm",
			marked: "Charts\n\nShe signed with the record label [[Zorbit Tunes|ORG]].",
			want:   []string{`org:zorbit-tunes ORG "Zorbit Tunes"`},
		},
		{
			name:   "the film's director",
			marked: "Awards\n\nThe prize went to the film's director [[Ann Quarn|PER]].",
			want:   []string{`person:ann-quarn PERSON "Ann Quarn"`},
		},
		{
			name:   "a channel without an owner is its broadcaster",
			marked: "TV\n\nThe match will be shown by the sports channel [[Zorvo|ORG]].",
			want:   []string{`org:zorvo ORG "Zorvo" partial`},
		},
		{
			name:   "a channel named after its owner",
			marked: "TV\n\nThe match will be shown on [[Zorvo|ORG]]'s channel [[Zorvo One|ORG]].",
			want:   []string{`org:zorvo ORG "Zorvo" partial`, `org:zorvo-one ORG "Zorvo One"`},
		},
		{
			name:   "a clause after the name",
			marked: "Robots\n\nThe robot [[Ann Rigby|PER]] built was fast.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a console game typed a person",
			marked: "Games\n\nThe studio is adapting the console game [[Lemmo Dawn|PER]].",
			want:   nil,
		},
		{
			name:   "the game of a sport's champion",
			marked: "Tennis\n\nShe meets the queen of the game [[Vella Quarn|PER]], who won on Monday.",
			want:   []string{`person:vella-quarn PERSON "Vella Quarn"`},
		},
		{
			name:   "a plural subject before a kind that is a verb",
			marked: "Polls\n\nThe latest polls show [[Ann Quarn|PER]].",
			want:   []string{`person:ann-quarn PERSON "Ann Quarn"`},
		},
		{
			name:   "a small word is no modifier",
			marked: "Polls\n\nHer name is the same as robot [[Ann Quarn|PER]].",
			want:   []string{`person:ann-quarn PERSON "Ann Quarn"`},
		},
		{
			name:   "a verb's helper is no modifier",
			marked: "Books\n\nThe story will feature [[Ann Quarn|PER]], a columnist.",
			want:   []string{`person:ann-quarn PERSON "Ann Quarn"`},
		},
		{
			name:   "three words between the article and the kind noun",
			marked: "Polls\n\nThe data they gathered show [[Ann Quarn|PER]], the mayor, in the lead.",
			want:   []string{`person:ann-quarn PERSON "Ann Quarn"`},
		},
		{
			name:   "a name with a company suffix is a firm",
			marked: "TV\n\nTervane Media sold its music channel [[Zorbit TV Ltd|ORG]], which it bought in May.",
			want:   []string{`org:zorbit-tv ORG "Zorbit TV Ltd"`},
		},
		{
			name:   "no article before the kind noun",
			marked: "Polls\n\nThe polls show [[Ann Quarn|PER]].",
			want:   []string{`person:ann-quarn PERSON "Ann Quarn"`},
		},
	})
}
