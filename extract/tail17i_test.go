package extract

import "testing"

// TestMembersOfBody checks tail17i's [membersOfBody]: a name typed a
// place or a person right after "members of" (with or without "the"), or
// after such words, a first name and "and", is a body's when its noun
// phrase ends with the name; a family or a council after the name (a
// word goes on), a possessive, and a name with no "members of" before
// it are left.
func TestMembersOfBody(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two bands joined by and, the second with the inside",
			marked: "Music\n\nHe formed a new group with members of [[Quarbin Vell|LOC]] and [[Zorbit the Lemmo|LOC]]. It sold well.",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`, `org:zorbit-the-lemmo ORG "Zorbit the Lemmo"`},
		},
		{
			name:   "a band typed a person, the and a comma after",
			marked: "Music\n\nShe toured with members of the [[Tervix Ollan|PER]], who had split up.",
			want:   []string{`org:tervix-ollan ORG "Tervix Ollan"`},
		},
		{
			name:   "two families after the names",
			marked: "Politics\n\nHe met members of the [[Vell|PER]] and [[Lemmo|PER]] families in private.",
			want:   []string{`person:lemmo PERSON "Lemmo" partial`, `person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a council after the place",
			marked: "Politics\n\nShe is one of the older members of the [[Quarnby|LOC]] town council.",
			want:   []string{`location:quarnby LOCATION "Quarnby" partial`},
		},
		{
			name:   "a possessive after the person",
			marked: "Film\n\nMembers of [[Ivo Marlow|PER]]'s family came to the premiere.",
			want:   []string{`person:ivo-marlow PERSON "Ivo Marlow"`},
		},
		{
			name:   "no members before the and",
			marked: "Music\n\nFans of [[Quarbin Vell|LOC]] and [[Zorbit the Lemmo|LOC]]. It sold well.",
			want:   []string{`location:quarbin-vell LOCATION "Quarbin Vell"`, `location:zorbit-the-lemmo LOCATION "Zorbit the Lemmo"`},
		},
	})
}

// TestJoinedGroundPerson checks tail17i's [joinedGroundPerson]: a name
// typed a person before "training ground" or "stadium" is a place when
// "and" and a site's noun stand before it; a name with no site before
// "and", and a head that goes on, are left.
func TestJoinedGroundPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a training ground after a stadium and and",
			marked: "Football\n\nThe owner will buy back the Vell Park stadium and [[Ann Lemmo|PER]] training ground soon.",
			want:   []string{`location:ann-lemmo LOCATION "Ann Lemmo"`},
		},
		{
			name:   "no site noun before the and",
			marked: "Football\n\nThe coach and [[Ann Lemmo|PER]] training ground talks went on.",
			want:   []string{`person:ann-lemmo PERSON "Ann Lemmo"`},
		},
		{
			name:   "a head that goes on",
			marked: "Football\n\nThey left the stadium and [[Ann Lemmo|PER]] stadiums were shut.",
			want:   []string{`person:ann-lemmo PERSON "Ann Lemmo"`},
		},
	})
}

// TestDemonymRun checks tail17i's [demonymRun]: words of peoples and
// regions joined by "and", or "pan-" and a people, before a lower-case
// noun are an adjective and no name; such words before a verb of a firm,
// and a name with a word of its own, are left.
func TestDemonymRun(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "regions joined by and before a noun",
			marked: "Business\n\nProfits fell, although [[Central and Eastern European|ORG]] sales rose.",
			want:   []string{},
		},
		{
			name:   "pan- and a people before a noun",
			marked: "Business\n\nThe [[Pan-European|ORG]] exchange said nothing.",
			want:   []string{},
		},
		{
			name:   "a firm's own word in the name",
			marked: "Business\n\n[[Quarbin and Eastern European|ORG]] shares rose.",
			want:   []string{`org:quarbin-and-eastern-european ORG "Quarbin and Eastern European"`},
		},
		{
			name:   "a firm's verb after the words",
			marked: "Business\n\n[[Pan-European|ORG]] said its sales rose.",
			want:   []string{`org:pan-european ORG "Pan-European"`},
		},
	})
}

