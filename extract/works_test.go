package extract

import "testing"

// TestWorksByKind checks that a name after a genre ("the comedy X"), after
// a phrase only a work follows ("starring in X") or nominated for something
// when the recognizer did not take it for a person is a work, not a node,
// while people, firms and authors around such words stay: on sentences of
// our own, with made-up names.
func TestWorksByKind(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a genre before the title",
			marked: "Critics praised the wine comedy [[Orchard Lane|ORG]] and the thriller [[Hollow Gate|PER]], [[Tom Varde|PER]] said.",
			want:   []string{`person:tom-varde PERSON "Tom Varde"`},
		},
		{
			name:   "a genre word that is no cue",
			marked: "The comedy star [[Ann Rigby|PER]] studied at drama school [[Quillsby Academy|ORG]].",
			want:   []string{`org:quillsby-academy ORG "Quillsby Academy"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "roles and starring in",
			marked: "He is known for roles in [[Silver Pennant|PER]] and for starring in [[Mabel Quorn|PER]]'s play.",
			want:   []string{`person:mabel-quorn PERSON "Mabel Quorn"`},
		},
		{
			name:   "a nominee that is a work or a person",
			marked: "Oscar nominee [[Harbour Nights|ORG]] beat nominee [[Ann Rigby|PER]], and an adaptation of [[Philippa Gant|PER]]'s novel won for [[Valdane Pictures|ORG]].",
			want: []string{`org:valdane-pictures ORG "Valdane Pictures"`, `person:ann-rigby PERSON "Ann Rigby"`,
				`person:philippa-gant PERSON "Philippa Gant"`},
		},
		{
			name:   "a cast after the title",
			marked: "[[Harbour Nights|ORG]], starring [[Ann Rigby|PER]], opened; [[Tom Varde|PER]], starring in it, and [[Jo Pike|PER]] starring as a nurse, were there.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`, `person:jo-pike PERSON "Jo Pike"`, `person:tom-varde PERSON "Tom Varde"`},
		},
		{
			name:   "a role in a party is no work",
			marked: "[[Tom Varde|PER]] played a role in [[Valdane Holdings|ORG]].",
			want:   []string{`org:valdane ORG "Valdane Holdings"`, `person:tom-varde PERSON "Tom Varde"`},
		},
	})
}

// TestLaws checks that a bill or an award named in full, its head alone
// after it, and a law named after its sponsors are MISC, while the sponsors
// and a firm named after two partners stay.
func TestLaws(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a bill and the Bill",
			marked: "MPs debated the [[Quarnby Reform Bill|ORG]] on Monday. [[Ann Rigby|PER]] said the [[Bill|ORG]] went too far.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a law named after its sponsors",
			marked: "The [[Hollis-Vantry|ORG]] act forces firms to publish more, said [[Brandt-Keller|ORG]], a firm of auditors.",
			want:   []string{`org:brandt-keller ORG "Brandt-Keller"`},
		},
		{
			name:   "a sponsor's surname is left to the person",
			marked: "Senator [[Tom Varde|PER]] backed the [[Varde|PER]] bill.",
			want:   []string{`person:tom-varde PERSON "Tom Varde"`},
		},
		{
			name:   "awards named in full and a head alone",
			marked: "[[Ann Rigby|PER]] won a [[Radio Bafta|ORG]] and a [[Golden Globe|ORG]], her second [[Globe|ORG]], for [[Quillsby Films|ORG]].",
			want:   []string{`org:quillsby-films ORG "Quillsby Films"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "an agreement titled General",
			marked: "Ministers met under the [[General Agreement|PER]] on Tariffs and Trade, [[Tom Varde|PER]] said.",
			want:   []string{`person:tom-varde PERSON "Tom Varde"`},
		},
		{
			name:   "a team named Bills",
			marked: "The [[Ogden Bills|ORG]] won.",
			want:   []string{`org:ogden-bills ORG "Ogden Bills"`},
		},
	})
}

// TestShipsAndCarriers checks that a name after a ship's kind is a ship
// (MISC), that a carrier without a ship's load before it is an airline, and
// that a name the recognizer took for a person before a firm's role and
// its holder is the firm.
func TestShipsAndCarriers(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "ships by their kind",
			marked: "The tanker [[Brava Dawn|ORG]] and the bulk carrier [[Mira Solde|PER]] collided near the frigate [[Holt|PER]], [[Quarnby Shipping|ORG]] said.",
			want:   []string{`org:quarnby-shipping ORG "Quarnby Shipping"`},
		},
		{
			name:   "a carrier that flies",
			marked: "It faces the low-cost carrier [[Velta Air|PER]] and the flag carrier [[Ostravia|LOC]].",
			want:   []string{`org:ostravia ORG "Ostravia" partial`, `org:velta-air ORG "Velta Air"`},
		},
		{
			name:   "a firm's role after the firm",
			marked: "[[Velmont Blue|PER]] chief executive [[Tom Varde|PER]] and [[Quorra|PER]] chairman [[Ann Rigby|PER]] met [[Jo Pike|PER]], chairman of the board.",
			want: []string{`org:quorra ORG "Quorra" partial`, `org:velmont-blue ORG "Velmont Blue"`, `person:ann-rigby PERSON "Ann Rigby"`,
				`person:jo-pike PERSON "Jo Pike"`, `person:tom-varde PERSON "Tom Varde"`},
		},
	})
}

// TestPrevWordFast checks that prevWordFast gives what prevWord gives, on
// ASCII text and on text with other runes and spaces.
func TestPrevWordFast(t *testing.T) {
	for _, text := range []string{"the comedy Orchard", "a  bulk\ncarrier\tMira", "née Varde", "café Quorn", "x\u00a0y z", " lead", "", "word"} {
		for i := 0; i <= len(text); i++ {
			w1, i1 := prevWord(text, i)
			w2, i2 := prevWordFast(text, i)
			if w1 != w2 || i1 != i2 {
				t.Errorf("prevWordFast(%q, %d) = %q, %d; prevWord gives %q, %d", text, i, w2, i2, w1, i1)
			}
		}
	}
}
