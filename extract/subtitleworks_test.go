package extract

import "testing"

func TestSubtitleWorks(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a show's subtitle after its series, the series a show by its kind noun",
			marked: "Television\n\nViewers asked the network not to drop [[Zorbit Quest|ORG]]: [[Lemmola|ORG]] this spring. " +
				"The old [[Zorbit Quest|ORG]] series ran for years. [[Lemmola|ORG]] stars Ann Vell.",
			want: nil,
		},
		{
			name: "a game's subtitle after a game typed as a thing",
			marked: "Games\n\nFans of the game [[Tervane Wars|ORG]] will like [[Tervane Wars|ORG]]: [[Quarbin Rising|ORG]] " +
				"when it comes out.",
			want: nil,
		},
		{
			name: "the title opens the sentence: a heading, left",
			marked: "Sport\n\n[[Lemmo Cup|ORG]]: [[Zorbit|ORG]] fined for crowd trouble. " +
				"The [[Zorbit|ORG]] club will appeal.",
			want: []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name: "a headline's last word in lower case before the title",
			marked: "Fans angry over cup\n\n[[Lemmo Cup|ORG]]: [[Zorbit|ORG]] fined for crowd trouble. " +
				"The [[Zorbit|ORG]] club will appeal.",
			want: []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "the name before the colon is no thing",
			marked: "Business\n\nShares rose at [[Quarbin Holdings|ORG]]: [[Zorbitax|ORG]] also gained in late trade.",
			want:   []string{`org:quarbin ORG "Quarbin Holdings"`, `org:zorbitax ORG "Zorbitax" partial`},
		},
		{
			name: "a subtitle in capitals may be a body's acronym",
			marked: "Television\n\nThe old [[Zorbit Quest|ORG]] series was sold to the network [[Zorbit Quest|ORG]]: [[QXT|ORG]] " +
				"said on Monday.",
			want: []string{`org:qxt ORG "QXT" partial`},
		},
	})
}
