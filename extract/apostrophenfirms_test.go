package extract

import "testing"

// TestApostropheNFirms checks, on sentences of our own, that a name
// joined by an apostrophed "n" stays whole however the recognizer cut it:
// begun at "N", begun after it, ended before it; and the reading left
// alone: a lower-case word before the apostrophed "n".
func TestApostropheNFirms(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a firm begun at N",
			marked: "Retail\n\nTervane '[[N Quarbin Stores Inc|ORG]] said sales rose.",
			want:   []string{`org:tervane-n-quarbin-stores ORG "Tervane 'N Quarbin Stores Inc"`},
		},
		{
			name:   "a firm begun after n",
			marked: "Retail\n\nTervane 'n [[Quarbin Stores Inc|ORG]] said sales rose.",
			want:   []string{`org:tervane-n-quarbin-stores ORG "Tervane 'n Quarbin Stores Inc"`},
		},
		{
			name:   "a firm begun after an apostrophe that follows N",
			marked: "Retail\n\nTervane N' [[Quarbin Stores Inc|ORG]] said sales rose.",
			want:   []string{`org:tervane-n-quarbin-stores ORG "Tervane N' Quarbin Stores Inc"`},
		},
		{
			name:   "a firm ended before n",
			marked: "Retail\n\nIt sold the [[Vell|ORG]] 'n Lunmark Kitchen chain last year.",
			want:   []string{`org:vell-n-lunmark-kitchen ORG "Vell 'n Lunmark Kitchen"`},
		},
		{
			name:   "a lower-case word before n",
			marked: "Retail\n\nIt sold rock 'n [[Quarbin Stores Inc|ORG]] last year.",
			want:   []string{`org:quarbin-stores ORG "Quarbin Stores Inc"`},
		},
	})
}
