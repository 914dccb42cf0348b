package extract

import (
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// TestTickerHeadSpans checks [tickerHeadEnd] and [tickerHeadSpans]: the
// headline's span cut before a ticker grows to the ticker and becomes a
// firm's; a headline's verb, a possessive, a firm's own short name and a
// second name before the ticker leave it as it is.
func TestTickerHeadSpans(t *testing.T) {
	tests := []struct {
		name  string
		raw   string // the raw headline, ticker and all
		spans [][3]int
		typ   Type // of the first span
		want  string
		wtyp  Type
	}{
		{"a town opening a trust's name", "QUARBIN VALLEY ROYALTY TRUST <QVT> DIVIDEND",
			[][3]int{{0, 1}}, Location, "QUARBIN VALLEY ROYALTY TRUST", Org},
		{"a region of two words", "NORTHERN ARDELIA POWER <NAP> RAISES PAYOUT",
			[][3]int{{0, 2}}, Location, "NORTHERN ARDELIA POWER", Org},
		{"a man's name opening a savings bank's, with for", "TERVANE INSTITUTION FOR SAVINGS <TIFS> QTLY DIV",
			[][3]int{{0, 1}}, Person, "TERVANE INSTITUTION FOR SAVINGS", Org},
		{"a plural before a company suffix", "VELLMORE RED HILL MINES LTD <VRH> YEAR NET",
			[][3]int{{0, 1}}, Location, "VELLMORE RED HILL MINES LTD", Org},
		{"a legal form misspelt", "QUARBIN LIGHTING COPR <QLC> DIVIDEND",
			[][3]int{{0, 1}}, Location, "QUARBIN", Location},
		{"a ticker with its exchange", "QUARBIN GAS CORP <QGC.N> SETS PAYOUT",
			[][3]int{{0, 1}}, Location, "QUARBIN GAS CORP", Org},
		{"a headline's verb before the ticker's firm", "DOLAN LIFTS ARDMOOR TOOLS <ART> STAKE",
			[][3]int{{0, 1}}, Person, "DOLAN", Person},
		{"a verb the lexicon may not know", "DOLAN UPS TERVANE WIRE <TWR> STAKE",
			[][3]int{{0, 1}}, Person, "DOLAN", Person},
		{"a minor word of a headline", "DOLAN TO MEET WITH QUARBIN <QRB>",
			[][3]int{{0, 1}}, Person, "DOLAN", Person},
		{"an auxiliary", "DOLAN WILL SELL QUARBIN <QRB>",
			[][3]int{{0, 1}}, Person, "DOLAN", Person},
		{"a possessive", "QUARBIN'S <QRB> UNIT SOLD",
			[][3]int{{0, 1}}, Location, "QUARBIN", Location},
		{"a firm's own short name", "ZELTRAN LABS <ZLB> SEES LOSS",
			[][3]int{{0, 1}}, Org, "ZELTRAN", Org},
		// tail15w: a known place the recognizer typed a firm.
		{"a state and a compass word typed a firm", "NORTHERN OHIO QUARRY <NOQ> RAISES DIVIDEND",
			[][3]int{{0, 2}}, Org, "NORTHERN OHIO QUARRY", Org},
		{"a state typed a firm", "TEXAS LUMBERWORKS <TXL> YEAR NET",
			[][3]int{{0, 1}}, Org, "TEXAS LUMBERWORKS", Org},
		{"a firm's span holding a state and more", "OHIO ZELTRAN LABS <OZL> NET",
			[][3]int{{0, 2}}, Org, "OHIO ZELTRAN", Org},
		{"a compass word alone typed a firm", "SOUTHERN ZELTRAN <SZL> NET",
			[][3]int{{0, 1}}, Org, "SOUTHERN", Org},
		{"a second span before the ticker", "ARDELIA TERVANE DRUG <TVD> NET",
			[][3]int{{0, 1}, {1, 3}}, Location, "ARDELIA", Location},
		{"the body writes the firm longer", "DOLAN WATER <DWW> SETS PAYOUT",
			[][3]int{{0, 1}}, Location, "DOLAN", Location},
		{"no ticker", "QUARBIN VALLEY ROYALTY TRUST DIVIDEND",
			[][3]int{{0, 1}}, Location, "QUARBIN", Location},
		{"a headline not in capitals", "Quarbin Valley Trust <QVT> dividend",
			[][3]int{{0, 1}}, Location, "Quarbin", Location},
		{"a tag, not a ticker", "QUARBIN VALLEY <b>TRUST</b> DIVIDEND",
			[][3]int{{0, 1}}, Location, "QUARBIN", Location},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			title := text.Clean(tc.raw)
			body := "The payout is due in May."
			if strings.HasPrefix(tc.raw, "DOLAN WATER") {
				body = "Dolan Water and Waste Industries Inc said it set a payout."
			}
			joined := title + "\n\n" + body
			sents := text.Tokenize(joined)
			var spans []Span
			for i, s := range tc.spans {
				typ := Org
				if i == 0 {
					typ = tc.typ
				}
				spans = append(spans, Span{Sentence: 0, Start: s[0], End: s[1], Type: typ})
			}
			spans = tickerHeadSpans(joined[len(title):], sents, spans, tickerHeadEnd(tc.raw, title))
			toks := sents[0].Tokens
			sp := spans[0]
			got := joined[toks[sp.Start].Start:toks[sp.End-1].End]
			if got != tc.want || sp.Type != tc.wtyp {
				t.Errorf("got %q %v, want %q %v", got, sp.Type, tc.want, tc.wtyp)
			}
		})
	}
}

// TestBodyNamesLonger checks [bodyNamesLonger]: a headline's short name of
// a firm the body writes longer is left; a body that writes the headline's
// name whole, or never names it, lets it grow.
func TestBodyNamesLonger(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             bool
	}{
		{"the body writes it longer", "DOLAN WATER", "Dolan Water and Waste Industries Inc said its board met.", true},
		{"the body writes it longer by a capitalized word", "ARDMOOR AIR", "Ardmoor Air Group Inc said its unit flew more.", true},
		{"the body writes it whole", "TERVANE ENERGY AND DEVELOPMENT CORP", "Tervane Energy and Development Corp said net rose.", false},
		{"the body names no such firm", "QUARBIN VALLEY ROYALTY TRUST", "Mthly div 15 cts vs 15 cts.", false},
		{"the body writes it in capitals, longer", "ARDMOOR VIDEO", "NOTE: full name is ARDMOOR VIDEO VENDING CORP.", true},
		{"the first word in the body only as a part of another word", "DOLAN WATER", "Dolans said it met.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			joined := tc.head + "\n\n" + tc.body
			s := text.Tokenize(joined)[0]
			first := s.Tokens[0]
			if got := bodyNamesLonger(joined[len(tc.head):], first.Text, 0, len(tc.head), s); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
