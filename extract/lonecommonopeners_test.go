package extract

import "testing"

// TestLonelyOpener checks, on sentences of our own, that a common word
// opening a sentence after a firm's "Corp." or "Inc." is no organization;
// and the readings left alone: a word that is no common word, a common
// word the article writes capitalized inside a sentence too, a common
// word before a capitalized one, a common word after another stop.
func TestLonelyOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a common word after Corp.",
			marked: "Notes\n\nThe notes are guaranteed by [[Quarbin Corp.|ORG]] [[Interest|ORG]] will be payable in March.",
			want:   []string{`org:quarbin ORG "Quarbin Corp."`},
		},
		{
			name:   "a plural common word after Inc.",
			marked: "Notes\n\nThe notes were sold through [[Tervane Inc.|ORG]] [[Proceeds|ORG]] will be used to repay debt.",
			want:   []string{`org:tervane ORG "Tervane Inc."`},
		},
		{
			name:   "no common word",
			marked: "Notes\n\nThe notes are guaranteed by [[Quarbin Corp.|ORG]] [[Zorbit|ORG]] said it would buy them.",
			want:   []string{`org:quarbin ORG "Quarbin Corp."`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name: "a common word written capitalized inside a sentence too",
			marked: "Notes\n\nThe notes are guaranteed by [[Quarbin Corp.|ORG]] [[Interest|ORG]] said it would buy them. " +
				"Shares of [[Interest|ORG]] rose.",
			want: []string{`org:interest ORG "Interest" partial`, `org:quarbin ORG "Quarbin Corp."`},
		},
		{
			name:   "a common word after another stop",
			marked: "Notes\n\nThe notes were sold on Monday. [[Proceeds|ORG]] will be used to repay debt.",
			want:   []string{`org:proceeds ORG "Proceeds" partial`},
		},
	})
}
