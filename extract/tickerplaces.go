package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15w) lets [tickerHeadSpans] take a headline's span that
// the recognizer typed a firm but whose words are a place the tables know:
// "SOUTHERN ARDELIA" of "SOUTHERN ARDELIA POWER <SAP> RAISES DIVIDEND",
// cut before the rest of the firm's name and later typed a place by the
// resolver's own place rules. Such a span is a place's span in all but
// the recognizer's label; a firm's own short name ("ZELTRAN" of "ZELTRAN
// LABS") is no known place and is still left as it is.

// placeWordsSpan reports whether toks, a span's tokens, are a place the
// tables know (a country, a capital or big city, a state or a region), or
// a compass word and such a place ("Southern" and a state).
func placeWordsSpan(toks []text.Token) bool {
	if len(toks) == 0 || len(toks) > 4 {
		return false
	}
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = names.Key(t.Text)
	}
	t := names.Tables()
	if len(ws) >= 2 && compassWords[ws[0]] {
		ws = ws[1:]
	}
	return t.KnownPlace(strings.Join(ws, " "))
}
