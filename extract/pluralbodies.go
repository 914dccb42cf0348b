package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12m) keeps whole the name of a body of members that
// opens on its members' plural possessive: "the Quarbmen's" is written
// "Quarbmen's", but "the Tervaners' International Union", "Lemmo
// Growers' Federation": the recognizer began the name after the
// apostrophe, which the tokenizer splits from its word.

// memberBodyHeads end the name of a body of members whose name opens on
// the members' plural possessive. "League", "Council" and "Cup" are left
// out: a team's possessive comes before its league and its cup ("the
// Tervaners' Celtic League") and a party's before its council.
var memberBodyHeads = names.Set{"union": true, "association": true, "federation": true, "confederation": true,
	"guild": true, "fellowship": true}

// pluralBodySpans grows a span that ends in a [memberBodyHeads] word back
// over a capitalized plural possessive right before it ("Tervaners'",
// one space after the apostrophe) and types it an organization. The
// possessive word must stand alone: after no capitalized word but "The"
// ("Lemmo Tervaners' Union" is Lemmo Tervaners' union, a possessor of
// two words the recognizer should have taken) and in no span of its own
// ("the Quarbins' Union", a team's or a family's). It returns spans.
func pluralBodySpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.Start < 2 || toks[sp.Start-1].Text != "'" || !memberBodyHeads.Has(names.Key(toks[sp.End-1].Text)) {
			continue // the usual case: no apostrophe before the span
		}
		p, a := toks[sp.Start-2], toks[sp.Start-1]
		if !upperWord(p.Text) || allCaps(p.Text) || !strings.HasSuffix(p.Text, "s") || p.End != a.Start || a.End+1 != toks[sp.Start].Start {
			continue
		}
		if sp.Start >= 3 {
			if b := toks[sp.Start-3].Text; upperWord(b) && b != "The" {
				continue
			}
		}
		if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > sp.Start-2 {
			continue
		}
		sp.Start -= 2
		sp.Type = Org
	}
	return spans
}
