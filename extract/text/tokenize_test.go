package text

import (
	"slices"
	"strings"
	"testing"
)

func sentenceTexts(sents []Sentence) []string {
	var out []string
	for _, s := range sents {
		var toks []string
		for _, t := range s.Tokens {
			toks = append(toks, t.Text)
		}
		out = append(out, strings.Join(toks, " "))
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Pyongyang's state media KCNA said.", []string{"Pyongyang 's state media KCNA said ."}},
		{`Kim called it a "long-standing relationship," KCNA said. Putin agreed.`,
			[]string{`Kim called it a " long-standing relationship , " KCNA said .`, "Putin agreed ."}},
		{"U.S. troops in Najaf. Gov. James E. McGreevey said no.", []string{"U.S. troops in Najaf .", "Gov. James E. McGreevey said no ."}},
		{"the two countries' friendship (Reuters) -- on Aug. 18 at Camp David. — Reuters",
			[]string{"the two countries ' friendship ( Reuters ) -- on Aug. 18 at Camp David .", "— Reuters"}},
		{"Headline In Title Case\n\nBody starts here. Don't stop...", []string{"Headline In Title Case", "Body starts here .", "Do n't stop ..."}},
		{`He said: "We won." Then he left.`, []string{`He said : " We won . "`, "Then he left ."}},
		{"1910-45 rule, 155,221 bags; $10 million?", []string{"1910-45 rule , 155,221 bags ; $10 million ?"}},
		// "Col." was missing from the tokenizer's abbreviations while the
		// resolver had it: the sentence ended after "Col".
		{"Col. Smith arrived in Paris. Marine Lt. Col. Oliver North spoke.", []string{"Col. Smith arrived in Paris .", "Marine Lt. Col. Oliver North spoke ."}},
		// Reuters' angle brackets around a company are tokens of their own.
		{"It sold <Harbour Lane Holdings Ltd>, a unit.", []string{"It sold < Harbour Lane Holdings Ltd > , a unit ."}},
		{"<Belkin Inc>'s shares", []string{"< Belkin Inc > 's shares"}},
		// A firm that keeps its founder's given name cut short.
		{"The fund is run by Robt. Ashby and Sons Inc in Ohio.", []string{"The fund is run by Robt. Ashby and Sons Inc in Ohio ."}},
		// A dotted leader glued between a name and a number is a token of
		// its own and does not end the sentence; an ellipsis still does.
		{"Irving Securities....7.10\nMerrill Lynch Capital Markets...6.95", []string{"Irving Securities .... 7.10 Merrill Lynch Capital Markets ... 6.95"}},
		{"Smith Barney Harris Upham (FOB)...7.10 and more", []string{"Smith Barney Harris Upham ( FOB ) ... 7.10 and more"}},
		{"It fell... 5 people left. Wait...what?", []string{"It fell ...", "5 people left .", "Wait...what ?"}},
		// A run of dots glued between a word and a capitalized word or a
		// bracket is a token of its own, so no name runs across it; an
		// abbreviation's period before a full stop is kept apart from it.
		{"LOW..HIGH TEMP..RAINFALL Quarbin Vale", []string{"LOW .. HIGH TEMP .. RAINFALL Quarbin Vale"}},
		{"rates..Prime.. Quarbin Bank", []string{"rates .. Prime .. Quarbin Bank"}},
		{"near the Lemmo Strip....They said...(Zorbit Bank", []string{"near the Lemmo Strip .... They said ... ( Zorbit Bank"}},
		{"It came from the U.S.. Quarbin said no.", []string{"It came from the U.S. .", "Quarbin said no ."}},
		// A comma glued between a name and a number (a lost space) parts
		// them; a number's own commas and a code's stay.
		{"Singer Mara Quillfeather,31, left the show.", []string{"Singer Mara Quillfeather , 31 , left the show ."}},
		{"(Dunmore,1987) sold 155,221 bags of grade A4,5 beans.", []string{"( Dunmore , 1987 ) sold 155,221 bags of grade A4,5 beans ."}},
		{"Ms Ovenden,42,and Mr Tarle,40.", []string{"Ms Ovenden , 42,and Mr Tarle , 40 ."}},
		// A full stop glued between two sentences (a lost space) ends the
		// first; an abbreviation keeps its period and the name after it.
		{"It should have been Quarbin Division.Those guys played.", []string{"It should have been Quarbin Division .", "Those guys played ."}},
		{"Buyers in Lemmo, Calif.Zorbit Systems Inc. said no.", []string{"Buyers in Lemmo , Calif .", "Zorbit Systems Inc. said no ."}},
		// E-mail and web addresses, a domain, an initial and a code name
		// (no word that opens sentences after the full stop) stay whole.
		{"Codenamed Downloader.Zorbit, it spreads.", []string{"Codenamed Downloader.Zorbit , it spreads ."}},
		{"It lent Quarbin Oy <Quar.He> a loan.", []string{"It lent Quarbin Oy < Quar.He > a loan ."}},
		{"Write to ann.Rigby@quarbin.com or Zorbit.Com in St.Albans now.", []string{"Write to ann.Rigby@quarbin.com or Zorbit.Com in St.Albans now ."}},
	}
	for _, tt := range tests {
		got := sentenceTexts(Tokenize(tt.in))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "Kim Jong Un met Russia's Putin — “again”.\n\nZürich's mayor said no."
	for _, s := range Tokenize(text) {
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q at [%d,%d) but text there is %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
			}
		}
	}
}

func TestTokenizeDashes(t *testing.T) {
	got := sentenceTexts(Tokenize("They won—and then lost – again."))
	want := "They won — and then lost – again ."
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTokenizeSentencesApart checks that the sentences, pieces of one slice
// of tokens, cannot be appended over one another.
func TestTokenizeSentencesApart(t *testing.T) {
	sents := Tokenize("Kim met Putin. They talked.\n\nThen they left.")
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	want := sentenceTexts(sents)
	for i := range sents {
		_ = append(sents[i].Tokens, Token{Text: "X"})
	}
	if got := sentenceTexts(sents); !slices.Equal(got, want) {
		t.Errorf("after appending to each sentence: got %q, want %q", got, want)
	}
}

func TestIndexTwoDots(t *testing.T) {
	for _, w := range []string{"", ".", "..", "a..", "ab..", "a.b.c", "a.b..c", "ab.c..d", "TEMP..MIN", "x...y", "U.S..", "Strip....They", "no dots"} {
		if got, want := indexTwoDots(w), strings.Index(w, ".."); got != want {
			t.Errorf("indexTwoDots(%q) = %d, want %d", w, got, want)
		}
	}
}
