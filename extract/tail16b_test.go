package extract

import "testing"

// The cases of tail16b's rule, on sentences and names of our own. The
// test holds the rule's positives and the negatives that guard what it
// must not take; the want lines were read and judged one by one.

// TestTheOpenedTitle checks [theOpenedTitle]: a name typed as an
// organization right after a capitalized "The" inside a sentence is a
// work's title, no firm.
func TestTheOpenedTitle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a title in a list after a comma",
			marked: "Films\n\nThe festival showed Zorbit Nights, The [[Lemmo Vale|ORG]] and others last year.",
			want:   []string{},
		},
		{
			name:   "a title after a lower-case verb, and its bare mention after",
			marked: "Quiz\n\nMs Tarn, who presents The [[Quarbin Hour|ORG]], said she was tired. [[Quarbin Hour|ORG]] returns in May.",
			want:   []string{},
		},
		{
			name:   "a band's plural name",
			marked: "Music\n\nThey have toured with The [[Lemmo Vells|ORG]] and others.",
			want:   []string{`org:lemmo-vells ORG "Lemmo Vells"`},
		},
		{
			name:   "a performer's kind before The",
			marked: "Music\n\nThe dance act The [[Quarbin Vale|ORG]] and others will play.",
			want:   []string{`org:quarbin-vale ORG "Quarbin Vale"`},
		},
		{
			name:   "a newspaper after according to",
			marked: "News\n\nHe will stay, according to The [[Tervane Voice|ORG]], until May.",
			want:   []string{`org:tervane-voice ORG "Tervane Voice"`},
		},
		{
			name:   "a newspaper after told",
			marked: "News\n\nThe coach told The [[Tervane Voice|ORG]] on Friday he would stay.",
			want:   []string{`org:tervane-voice ORG "Tervane Voice"`},
		},
		{
			name:   "a body with an organization's word",
			marked: "Fine\n\nThe coach was fined by The [[Quarbin Football Federation|ORG]] on Monday.",
			want:   []string{`org:quarbin-football-federation ORG "Quarbin Football Federation"`},
		},
		{
			name:   "two bands joined by and",
			marked: "Music\n\nThe group has been likened to The [[Vell and New Lemmo|ORG]].",
			want:   []string{`org:vell-and-new-lemmo ORG "Vell and New Lemmo"`},
		},
		{
			name:   "a name before a lower-case noun",
			marked: "Press\n\nHe read it on The [[Tervane Voice|ORG]] website on Monday.",
			want:   []string{`org:tervane-voice ORG "Tervane Voice"`},
		},
		{
			name:   "a name in a headline",
			marked: "Fans back The [[Quarbin Vale|ORG]] in vote\n\nFans of [[Quarbin Vale|ORG]] voted on Monday.",
			want:   []string{`org:quarbin-vale ORG "Quarbin Vale"`},
		},
		{
			name:   "The opening a sentence",
			marked: "Shares\n\nProfits rose. The [[Zorbit Vale|ORG]], a firm, met on Monday.",
			want:   []string{`org:zorbit-vale ORG "Zorbit Vale"`},
		},
		{
			name:   "a name of one word",
			marked: "Films\n\nCritics backed The [[Zorbit|ORG]] and others.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a body with its acronym in brackets",
			marked: "Trade\n\nHe held talks in Quarbe, The [[Tervane Lemmo|ORG]] (TL) and Vell.",
			want:   []string{`org:tervane-lemmo ORG "Tervane Lemmo"`},
		},
		{
			name:   "a body after known as",
			marked: "Deal\n\nHe used a firm known as The [[Lemmo Vale|ORG]].",
			want:   []string{`org:lemmo-vale ORG "Lemmo Vale"`},
		},
		{
			name:   "a body after called",
			marked: "Deal\n\nIt is backed by a trade group called The [[Lemmo Vale|ORG]].",
			want:   []string{`org:lemmo-vale ORG "Lemmo Vale"`},
		},
		{
			name:   "a periodical after its kind",
			marked: "Health\n\nThe report was published in the medical journal The [[Tervane Voice|ORG]].",
			want:   []string{`org:tervane-voice ORG "Tervane Voice"`},
		},
	})
}
