package extract

import "testing"

// TestOfficeInFirm checks, on sentences of our own, that an office word
// before a company's legal form stays a word of the firm's name, and that
// an office before a person's name is still cut out of the body's span.
func TestOfficeInFirm(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an office word inside a firm's name",
			marked: "Trucks\n\n[[Quarbin Boss Group Ltd|ORG]] of Britain will make trucks with [[Zorbit Motor Co|ORG]].",
			want:   []string{`country:GB COUNTRY "United Kingdom"`, `org:quarbin-boss-group ORG "Quarbin Boss Group Ltd"`, `org:zorbit-motor ORG "Zorbit Motor Co."`},
		},
		{
			name:   "an office word before Holdings Inc",
			marked: "Funds\n\n[[Lemmo Director Holdings Inc|ORG]] said it sold its stake.",
			want:   []string{`org:lemmo-director ORG "Lemmo Director Holdings Inc"`},
		},
		{
			name:   "an office before a person stays cut",
			marked: "Rates\n\n[[Tervane Bank Chairman Ann Okafor|ORG]] said rates would fall.",
			want:   []string{`org:tervane-bank ORG "Tervane Bank"`, `person:ann-okafor PERSON "Ann Okafor"`},
		},
	})
}

// TestOfficeInFirmWords checks the test on the words after an office.
func TestOfficeInFirmWords(t *testing.T) {
	tests := []struct {
		after []string
		want  bool
	}{
		{[]string{"Group", "Ltd"}, true},
		{[]string{"Holdings", "Inc."}, true},
		{[]string{"Ann", "Okafor"}, false},
		{[]string{"Group"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		var ws []word
		for _, s := range tt.after {
			ws = append(ws, word{text: s})
		}
		if got := officeInFirm(ws); got != tt.want {
			t.Errorf("officeInFirm(%q) = %v, want %v", tt.after, got, tt.want)
		}
	}
}
