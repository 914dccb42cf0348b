package extract

import "testing"

// TestAndCoSpans checks, on sentences of our own, that a name before "and
// Co" (or "und Co" and a German partnership's word) is a firm, joined
// with its tail, with the article's short forms of it, and the cases left:
// more name after "Co", a man named apart from the firm, a work's name.
func TestAndCoSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a person's span before and Co at a sentence's end",
			marked: "Bonds\n\nThe sponsor is a small firm that formerly was broker [[T. Quarbin|PER]] and Co.\n    The bonds are due in 2002.",
			want:   []string{`org:t-quarbin ORG "T. Quarbin and Co."`},
		},
		{
			name:   "a German partnership cut at und",
			marked: "Bonds\n\nThe issue is guaranteed by [[Plattenhaus B. Vellmer GmbH|ORG]] und [[Co Kommanditgesellschaft|PER]], the bank said.",
			want:   []string{`org:plattenhaus-b-vellmer-gmbh-und-co-kommanditgesellschaft ORG "Plattenhaus B. Vellmer GmbH und Co Kommanditgesellschaft"`},
		},
		{
			name: "short forms and a headline's",
			marked: "[[T. VELLOR|PER]] OFFERS NEW SERVICE\n\n[[Frank T. Vellor|PER]] and Co, an insurance firm, said it joined a bank." +
				"\n    [[Vellor|PER]] said the service starts in May.",
			want: []string{`org:frank-t-vellor ORG "Frank T. Vellor and Co"`},
		},
		// Left alone.
		{
			name: "a man named apart from the firm",
			marked: "Oil\n\n\"Prices will fall,\" said [[Thomas Rask|PER]], [[Rask|PER]] and Co chairman." +
				"\n    [[Rask|PER]] explained the spread.",
			want: []string{`org:rask-and ORG "Rask and Co"`, `person:thomas-rask PERSON "Thomas Rask"`},
		},
		{
			name:   "more name after Co",
			marked: "Deal\n\nThe buyer is [[Ann Vell|PER]] and Co Tervane Holdings, the bank said.",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
	})
}

// TestAddCoStem checks that a body's firm before "and Co" lends a
// headline its name of several words and its first and last words, and
// that one word is lent only as an end ("Quarbin Posts ..." beside
// "Quarbin and Co" keeps no headline).
func TestAddCoStem(t *testing.T) {
	tests := []struct {
		words      []string
		keys, ends []string
	}{
		{[]string{"carson", "pirie", "vell", "and", "co"}, []string{"carson pirie vell"}, []string{"carson", "vell"}},
		{[]string{"tom", "vell", "and", "co", "inc"}, []string{"tom vell"}, []string{"tom", "vell"}},
		{[]string{"quarbin", "&", "co", "kgaa"}, nil, []string{"quarbin"}},
		{[]string{"quarbin", "and", "rask"}, nil, nil},
		{[]string{"quarbin", "co"}, nil, nil},
	}
	for _, tt := range tests {
		keys, ends := map[string]bool{}, map[string]bool{}
		addCoStem(tt.words, keys, ends)
		if len(keys) != len(tt.keys) || len(ends) != len(tt.ends) {
			t.Errorf("addCoStem(%q): keys %v, ends %v; want %q, %q", tt.words, keys, ends, tt.keys, tt.ends)
			continue
		}
		for _, k := range tt.keys {
			if !keys[k] {
				t.Errorf("addCoStem(%q): no key %q", tt.words, k)
			}
		}
		for _, e := range tt.ends {
			if !ends[e] {
				t.Errorf("addCoStem(%q): no end %q", tt.words, e)
			}
		}
	}
}
