package extract

import "testing"

// TestCallSign checks tail14n's callSign: a call sign typed as a person is
// a station.
func TestCallSign(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a television station typed a person",
			marked: "Stations\n\n[[KQRB-TV|PERSON]] chose to air another film, its manager said.",
			want:   []string{`org:kqrb-tv ORG "KQRB-TV" partial`},
		},
		{
			name:   "a radio station's possessive",
			marked: "Stations\n\nAnn Vell, [[WZLM-FM|PERSON]]'s manager, said the show would move.",
			want:   []string{`org:wzlm-fm ORG "WZLM-FM" partial`},
		},
		{
			name:   "five capitals before the band",
			marked: "Stations\n\n[[QRBLM-TV|PERSON]] chose to air another film.",
			want:   []string{`person:qrblm-tv PERSON "QRBLM-TV"`},
		},
		{
			name:   "no call sign's first letter",
			marked: "Airlines\n\n[[PAN-AM|PERSON]] chose to cut flights.",
			want:   []string{`person:pan-am PERSON "PAN-AM"`},
		},
	})
}

// TestMagazineName checks tail14n's magazineName: a name ending in a
// periodical's word typed as a person or a place is the periodical.
func TestMagazineName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a German magazine typed a person",
			marked: "Banks\n\nHe is quoted as saying by Tervane's [[Quarbin Magazin|PERSON]].",
			want:   []string{`org:quarbin-magazin ORG "Quarbin Magazin"`},
		},
		{
			name:   "a magazine typed a place",
			marked: "Gadgets\n\nThe phone was named best buy by [[Lemmo Magazine|LOCATION]] last week.",
			want:   []string{`org:lemmo-magazine ORG "Lemmo Magazine"`},
		},
		{
			name:   "a surname that is no periodical's word",
			marked: "Tennis\n\nThe match went to [[Ann Courier|PERSON]] in three sets.",
			want:   []string{`person:ann-courier PERSON "Ann Courier"`},
		},
	})
}

