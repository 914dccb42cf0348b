package extract

import "testing"

func TestMedalEvents(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a champion after the name",
			marked: "Athletics\n\n[[Tervane|ORG]] champion Jon Quarbe jumped 8m on Sunday.",
			want:   nil,
		},
		{
			name:   "a medal's colour between",
			marked: "Athletics\n\nSo far he has only a [[Tervane|ORG]] silver medal to his name.",
			want:   nil,
		},
		{
			name:   "a second competition joined by and",
			marked: "Athletics\n\nVell, the [[Tervane|ORG]] and European champion, is injured.",
			want:   nil,
		},
		{
			name:   "a race's distance between",
			marked: "Athletics\n\nWorld and [[Tervane|ORG]] 100m medallist Ann Lemmo will run.",
			want:   nil,
		},
		{
			name:   "a name in capitals: a body that gives the title",
			marked: "Boxing\n\nHe beat the former [[ZBA|ORG]] champion in Leeds.",
			want:   []string{`org:zba ORG "ZBA" partial`},
		},
		{
			name:   "a champion of a cause",
			marked: "Politics\n\nShe was hailed as a [[Quarbin|ORG]] champion of reform.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "no honour after the name",
			marked: "Business\n\nThe [[Quarbin|ORG]] board met on Monday.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}

func TestSeatNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a person's possessive before, seat after",
			marked: "Politics\n\nHe has his sights set on Ann Vell's [[Tervane|ORG]] seat.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "an before, constituent after",
			marked: "Politics\n\nAs an [[Tervane|ORG]] constituent I would vote for her.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "the before, MP after",
			marked: "Politics\n\nThe [[Lemmoford|ORG]] MP told the committee he was worried.",
			want:   []string{`location:lemmoford LOCATION "Lemmoford" partial`},
		},
		{
			name:   "a verb of elections and the before seat",
			marked: "Politics\n\nIn 2001 Ann Vell won the [[Lemmo Vale|ORG]] seat with 20,000 votes.",
			want:   []string{`location:lemmo-vale LOCATION "Lemmo Vale"`},
		},
		{
			name:   "the before seat with no verb of elections",
			marked: "Business\n\nHe sold the [[Quarbex|ORG]] seat he bought in 1980.",
			want:   []string{`org:quarbex ORG "Quarbex" partial`},
		},
		{
			name:   "a before seat: an exchange's",
			marked: "Business\n\nA [[Quarbex|ORG]] seat sold for $500,000 on Monday.",
			want:   []string{`org:quarbex ORG "Quarbex" partial`},
		},
		{
			name:   "a party before seat",
			marked: "Politics\n\nShe will defend her [[Respect|ORG]] seat in May.",
			want:   []string{`org:respect ORG "Respect" partial`},
		},
		{
			name:   "a party in capitals before MP",
			marked: "Politics\n\nThe [[ZDP|ORG]] MP said the vote was lost.",
			want:   []string{`org:zdp ORG "ZDP" partial`},
		},
		{
			name:   "no owner before the name",
			marked: "Politics\n\nVoters said [[Tervane|ORG]] MP Ann Vell was right.",
			want:   []string{`org:tervane ORG "Tervane" partial`},
		},
	})
}

func TestCreditAppositions(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "which stars after a comma, and its bare mention follows",
			marked: "Film\n\n[[Quarb Borders|ORG]], which stars Ann Vell, opened in May. [[Quarb Borders|ORG]] took $5m.",
			want:   nil,
		},
		{
			name:   "which starred after a comma, a name typed a place",
			marked: "Film\n\nCritics loved [[Tervane Borders|LOCATION]], which starred Jon Quarbe.",
			want:   nil,
		},
		{
			name:   "which starred after a comma",
			marked: "Film\n\nHis credits include [[Lemmo Borders|ORG]], which starred Ann Vell.",
			want:   nil,
		},
		{
			name:   "a person's name before the credits",
			marked: "Film\n\nJon Quarbe thanked [[Ann Vell|PERSON]], which stars often do.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a firm's word in the name",
			marked: "Film\n\nJon Quarbe thanked [[Quarbin Holdings|ORG]], which stars often do.",
			want:   []string{`org:quarbin ORG "Quarbin Holdings"`},
		},
		{
			name:   "no credits after the name",
			marked: "Business\n\n[[Zorbit Nights|ORG]], based in Leeds, made a loss.",
			want:   []string{`org:zorbit-nights ORG "Zorbit Nights"`},
		},
	})
}

func TestCamelVariants(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a type of, a verb after it",
			marked: "Tech\n\nFans speculated about a new type of [[ZorbiPad|ORG]] being shown this week.",
			want:   nil,
		},
		{
			name:   "a generation of its, a plural name",
			marked: "Tech\n\nThe chip will run in its next generation of [[LemmoStations|ORG]].",
			want:   nil,
		},
		{
			name:   "a version of the, and its bare mention follows",
			marked: "Tech\n\nA cheaper version of the [[QuarbBook|ORG]] goes on sale. [[QuarbBook|ORG]] sales rose.",
			want:   nil,
		},
		{
			name:   "owners of: shareholders as often",
			marked: "Business\n\nThe owners of [[QuarbNet|ORG]] will vote on the bid.",
			want:   []string{`org:quarbnet ORG "QuarbNet" partial`},
		},
		{
			name:   "a body's initials",
			marked: "Politics\n\nA new version of the [[DfQE|ORG]] plan was published.",
			want:   []string{`org:dfqe ORG "DfQE" partial`},
		},
		{
			name:   "of with no variant's noun before it",
			marked: "Business\n\nThe chief executive of [[QuarbNet|ORG]] resigned.",
			want:   []string{`org:quarbnet ORG "QuarbNet" partial`},
		},
	})
}
