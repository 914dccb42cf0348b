package extract

import "testing"

// TestTitleCues checks, on sentences of our own with made-up names, that a
// name the recognizer typed as an entity is a work (no node) after a
// capitalized possessive pronoun inside a sentence or after a genre's
// "hit" or in a list after a genre's "hits", in every mention of its
// article, the headline's cut piece too; that a benchmark's stock index
// and "Brits" are no nodes; and the readings left alone: a pronoun that
// begins a sentence, "hit" and "hits" as verbs, an index's owner.
func TestTitleCues(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a pronoun's title after a writer's possessive, and the bare title later",
			marked: "Books\n\nThe prize went to [[Ann Vell|PER]]'s His [[Quarbin Years|ORG]] this year. " +
				"Fans of [[Quarbin Years|ORG]] queued.",
			want: []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a pronoun's title in brackets",
			marked: "Theatre\n\nThe award went to Tom Zell (Her [[Tervane Summer|ORG]] and Other Plays) on Monday.",
			want:   nil,
		},
		{
			name:   "a pronoun that begins a sentence",
			marked: "Music\n\nShe won three awards. His [[Quarbin Lemmo|ORG]] nominations include best album.",
			want:   []string{`org:quarbin-lemmo ORG "Quarbin Lemmo"`},
		},
		{
			name:   "a genre's hit, and the headline's cut piece",
			marked: "Zorbit of [[Fire|ORG]] hit writer dies\n\n[[Ann Vell|PER]], co-writer of the country hit [[Zorbit of Fire|ORG]], has died.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "hit as a verb",
			marked: "Business\n\nRising costs hit [[Quarbin|ORG]]'s profits this year.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a list after a genre's hits",
			marked: "Films\n\nBudgets like those of box office hits [[Zorbit|PER]], [[Quarbin Girls|ORG]] and [[Lemmo Love|PER]] are at risk.",
			want:   nil,
		},
		{
			name:   "hits as a verb before a list",
			marked: "Business\n\nWeak demand hits [[Quarbin|ORG]] and [[Zorbit|ORG]] alike.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a benchmark's stock index",
			marked: "Markets\n\nTervane's benchmark [[QRBX|ORG]] stock index closed down 2% on Monday.",
			want:   nil,
		},
		{
			name:   "the owner of a stock index",
			marked: "Markets\n\nThe owner of the [[Quarbin|ORG]] stock index plans to sell shares.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "Brits, the awards",
			marked: "Music\n\nThe band has two nominations for [[Brits|LOC]] this year.",
			want:   nil,
		},
	})
}

// TestConstituencyAndNearTown checks, on sentences of our own with
// made-up names, that a name typed an organization or a person after a
// member's office and "for", or after "constituency now known as", is a
// constituency, and one typed an organization after "near" a town (both
// LOCATION); and the readings left alone: a party after "MP for", a time
// of day before "for", a firm's possessive after "near".
func TestConstituencyAndNearTown(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an MP's seat",
			marked: "Politics\n\n[[Ann Vell|PER]], Labour MP for [[Tervane North|ORG]], said the plan was wrong.",
			want:   []string{`location:tervane-north LOCATION "Tervane North"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a seat's new name",
			marked: "Politics\n\nHe has represented the constituency now known as [[Quarbin|PER]] since 1970.",
			want:   []string{`location:quarbin LOCATION "Quarbin" partial`},
		},
		{
			name:   "a party after MP for",
			marked: "Politics\n\nShe was elected an MP for [[Plaid Cymru|ORG]] in 2001.",
			want:   []string{`org:plaid-cymru ORG "Plaid Cymru"`},
		},
		{
			name:   "a time of day before for",
			marked: "Politics\n\nThe talks begin at 10 AM for [[Tervane Group|ORG]] staff.",
			want:   []string{`org:tervane-group ORG "Tervane Group"`},
		},
		{
			name:   "a town after near",
			marked: "Music\n\nThe festival takes place at Lemmo Farm near [[Tervane|ORG]] in July.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`},
		},
		{
			name:   "a firm's possessive after near",
			marked: "Business\n\nThe lab stands near [[Quarbin|ORG]]'s old plant.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
	})
}

// TestInitialPlayer checks, on squad lists of our own with made-up names,
// that a name of an initial and a surname typed an organization is a
// person beside another item of that shape, with or without a club in
// brackets; and the readings left alone: a band with a number, an
// athletes' list with its clubs.
func TestInitialPlayer(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a squad list",
			marked: "Rugby\n\nTervane: A Rossi, B Lemmo; [[Q Zorvani|ORG]], D Marro (capt) in the pack.",
			want:   []string{`person:q-zorvani PERSON "Q Zorvani" partial`},
		},
		{
			name:   "a list with countries in brackets",
			marked: "Rugby\n\nThe side: K Vell (Tervane), [[Q Zorvani|ORG]] (Quarbia); L Marro (Tervane).",
			want:   []string{`person:q-zorvani PERSON "Q Zorvani" partial`},
		},
		{
			name:   "a band with a number",
			marked: "Music\n\nHe then put together [[Q Club|ORG]] 7, who had a TV show.",
			want:   []string{`org:q-club ORG "Q Club"`},
		},
		{
			name:   "an athletes' list with clubs",
			marked: "Athletics\n\nHigh jump: [[Q Zorvani|ORG]] (Tervane Harriers), L Marro (Quarbin AC).",
			want:   []string{`org:q-zorvani ORG "Q Zorvani"`},
		},
	})
}

// TestFirstNamePerson checks, on sentences of our own with made-up names,
// that a given name and a surname that is a word of companies' names,
// typed an organization, is a person before "and" and another given name
// or before a comma and an office; and the readings left alone: a firm
// with a plural word, a firm with its suffix.
func TestFirstNamePerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a pair of people",
			marked: "Courts\n\nAfter the case [[Helen Steel|ORG]] and Robert Lemmo were cleared.",
			want:   []string{`person:helen-steel PERSON "Helen Steel"`},
		},
		{
			name:   "an office after a comma",
			marked: "Business\n\n\"Sales rose,\" [[Stanley Gold|ORG]], vice president of sales, said.",
			want:   []string{`person:stanley-gold PERSON "Stanley Gold"`},
		},
		{
			name:   "a firm with a plural word",
			marked: "Business\n\nShares of [[Michael Foods|ORG]] and Ann Vell's firm rose.",
			want:   []string{`org:michael-foods ORG "Michael Foods"`},
		},
	})
}
