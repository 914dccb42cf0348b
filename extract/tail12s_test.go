package extract

import "testing"

// TestHyphenAdjectives checks, on sentences of our own, that a compound
// adjective opening a span is cut from the name after it, and that a
// compound of a name's own stays.
func TestHyphenAdjectives(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a headline's adjective before a surname",
			marked: "[[Off-colour Vellmore|PER]] storms to win\n\n[[Ann Vellmore|PER]] won the race on Sunday.",
			want:   []string{`person:ann-vellmore PERSON "Ann Vellmore"`},
		},
		{
			name:   "a bowler's figures before his surname",
			marked: "Cricket\n\n[[Seven-wicket Vellmore|PER]] bowled well on Sunday.",
			want:   []string{`person:vellmore PERSON "Vellmore" partial`},
		},
		{
			name:   "a capital after the hyphen stays",
			marked: "Mining\n\nGold was found at the [[Eleven-to-One Quarbin|LOC]] last week.",
			want:   []string{`location:eleven-to-one-quarbin LOCATION "Eleven-to-One Quarbin"`},
		},
		{
			name:   "a short first part stays",
			marked: "Banks\n\nThe [[Co-operative Tervane|ORG]] said profits rose.",
			want:   []string{`org:co-operative-tervane ORG "Co-operative Tervane"`},
		},
		{
			name:   "a given name's first part stays",
			marked: "People\n\n[[Qiu-yuan Vell|PER]] joined the board on Monday.",
			want:   []string{`person:qiu-yuan-vell PERSON "Qiu-yuan Vell"`},
		},
		{
			name:   "a common word alone after it stays",
			marked: "Bonds\n\nThe bonds clear through the [[Post-clear System|ORG]] in Orvania.",
			want:   []string{`org:post-clear-system ORG "Post-clear System"`},
		},
	})
}

// TestVenueOpeners checks, on sentences of our own, that a venue's name
// takes back a royal style with "of" and a sentence's first "Great", and
// that a style or "Great" before a name with no venue's head stay
// as they were.
func TestVenueOpeners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a royal style before a theatre",
			marked: "Stage\n\nThe show opens at the Princess of [[Orvania Theatre|LOC]] next year.",
			want:   []string{`location:princess-of-orvania-theatre LOCATION "Princess of Orvania Theatre"`},
		},
		{
			name:   "Great opening the sentence before a hospital",
			marked: "Health\n\nGreat [[Vellan Street Hospital|LOC]] doctors said the child was well.",
			want:   []string{`location:great-vellan-street-hospital LOCATION "Great Vellan Street Hospital"`},
		},
		{
			name:   "a royal style before a name with no venue's head stays",
			marked: "Royals\n\nThe Prince of [[Orvania Trust|ORG]] gave the town a grant.",
			want:   []string{`org:orvania-trust ORG "Orvania Trust"`},
		},
		{
			name:   "Great before a name with no venue's head stays",
			marked: "Sport\n\nGreat [[Tervane Rovers|ORG]] won again on Sunday.",
			want:   []string{`org:tervane-rovers ORG "Tervane Rovers"`},
		},
	})
}

// TestMembersOf checks, on sentences of our own, that a body of members
// cut before its members' plural takes it back, and that a plural that is
// no common word's, a capitalized word after the plural and a plural that
// opens a span of its own leave it as it was.
func TestMembersOf(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "officers before a possessive",
			marked: "Police\n\nThe [[Association of Chief Police|ORG]] Officers' spokesman said the law was clear.",
			want:   []string{`org:association-of-chief-police-officers ORG "Association of Chief Police Officers"`},
		},
		{
			name:   "officers before a title",
			marked: "Police\n\n[[Federation of Orvania Police|ORG]] Officers president [[Ann Vell|PER]] said pay fell.",
			want:   []string{`org:federation-of-orvania-police-officers ORG "Federation of Orvania Police Officers"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a plural that is no common word's",
			marked: "Police\n\nThe [[Association of Chief Police|ORG]] Vellors' spokesman said the law was clear.",
			want:   []string{`org:association-of-chief-police ORG "Association of Chief Police"`},
		},
		{
			name:   "a capitalized word after the plural",
			marked: "Police\n\nThe [[Association of Chief Police|ORG]] Officers Quarbin said the law was clear.",
			want:   []string{`org:association-of-chief-police ORG "Association of Chief Police"`},
		},
		{
			name:   "a plural in a span of its own",
			marked: "Police\n\nThe [[Association of Chief Police|ORG]] [[Officers|ORG]] said the law was clear.",
			want:   []string{`org:association-of-chief-police ORG "Association of Chief Police"`, `org:officers ORG "Officers" partial`},
		},
	})
}

// TestOfNations checks, on sentences of our own, that a body named after
// two nations joined by "and" takes back the second, and that a
// capitalized word after it, a second name that is no nation's and a
// person's span leave it as it was.
func TestOfNations(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two home nations",
			marked: "Police\n\nThe head of the [[Tervane Federation of England|ORG]] and [[Wales|LOC]], which speaks for officers, said so.",
			want:   []string{`org:tervane-federation-of-england-and-wales ORG "Tervane Federation of England and Wales"`},
		},
		{
			name:   "two countries, the second in no span",
			marked: "Trade\n\nThe [[Vell Council of France|ORG]] and Belgium said exports rose.",
			want:   []string{`org:vell-council-of-france-and-belgium ORG "Vell Council of France and Belgium"`},
		},
		{
			name:   "a capitalized word after the second nation",
			marked: "Rugby\n\nThe [[Tervane Union of England|ORG]] and [[Wales Quarbin|ORG]] met on Sunday.",
			want:   []string{`org:tervane-union-of-england ORG "Tervane Union of England"`, `org:wales-quarbin ORG "Wales Quarbin"`},
		},
		{
			name:   "a second name that is no nation's",
			marked: "Banks\n\nThe [[Tervane Bank of England|ORG]] and [[Quarbin|ORG]] said rates would rise.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:tervane-bank-of-england ORG "Tervane Bank of England"`},
		},
		{
			name:   "a place's word before of",
			marked: "Oil\n\nWells in the [[Gulf of Orvania|ORG]] and [[Belgium|LOC]] were shut.",
			want:   []string{`country:BE COUNTRY "Belgium"`, `location:gulf-of-orvania LOCATION "Gulf of Orvania"`},
		},
		{
			name:   "one nation twice",
			marked: "Banks\n\nThe [[Tervane Bank of France|ORG]] and France's [[Quarbin Fund|ORG]] lent the money.",
			want:   []string{`country:FR COUNTRY "France"`, `org:quarbin-fund ORG "Quarbin Fund"`, `org:tervane-bank-of-france ORG "Tervane Bank of France"`},
		},
	})
}