// TestRecordAfterPrep checks tail14n's recordAfterPrep and
// chartMoveBefore: a bare kind of record after a preposition, and a
// chart's place after "to" or "at" before "with", make a name a record.
func TestRecordAfterPrep(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "as single",
			marked: "Music\n\nThe album topped the charts at the same time as single [[Zorbit Nights|PERSON]]!",
			want:   nil,
		},
		{
			name:   "for hit",
			marked: "Music\n\nThey won best song for hit [[Lemmo Vay|ORG]].",
			want:   nil,
		},
		{
			name:   "to hit is a verb",
			marked: "Storms\n\nThe strike is expected to hit [[Lemmo Vay|ORG]].",
			want:   []string{`org:lemmo-vay ORG "Lemmo Vay"`},
		},
		{
			name:   "a given name after the kind",
			marked: "Music\n\nShe sang a duet with hit [[Ann Quarbin|PERSON]].",
			want:   []string{`person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "one place to four with",
			marked: "Music\n\n[[Quarbin|ORG]] also slipped one place to four with [[Lose Our Way|LOCATION]].",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "entered the chart at four with",
			marked: "Music\n\n[[Lemmo|ORG]] entered the chart at four with [[Vell Road|PERSON]].",
			want:   []string{`org:lemmo ORG "Lemmo" partial`},
		},
		{
			name:   "a deficit cut to four with",
			marked: "Football\n\nThey cut the deficit to four with [[Quarbin Vale|ORG]].",
			want:   []string{`org:quarbin-vale ORG "Quarbin Vale"`},
		},
	})
}

// TestKindPluralsTail14n checks tail14n's kinds added to kindPlurals: a
// list of examples after "classics", "titles", "franchises", "series" or
// "offerings" names works.
func TestKindPluralsTail14n(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "arcade classics such as",
			marked: "Games\n\nThere are ports of arcade classics such as Zorbit, [[Lemmo Lander|PERSON]] and [[Quarbinix|ORG]].",
			want:   nil,
		},
		{
			name:   "art-house offerings such as",
			marked: "Films\n\nHits came from art-house offerings such as [[Vell Dynamo|PERSON]] and the drama Sidewalk.",
			want:   nil,
		},
		{
			name:   "older titles such as",
			marked: "Games\n\nOlder titles such as [[Total Quarbin|ORG]] will be out in May.",
			want:   nil,
		},
		{
			name:   "firms such as",
			marked: "Games\n\nFirms such as [[Quarbin Soft|ORG]] will be out in May.",
			want:   []string{`org:quarbin-soft ORG "Quarbin Soft"`},
		},
	})
}

// TestArtsSentence checks tail14n's artsSentence: a maker's possessive
// before a title in a sentence of the arts makes the title a work, though
// the article names a sport.
func TestArtsSentence(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "an arts sentence in an article with football",
			marked: "Music\n\nThe latest albums by two dance acts - [[Ann Vell|PERSON]]'s [[Zorbitville|ORG]] and others - sold badly. " +
				"He once played football on the beach.",
			want: []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name: "no word of the arts in the sentence",
			marked: "Music\n\nThe new album sold badly. Fans of [[Ann Vell|PERSON]]'s [[Zorbitville|ORG]] went to the football match " +
				"instead.",
			want: []string{`org:zorbitville ORG "Zorbitville" partial`, `person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestSpanishPlaceOpener checks tail14n's spanishPlaceOpener: a name
// opening with "Los", "Las", "Puerto" or "San" typed as a person is a
// place.
func TestSpanishPlaceOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a city in a game",
			marked: "Games\n\nThe state has three cities: Los Quarbos, San Tervano and [[Las Lemmas|PERSON]], a copy of a real one.",
			want:   []string{`location:las-lemmas LOCATION "Las Lemmas"`},
		},
		{
			name:   "a port",
			marked: "Shipping\n\nThe ship loaded at [[Puerto Zorbo|PERSON]] on Monday.",
			want:   []string{`location:puerto-zorbo LOCATION "Puerto Zorbo"`},
		},
		{
			name:   "a given name is left",
			marked: "Football\n\n[[Rio Quarbin|PERSON]] scored twice.",
			want:   []string{`person:rio-quarbin PERSON "Rio Quarbin"`},
		},
		{
			name:   "a firm's word",
			marked: "Business\n\n[[San/Lemmo Corp|PERSON]] said profits rose.",
			want:   []string{`org:san-lemmo ORG "San/Lemmo Corp"`},
		},
		{
			name:   "a slash in a firm's short name",
			marked: "Business\n\n[[San/Lemmo|PERSON]] said profits rose.",
			want:   []string{`person:san-lemmo PERSON "San/Lemmo"`},
		},
		{
			name:   "a game's subtitle after a colon",
			marked: "Games\n\nThe top title of the year was ZGT: [[San Tervano|PERSON]] again.",
			want:   []string{`person:san-tervano PERSON "San Tervano"`},
		},
		{
			name:   "a title before the name",
			marked: "Politics\n\nMr [[San Lemmo|PERSON]] said he would stand.",
			want:   []string{`person:san-lemmo PERSON "San Lemmo"`},
		},
	})
}

// TestBareApostropheGap checks tail14n's bareApostropheGap: a maker's
// possessive written with a bare apostrophe ("Lewis' ") before a title
// makes it a work, as "'s " does.
func TestBareApostropheGap(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a singer's bare apostrophe",
			marked: "Music\n\n[[Ann Elvis|PERSON]]' [[Wooden Zorbit|LOCATION]], which entered the chart at number two, is from a new album.",
			want:   []string{`person:ann-elvis PERSON "Ann Elvis"`},
		},
		{
			name:   "a role played opposite the owner",
			marked: "Films\n\nHe began his film career playing Lemmo to [[Ann Welles|PERSON]]' [[Zorbeth|PERSON]] in 1948.",
			want:   []string{`person:ann-welles PERSON "Ann Welles"`, `person:zorbeth PERSON "Zorbeth" partial`},
		},
		{
			name:   "an apostrophe after no s",
			marked: "Music\n\nThe album of [[Ann Vello|PERSON]]' [[Wooden Zorbit|LOCATION]] entered the chart at number two.",
			want:   []string{`location:wooden-zorbit LOCATION "Wooden Zorbit"`, `person:ann-vello PERSON "Ann Vello"`},
		},
	})
}
