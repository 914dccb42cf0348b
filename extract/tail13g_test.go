package extract

import "testing"

// TestPossessiveOnly checks, on sentences of our own, that a firm whose
// name ends in "'s" and that the recognizer typed a person is the firm
// when its article writes it only with its "'s", and that a surname
// written otherwise once is left a person.
func TestPossessiveOnly(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "written with its possessive every time",
			marked: "Sandwiches\n\nThe average [[Arby|PER]]'s sells more food than last year. Analysts expect [[Arby|PER]]'s to open new shops.",
			want:   []string{`org:arbys ORG "Arby's" partial`},
		},
		{
			name:   "a headline's possessive and the body's",
			marked: "[[Arby|PER]]'s chief quits\n\nThe head of fast-food chain [[Arby|PER]]'s has left.",
			want:   []string{`org:arbys ORG "Arby's" partial`},
		},
		// Left alone.
		{
			name:   "the word without its possessive elsewhere",
			marked: "Goal\n\n[[Arby|PER]] scored twice. The crowd cheered [[Arby|PER]]'s second goal.",
			want:   []string{`person:arby PERSON "Arby" partial`},
		},
		{
			name:   "a full name in the article",
			marked: "Goal\n\nThe striker [[Tom Arby|PER]] was fit. The crowd cheered [[Arby|PER]]'s second goal.",
			want:   []string{`person:tom-arby PERSON "Tom Arby"`},
		},
		{
			name:   "a title before it",
			marked: "Plan\n\nThe board backed Mr [[Arby|PER]]'s plan on Monday.",
			want:   []string{`person:arby PERSON "Arby" partial`},
		},
		{
			name:   "a given name before it, in no span",
			marked: "Plan\n\nThe board backed Tom [[Arby|PER]]'s plan on Monday.",
			want:   []string{`person:tom-arby PERSON "Tom Arby"`},
		},
		{
			name:   "no firm's name of the list",
			marked: "Plan\n\nThe board backed [[Quarbin|PER]]'s plan on Monday.",
			want:   []string{`person:quarbin PERSON "Quarbin" partial`},
		},
	})
}

// TestOwnerVenues checks, on sentences of our own, that a founder's name
// in the possessive before a theatre's, a hall's or a school's name is one
// name with it, and that a town's, a firm's or a named person's
// possessive is left.
func TestOwnerVenues(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a theatre, the possessor typed a person",
			marked: "Premiere\n\nThe film opened at [[Quarbin|PER]]'s [[Chinese Theatre|LOC]] on Friday.",
			want:   []string{`location:quarbins-chinese-theatre LOCATION "Quarbin's Chinese Theatre"`},
		},
		{
			name:   "a medical school, the possessor in no span",
			marked: "Doctor\n\nShe trained at Vellard's [[Hospital Medical School|ORG]], and later in Lemmo.",
			want:   []string{`org:vellards-hospital-medical-school ORG "Vellard's Hospital Medical School"`},
		},
		// Left alone.
		{
			name:   "a town's theatre",
			marked: "Play\n\nThe play opened at [[London|LOC]]'s [[Vellard Theatre|LOC]] on Friday.",
			want:   []string{`location:london LOCATION "London" partial`, `location:vellard-theatre LOCATION "Vellard Theatre"`},
		},
		{
			name:   "a firm's hall",
			marked: "Concert\n\nThe band played [[Tervane|ORG]]'s [[Lemmo Hall|LOC]] on Friday.",
			want:   []string{`location:lemmo-hall LOCATION "Lemmo Hall"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a person named in full",
			marked: "Concert\n\n[[Ann Quarbin|PER]] sang. She later bought [[Quarbin|PER]]'s [[Lemmo Hall|LOC]] for herself.",
			want:   []string{`location:lemmo-hall LOCATION "Lemmo Hall"`, `person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "a title before the possessor",
			marked: "Concert\n\nThe band played at Mr [[Quarbin|PER]]'s [[Lemmo Hall|LOC]] on Friday.",
			want:   []string{`location:lemmo-hall LOCATION "Lemmo Hall"`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "a capitalized word after the head",
			marked: "Money\n\nThe band gave [[Quarbin|PER]]'s [[Lemmo Hall Fund|ORG]] a cheque.",
			want:   []string{`org:lemmo-hall-fund ORG "Lemmo Hall Fund"`, `person:quarbin PERSON "Quarbin" partial`},
		},
		{
			name:   "a day before the possessive",
			marked: "Concert\n\nThey enjoyed Monday's [[Lemmo Hall|LOC]] concert.",
			want:   []string{`location:lemmo-hall LOCATION "Lemmo Hall"`},
		},
		{
			name:   "no head",
			marked: "Concert\n\nThey enjoyed [[Quarbin|PER]]'s [[Lemmo Stand|LOC]] seats.",
			want:   []string{`location:lemmo-stand LOCATION "Lemmo Stand"`, `person:quarbin PERSON "Quarbin" partial`},
		},
	})
}

// TestPluralOwners checks, on sentences of our own, that a span run over a
// plural owner's apostrophe is cut to the owner, the thing after it kept
// only where the article names it elsewhere, and that bodies named after
// their members keep the apostrophe.
func TestPluralOwners(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a regiment's record",
			marked: "Songs\n\nListeners chose the [[Tervane Lemmo Guards' Amazing Quarn|ORG]] as their favourite.",
			want:   []string{`org:tervane-lemmo-guards ORG "Tervane Lemmo Guards"`},
		},
		{
			name:   "a firm's unit the article names elsewhere",
			marked: "Deal\n\nThe sale of [[Quarbin Securities' Vellmark|ORG]] was agreed. [[Vellmark|ORG]] has 300 staff.",
			want:   []string{`org:quarbin-securities ORG "Quarbin Securities"`, `org:vellmark ORG "Vellmark" partial`},
		},
		// Left alone.
		{
			name:   "a union of members",
			marked: "Strike\n\nThe [[Lemmo Quarners' Union|ORG]] called a strike.",
			want:   []string{`org:lemmo-quarners-union ORG "Lemmo Quarners' Union"`},
		},
		{
			name:   "a park",
			marked: "Match\n\nThey won at [[St Quarns' Park|LOC]] on Sunday.",
			want:   []string{`location:st-quarns-park LOCATION "St Quarns' Park"`},
		},
		{
			name:   "a members' plural alone before the apostrophe",
			marked: "Group\n\nThe [[Lawyers' Lemmo Fellowship|ORG]] met on Sunday.",
			want:   []string{`org:lawyers-lemmo-fellowship ORG "Lawyers' Lemmo Fellowship"`},
		},
		{
			name:   "a members' plural after other words",
			marked: "Group\n\nThe [[Lemmo Workers' Quarn Front|ORG]] met on Sunday.",
			want:   []string{`org:lemmo-workers-quarn-front ORG "Lemmo Workers' Quarn Front"`},
		},
		{
			name:   "an organization's word in the plural",
			marked: "Group\n\nThe [[Federation of Tervane Guards' Associations|ORG]] met on Sunday.",
			want:   []string{`org:federation-of-tervane-guards-associations ORG "Federation of Tervane Guards' Associations"`},
		},
		{
			name:   "a company suffix after the apostrophe",
			marked: "Deal\n\nThey bought [[Quarbin Brothers' Vellmark Holdings Inc|ORG]] last year.",
			want:   []string{`org:quarbin-brothers-vellmark ORG "Quarbin Brothers' Vellmark Holdings Inc"`},
		},
	})
}
