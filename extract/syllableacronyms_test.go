package extract

import "testing"

// TestSyllableName covers an acronym in parentheses built of its name's
// word beginnings, some of one letter and some of more
// ([syllableName]), and the acronyms it leaves apart.
func TestSyllableName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two letters, one, two",
			marked: "Bank\n\nThe [[Quarbin American Bank|ORG]] ([[QUAMBA|ORG]]) will cut jobs. [[QUAMBA|ORG]] is owned by a fund.",
			want:   []string{`org:quarbin-american-bank ORG "Quarbin American Bank"`},
		},
		{
			name:   "a body's first word giving two letters",
			marked: "Rubber\n\nThe [[Tervane Rubber Organisation|ORG]] ([[TERO|ORG]]) buffer stock rose.",
			want:   []string{`org:tervane-rubber-organisation ORG "Tervane Rubber Organisation"`},
		},
		{
			name:   "a company suffix that gives no letter",
			marked: "Gold\n\nThe [[Okarro Gold Mines Ltd|ORG]] ([[OKGM|ORG]]) will hold the mines.",
			want:   []string{`org:okarro-gold-mines ORG "Okarro Gold Mines Ltd"`},
		},
		// Negatives.
		{
			name:   "a capitalized word that gives no letter",
			marked: "Futures\n\nThe [[Zorbex Commodity Exchange|ORG]] ([[ZORB|ORG]]) moved.",
			want:   []string{`org:zorb ORG "ZORB" partial`, `org:zorbex-commodity-exchange ORG "Zorbex Commodity Exchange"`},
		},
		{
			name:   "initials written with stops",
			marked: "Talks\n\nThe [[U.N. Quarbin Conference|ORG]] ([[UNQUC|ORG]]) met.",
			want:   []string{`org:un-quarbin-conference ORG "U.N. Quarbin Conference"`, `org:unquc ORG "UNQUC" partial`},
		},
		{
			name:   "one word spells it alone",
			marked: "Deal\n\nShares of [[Quarbinex|ORG]] ([[QUAR|ORG]]) rose.",
			want:   []string{`org:quar ORG "QUAR" partial`, `org:quarbinex ORG "Quarbinex" partial`},
		},
		{
			name:   "a small word gives one letter at most",
			marked: "Fund\n\nThe [[Vell of Ostrava Group|ORG]] ([[VOFOG|ORG]]) sold stakes.",
			want:   []string{`org:vell-of-ostrava-group ORG "Vell of Ostrava Group"`, `org:vofog ORG "VOFOG" partial`},
		},
		{
			name:   "a short form written as a word is left to blendedName",
			marked: "Case\n\nThe [[Lemmox Area Tool Cooperative|ORG]] ([[Leatco|ORG]]) case was set.",
			want:   []string{`org:leatco ORG "Leatco" partial`, `org:lemmox-area-tool-cooperative ORG "Lemmox Area Tool Cooperative"`},
		},
		{
			name:   "letters out of the words' order",
			marked: "Trust\n\nThe [[Lemm Zorbex Trust|ORG]] ([[ZOLT|ORG]]) paid out.",
			want:   []string{`org:lemm-zorbex-trust ORG "Lemm Zorbex Trust"`, `org:zolt ORG "ZOLT" partial`},
		},
	})
}

// TestBracketClosedName covers a name closed by the acronym it defines in
// brackets, which the acronym written again does not continue ([bracketRepeat]): a
// sentence that runs on without its full stop.
func TestBracketClosedName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the acronym again after the bracket",
			marked: "Cards\n\nSales rose, according to the [[Quarbin Payment Services|ORG]] ([[QPS|ORG]]) [[QPS|ORG]] chose a teacher to pay.",
			want:   []string{`org:quarbin-payment-services ORG "Quarbin Payment Services"`},
		},
		// Negatives.
		{
			name:   "a word the bracketed name goes on with",
			marked: "Shares\n\nThe [[Quarbin Stock Exchange|ORG]] ([[QSE|ORG]]) [[Index|ORG]] rose.",
			want:   nil, // an index, a thing: no node
		},
		{
			name:   "two spans of one name without a bracket",
			marked: "Cards\n\nSales rose at [[Quarbin|ORG]] [[Payment Services|ORG]] last year.",
			want:   []string{`org:quarbin-payment-services ORG "Quarbin Payment Services"`},
		},
	})
}
