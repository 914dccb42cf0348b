package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// bodyHeads begin a public body's name before "of": "Department of Public
// Works", "Office of Fair Trading".
var bodyHeads = names.Set{"department": true, "ministry": true, "office": true, "bureau": true,
	"division": true, "board": true, "commission": true}

// bodyTailJoin reports whether span b, right after span a with only spaces
// between (a wrapped line), ends the public body a begins and the
// recognizer cut: a is an organization's name with a word of [bodyHeads]
// and "of" and only capitalized words after them ("the Kelmar Department
// of Public" "Water Control"); b is one to three capitalized words, not a
// person's with a first name, outside a headline.
func bodyTailJoin(text string, toks []text.Token, a, b Span, title bool) bool {
	if title || a.Type != Org || b.End-b.Start > 3 || a.End-a.Start < 3 {
		return false
	}
	ae, bs := toks[a.End-1].End, toks[b.Start].Start
	if ae > bs || !softGap(text[ae:bs]) {
		return false
	}
	of := -1
	for i := a.Start + 1; i < a.End-1; i++ {
		if toks[i].Text == "of" && bodyHeads.Has(toks[i-1].Text) {
			of = i
		}
	}
	if of < 0 {
		return false
	}
	for _, t := range toks[of+1 : a.End] {
		if !upperWord(t.Text) {
			return false
		}
	}
	for _, t := range toks[b.Start:b.End] {
		if !upperWord(t.Text) || strings.ToUpper(t.Text) == t.Text {
			return false
		}
	}
	return !(b.Type == Person && placeGaz().FirstName(names.Key(toks[b.Start].Text)))
}

// stateCommissionSpans grows a span that begins with an American state's
// full name and ends before a lower-case "commission" over that word: "the
// Kelmar Corporation commission" of a state "Virginia Corporation
// commission" is the state's regulator, which reporters write so; the
// recognizer's "Virginia Corporation" is no company of that name.
func stateCommissionSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End-sp.Start < 2 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End >= len(toks) || toks[sp.End].Text != "commission" || i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start <= sp.End {
			continue
		}
		if !stateFirst(toks[sp.Start:sp.End]) || !upperWord(toks[sp.End-1].Text) {
			continue
		}
		sp.End++
		sp.Type = Org
	}
}

// stateFirst reports whether the words ws begin with an American state's
// full name and go on after it: "Virginia Corporation", "New Mexico Public
// Service".
func stateFirst(ws []text.Token) bool {
	for _, n := range stateNames() {
		f := strings.Fields(n)
		if len(f) >= len(ws) {
			continue
		}
		same := true
		for i, w := range f {
			if ws[i].Text != w {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}