// TestVersusTitle checks tail17i's [versusTitle]: a name typed a person
// or a place with "vs" or "versus" inside is a title; a middle initial
// "V." and a body's name are left.
func TestVersusTitle(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a film's title typed a person",
			marked: "Film\n\nThe latest, [[Zorbit Vs Quarbin|PER]], came out last summer.",
			want:   []string{},
		},
		{
			name:   "versus typed a place",
			marked: "Sport\n\nLast year [[Tervane versus Lemmo|LOC]] drew big crowds.",
			want:   []string{},
		},
		{
			name:   "a middle initial",
			marked: "Business\n\nThe board named [[Ivo V. Marlow|PER]] chairman.",
			want:   []string{`person:ivo-v-marlow PERSON "Ivo V. Marlow"`},
		},
		{
			name:   "a music act typed a body",
			marked: "Music\n\nThe song is by [[Zorbit Vs Quarbin|ORG]].",
			want:   []string{`org:zorbit-vs-quarbin ORG "Zorbit Vs Quarbin"`},
		},
	})
}

// TestMixedAcronym checks tail17i's [mixedAcronym]: one word of a
// capital, one or two lower-case letters and capitals to its end, typed a
// place or a person, is a body's acronym, and so is a firm's name of three
// capitals or more glued to lower-case letters; a Scots prefix, a shouted
// name of two capitals, four capitals glued to a lower-case word and a
// plain capitalized name are left.
func TestMixedAcronym(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a bank's acronym typed a place",
			marked: "Business\n\nAnalysts read the [[QoT|LOC]]'s figures with care.",
			want:   []string{`org:qot ORG "QoT" partial`},
		},
		{
			name:   "a firm's name typed a place, two small letters",
			marked: "Technology\n\nPhones are made by Zorbit, [[TerQ|LOC]] and others.",
			want:   []string{`org:terq ORG "TerQ" partial`},
		},
		{
			name:   "a firm's initials glued to its name, typed a person",
			marked: "Business\n\nHis previous adviser, [[QVZorbit|PER]], quit last year.",
			want:   []string{`org:qvzorbit ORG "QVZorbit" partial`},
		},
		{
			name:   "an acronym of four capitals glued to a lower-case word",
			marked: "Technology\n\nThe famous screensaver, [[QVTRhome|PER]], found a signal.",
			want:   []string{`person:qvtrhome PERSON "QVTRhome" partial`},
		},
		{
			name:   "a shouted name of two capitals",
			marked: "Business\n\nThe board said [[MArlow|PER]] would lead it.",
			want:   []string{`person:marlow PERSON "MArlow" partial`},
		},
		{
			name:   "a Scots prefix",
			marked: "Film\n\nThe film was directed by [[McQ|PER]], who also wrote it.",
			want:   []string{`person:mcq PERSON "McQ" partial`},
		},
		{
			name:   "a plain capitalized name",
			marked: "Travel\n\nShe lives in [[Quarby|LOC]] near the river.",
			want:   []string{`location:quarby LOCATION "Quarby" partial`},
		},
	})
}

// TestTeamOpener checks tail17i's [teamOpener]: a name typed a place or
// a person that opens with "Team" or "Club" is a team's; a country's name
// after "Team" (its national side) is left.
func TestTeamOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a game studio typed a place",
			marked: "Games\n\nThe firm's [[Team Zorbit|LOC]] are back with a new fighting game.",
			want:   []string{`org:team-zorbit ORG "Team Zorbit"`},
		},
		{
			name:   "a polo team typed a person",
			marked: "Sport\n\nHe plays polo for [[Team Quarnvell|PER]] most summers.",
			want:   []string{`org:team-quarnvell ORG "Team Quarnvell"`},
		},
		{
			name:   "a country after Team",
			marked: "Sport\n\nThe [[Team France|LOC]] coach named his side.",
			want:   []string{`location:team-france LOCATION "Team France"`},
		},
	})
}
