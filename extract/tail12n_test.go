package extract

import "testing"

// TestRankPeople checks, on sentences of our own, that a short rank before
// a surname the article names after a title or a given name makes a
// person of a span typed an organization, and that a rank before a
// surname named nowhere else, before a title word or after a place's first
// word, leaves the span as it was.
func TestRankPeople(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a rank before a surname named after a title",
			marked: "Talks\n\n[[President Vellor|PER]] flew in on Monday. The details of [[Gen Vellor|ORG]]'s visit were leaked.",
			want:   []string{`person:vellor PERSON "Vellor" partial`},
		},
		{
			name:   "a rank without its period before a surname named after a given name",
			marked: "Banks\n\n[[Ramon Quistel|PER]] ruled for years. The bank held accounts for [[Col Quistel|ORG]] and his family.",
			want:   []string{`person:ramon-quistel PERSON "Ramon Quistel"`},
		},
		{
			name:   "a rank before a surname named nowhere else",
			marked: "Fashion\n\nOne student wore a [[Sgt Pepperell|LOC]] jacket on Monday.",
			want:   []string{`location:sgt-pepperell LOCATION "Sgt Pepperell"`},
		},
		{
			name:   "a rank before a surname named after a place's first word",
			marked: "Arms\n\nThe [[Sgt Yorvane|ORG]] gun was dropped. Troops left [[New Yorvane|LOC]] on Monday.",
			want:   []string{`location:new-yorvane LOCATION "New Yorvane"`, `org:sgt-yorvane ORG "Sgt Yorvane"`},
		},
	})
}

// TestOfficeModifiers checks, on sentences of our own, that "Deputy",
// "Assistant", "Acting" and "Former" are cut from the body an office's
// title glued them to, and that "Former" before a demonym stays.
func TestOfficeModifiers(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "Deputy before a bank",
			marked: "Rates\n\n[[Deputy Tervane Bank|ORG]] Governor Ann Vell said rates would fall.",
			want:   []string{`org:tervane-bank ORG "Tervane Bank"`},
		},
		{
			name:   "Deputy before an acronym",
			marked: "Politics\n\nThe nomination of [[Deputy QRB|ORG]] Director Ann Vell was withdrawn.",
			want:   []string{`org:qrb ORG "QRB" partial`},
		},
		{
			name:   "Former before a firm",
			marked: "Media\n\n[[Former Quarbin Media|ORG]] executive Ann Vell joined the board.",
			want:   []string{`org:quarbin-media ORG "Quarbin Media"`},
		},
		{
			name:   "a headline's long run stays",
			marked: "Oil\n\nRead in the headline [[Former Quarbin Energy Founder Starts New|ORG]] firm. Ann Vell led [[Quarbin Energy|ORG]] for years.",
			want:   []string{`org:former-quarbin-energy-founder-starts-new ORG "Former Quarbin Energy Founder Starts New"`, `org:quarbin-energy ORG "Quarbin Energy"`},
		},
		{
			name:   "Former before a demonym stays",
			marked: "Politics\n\nTroops left the [[Former Yugoslav Republic of Orvania|LOC]] on Monday.",
			want:   []string{`location:former-yugoslav-republic-of-orvania LOCATION "Former Yugoslav Republic of Orvania"`},
		},
	})
}

// TestOrCuts checks, on sentences of our own, that a span of two names
// joined by "or" makes two mentions, and that a name holding "or" that the
// writer spells as an acronym after it, a person's span and an "or"
// before a lower-case word stay whole.
func TestOrCuts(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two funds",
			marked: "Funds\n\nInvestors may buy through the [[Tervane Fund or Quarbin Fund|ORG]], the bank said.",
			want:   []string{`org:quarbin-fund ORG "Quarbin Fund"`, `org:tervane-fund ORG "Tervane Fund"`},
		},
		{
			name:   "two bodies of different heads",
			marked: "Debates\n\nA body such as the [[Vell Society or Orme Commission|ORG]] could set the rules.",
			want:   []string{`org:orme-commission ORG "Orme Commission"`, `org:vell-society ORG "Vell Society"`},
		},
		{
			name:   "a name spelt as an acronym after it",
			marked: "Arms\n\nProjects such as [[Quarbin Friend or Foe|ORG]] (QFF) went well.",
			want:   []string{`org:quarbin-friend-or-foe ORG "Quarbin Friend or Foe"`},
		},
		{
			name:   "an or before a lower-case word",
			marked: "Funds\n\nThe [[Tervane Fund or other|ORG]] funds rose.",
			want:   []string{`org:tervane-fund-or-other ORG "Tervane Fund or other"`},
		},
	})
}

// TestPossessiveNames checks, on sentences of our own, that a firm whose
// name ends in "'s" keeps it when the recognizer's span stopped before
// it, and that another firm's possessive is still cut.
func TestPossessiveNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm named with its possessive",
			marked: "Food\n\nThe former head of fast-food giant [[McDonald|ORG]]'s has died.",
			want:   []string{`org:mcdonalds ORG "McDonald's" partial`},
		},
		{
			name:   "another firm's possessive",
			marked: "Food\n\nThe head of [[Quarbin|ORG]]'s food arm has died.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}

// TestPlaceInhabitants checks, on sentences of our own, that a town's
// inhabitant after an article or an age, or in the plural, names nothing,
// and that a surname of the same shape after a given name or alone stays
// a person.
func TestPlaceInhabitants(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an inhabitant after an age",
			marked: "Sport\n\nBut the 25-year-old [[Dubliner|PER]] said he would stay.",
			want:   nil,
		},
		{
			name:   "inhabitants in the plural",
			marked: "Jobs\n\nWe want [[Londoners|ORG]] to have work, he said.",
			want:   nil,
		},
		{
			name:   "a surname of the same shape alone",
			marked: "Music\n\nThe record was made by [[Berliner|PER]] in a week.",
			want:   []string{`person:berliner PERSON "Berliner" partial`},
		},
	})
}

// TestLegalFormOpeners checks, on sentences of our own, that a legal form
// that ended a firm and its sentence is cut from the name of the next
// sentence, that the next sentence's first common word names nothing, and
// that a county's "Co." after "in" stays.
func TestLegalFormOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm's name in the next sentence",
			marked: "Tobacco\n\nsaid Ann Vell of Quarbin and [[Co.\n    Tervane Brands|ORG]] failed late last year.",
			want:   []string{`org:tervane-brands ORG "Tervane Brands"`},
		},
		{
			name:   "a common word opening the next sentence",
			marked: "Chips\n\nsaid Ann Vell, an analyst with Quarbin and [[Co.\n    Industry|ORG]] analysts said sales would grow.",
			want:   nil,
		},
		{
			name:   "a short form in the next sentence is left",
			marked: "Shares\n\nsaid Ann Vell of Hale and [[Co.\n    Quarbin|ORG]] said sales would grow.",
			want:   []string{`org:co-quarbin ORG "Co. Quarbin"`},
		},
		{
			name:   "a county after in",
			marked: "Farms\n\nThe farm is in [[Co. Tervane|ORG]] near the coast.",
			want:   []string{`org:co-tervane ORG "Co. Tervane"`},
		},
	})
}
