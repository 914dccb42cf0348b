package extract

import "testing"

// TestParticleSpans checks that a name cut before a Romance particle is
// joined to the words after it, on names of our own, and that the English
// verb "do" and a possessive keep names apart.
func TestParticleSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm and a country after de",
			marked: "Bonds\n\nThe utility [[Quarbina|ORG]] de [[France|LOC]] is issuing bonds.",
			want:   []string{`org:quarbina-de-france ORG "Quarbina de France"`},
		},
		{
			name:   "a person's particle and bare words",
			marked: "Talks\n\nThe governor, [[Alfonso|PER]] de Tervano, said talks would go on.",
			want:   []string{`person:alfonso-de-tervano PERSON "Alfonso de Tervano"`},
		},
		{
			name: "do joins a country only",
			marked: "Loans\n\n[[Banco Quarbino|ORG]] do [[Brasil|LOC]] lent more. Why should [[Okafor|PER]] do Business Week a favour? " +
				"[[Zimbabwe|LOC]] do [[England|LOC]] a favour.",
			want: []string{`country:ZW COUNTRY "Zimbabwe"`, `location:england LOCATION "England" partial`,
				`org:banco-quarbino-do-brasil ORG "Banco Quarbino do Brasil"`, `person:okafor PERSON "Okafor" partial`},
		},
		{
			name:   "a region typed a person, a place after do",
			marked: "Soy\n\nRains fell in [[Vila Tervana|PER]] do [[Sulco|LOC]] this week. [[Rio Quarbo|LOC]] do Sulco had less.",
			want:   []string{`location:rio-quarbo-do-sulco LOCATION "Rio Quarbo do Sulco"`, `location:vila-tervana-do-sulco LOCATION "Vila Tervana do Sulco"`},
		},
		{
			name:   "del between two places, a coach's particle",
			marked: "Trade\n\nMinisters met in [[Punta|LOC]] del [[Quarbo|LOC]] on Monday. He played for [[Luca|PER]] del Tervano's side.",
			want:   []string{`location:punta-del-quarbo LOCATION "Punta del Quarbo"`, `person:luca-del-tervano PERSON "Luca del Tervano"`},
		},
		{
			name:   "della inside a bank's name",
			marked: "Banks\n\nThe [[Banca|ORG]] della [[Quarbina Tervana|PER]] raised its rates.",
			want:   []string{`org:banca-della-quarbina-tervana ORG "Banca della Quarbina Tervana"`},
		},
	})
}

// TestSpeakerFirms checks that the firm a quoted analyst speaks from is an
// organization though the recognizer typed it a place, and that a known
// town and a reporter's place stay places.
func TestSpeakerFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an analyst at his bank",
			marked: "Jobs\n\n\"It is no surprise,\" said [[Ann Okafor|PER]] at [[Quarbinbank|LOC]].",
			want:   []string{`org:quarbinbank ORG "Quarbinbank" partial`, `person:ann-okafor PERSON "Ann Okafor"`},
		},
		{
			name:   "a known town",
			marked: "Jobs\n\n\"It is no surprise,\" said [[Ann Okafor|PER]] at [[Lisbon|LOC]].",
			want:   []string{`location:lisbon LOCATION "Lisbon" partial`, `person:ann-okafor PERSON "Ann Okafor"`},
		},
		{
			name:   "a reporter at a place",
			marked: "Hunts\n\nCorrespondent [[Ann Okafor|PER]] at [[Quarbin Moor|LOC]] counted the riders.",
			want:   []string{`location:quarbin-moor LOCATION "Quarbin Moor"`, `person:ann-okafor PERSON "Ann Okafor"`},
		},
	})
}
