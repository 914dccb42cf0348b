package extract

import "testing"

// TestCommaRest checks [commaRest]: the text after a comma and a space,
// or a comma and one line's end; no blank line, no other mark.
func TestCommaRest(t *testing.T) {
	tests := []struct {
		name, name0, rest string // the text is name0+rest; the name ends after name0
		want              string
		ok                bool
	}{
		{"a comma and a space", "trials of Zorbit", ", a drug for colds", "a drug for colds", true},
		{"a comma at a line's end", "trials of Zorbit", ",\na drug for colds", "a drug for colds", true},
		{"a comma at the text's end", "trials of Zorbit", ",\n", "", true},
		{"a blank line after the comma", "trials of Zorbit", ",\n\nA drug for colds", "", false},
		{"no gap after the comma", "trials of Zorbit", ",a drug", "", false},
		{"no comma", "trials of Zorbit", " a drug", "", false},
		{"the text's end", "trials of Zorbit", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := commaRest(tt.name0+tt.rest, len(tt.name0))
			if got != tt.want || ok != tt.ok {
				t.Errorf("commaRest(%q) = %q, %v, want %q, %v", tt.name0+tt.rest, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestCommaAppositions checks the appositions [commaRest] lets read
// across a line's end: a thing's ([thingApposition]), a medicine's
// ([medicineApposition]), a firm's unit ([firmUnit], [businessOf]); and
// that a person's or a firm's apposition across the line's end keeps
// its name, as a blank line after the comma does.
func TestCommaAppositions(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a medicine's apposition after a line's end",
			marked: "Trials\n\n[[Vellor Labs Inc|ORG]] began trials of [[Zorbix-Q|ORG]],\na drug used to treat a rare illness.",
			want:   []string{`org:vellor-labs ORG "Vellor Labs Inc"`},
		},
		{
			name:   "a thing's apposition after a line's end",
			marked: "Sales\n\n[[Vellor Inc|ORG]] cut the price of the [[Tarvo 9|ORG]],\na portable office computer, by ten pct.",
			want:   []string{`org:vellor ORG "Vellor Inc"`},
		},
		{
			name:   "a firm's unit after a line's end",
			marked: "Rigs\n\n[[Tarvik Holmsen Verft|PERSON]],\na subsidiary of [[Brenna Industrier A/S|ORG]], won the order.",
			want:   []string{`org:brenna-industrier ORG "Brenna Industrier A/S"`, `org:tarvik-holmsen-verft ORG "Tarvik Holmsen Verft"`},
		},
		{
			name:   "a firm's business after a line's end",
			marked: "Sale\n\n[[Lemmo Vale|PERSON]],\nan old business of [[Quarbin Corp|ORG]], was sold.",
			want:   []string{`org:lemmo-vale ORG "Lemmo Vale"`, `org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "a person's apposition after a line's end",
			marked: "Talks\n\nThe talks were led by [[Ann Vellor|PERSON]],\na spokeswoman for the union.",
			want:   []string{`person:ann-vellor PERSON "Ann Vellor"`},
		},
		{
			name:   "a firm's apposition after a line's end",
			marked: "Deal\n\n[[Quarbin Corp|ORG]] bought [[Zorbix|ORG]],\na software company, for ten mln dlrs.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbix ORG "Zorbix" partial`},
		},
		{
			name:   "a blank line after the comma",
			marked: "Trials\n\n[[Vellor Labs Inc|ORG]] began trials with [[Zorbix|ORG]],\n\na drug maker said on Monday.",
			want:   []string{`org:vellor-labs ORG "Vellor Labs Inc"`, `org:zorbix ORG "Zorbix" partial`},
		},
	})
}

// TestOwnedCraft checks [ownedCraft]: a name between an owner's
// possessive and a kind of craft is the owner's model; a maker's name, a
// place, a firm's noun after the craft, no owner, keep the name.
func TestOwnedCraft(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a fighter after two modifiers",
			marked: "Radar\n\n[[Vellor Inc|ORG]] will update the radar of the Navy's [[TK-9 Kestrel|ORG]] frontline tactical fighter.",
			want:   []string{`org:vellor ORG "Vellor Inc"`},
		},
		{
			name:   "a helicopter right after the name",
			marked: "Crash\n\n[[Quarbin Corp|ORG]] said its [[Skarvo|ORG]] helicopter crashed near the coast.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "a jet on the next line",
			marked: "Jets\n\n[[Quarbin Corp|ORG]] said its [[Zorbit|PERSON]] business\njet will fly in May.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`},
		},
		{
			name:   "a maker's name before its craft",
			marked: "Jets\n\n[[Tervane Air|ORG]] said their [[Airbus|ORG]] airliner was delayed.",
			want:   []string{`org:airbus ORG "Airbus" partial`, `org:tervane-air ORG "Tervane Air"`},
		},
		{
			name:   "a division after the craft",
			marked: "Jobs\n\n[[Quarbin Corp|ORG]] said its [[Zorbit|ORG]] aircraft division will be sold.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a firm's word in the name",
			marked: "Jets\n\n[[Quarbin Corp|ORG]] sold its [[Zorbit Aviation Inc|ORG]] jets to a bank.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbit-aviation ORG "Zorbit Aviation Inc"`},
		},
		{
			name:   "no owner before the name",
			marked: "Jets\n\nThe lessor bought [[Zorbit|ORG]] jets from [[Quarbin Corp|ORG]] last year.",
			want:   []string{`org:quarbin ORG "Quarbin Corp"`, `org:zorbit ORG "Zorbit" partial`},
		},
	})
}

// TestWorldwideFirm checks "worldwide" in [personFirmTails]: a name of two
// words or more typed a person and ending in it is a firm; a person's
// name before the word, outside the name, is left.
func TestWorldwideFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an agency's name ending in Worldwide",
			marked: "Ads\n\nThe group merged the agencies of [[Tarvo Lemmon Worldwide|PERSON]] in May.",
			want:   []string{`org:tarvo-lemmon-worldwide ORG "Tarvo Lemmon Worldwide"`},
		},
		{
			name:   "worldwide after a person's name, outside it",
			marked: "Ads\n\n[[Ann Lemmon|PERSON]] said sales rose worldwide in May.",
			want:   []string{`person:ann-lemmon PERSON "Ann Lemmon"`},
		},
	})
}
