package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10zv) keeps the honorific that begins a firm's name: "Mrs
// Quarbin Inc", "Mr. Tervane Corp" are firms named so, not a person's
// name with a title.

// honorificFirm reports whether words that open with an honorific
// ([names.Honorifics]: "Mr", "Mrs") and go on with capitalized words end
// in a company suffix ([names.CorpSuffixes]): the honorific is the firm's
// own first word.
func honorificFirm(ws []word) bool {
	return len(ws) >= 3 && names.Honorifics.Has(ws[0].text) &&
		names.CorpSuffixes[strings.ToLower(strings.TrimSuffix(ws[len(ws)-1].text, "."))] && allCapitalized(ws)
}

// appendBuilt appends the mention of words ws, when they make one.
func (r *Resolver) appendBuilt(out []*mention, text string, ws []word, sent int, typ Type) []*mention {
	if m := r.build(text, ws, sent, typ); m != nil {
		out = append(out, m)
	}
	return out
}

// honorificFirmSpans grows an organization's span that ends in a company
// suffix over an honorific right before it that the recognizer left out
// ("MR." "QUARBIN CO", "Mr." "Tervane Corp").
func honorificFirmSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if sp.Type != Org || toks == nil || sp.Start < 1 || sp.End-sp.Start < 2 {
			continue
		}
		if !names.Honorifics.Has(toks[sp.Start-1].Text) || (i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End >= sp.Start) {
			continue
		}
		if names.CorpSuffixes[strings.ToLower(strings.TrimSuffix(toks[sp.End-1].Text, "."))] {
			sp.Start--
		}
	}
}

// honorificFirmShort gives a firm's short name written after its own
// honorific ("Mrs Quarbin plans more shops", "Mr. Tervane said") the
// firm's full name when the article names the firm so ("Mrs Quarbin
// Inc"): the honorific made the recognizer take it for a person, whom
// linking would then join to a namesake.
func honorificFirmShort(a *article, m *mention) {
	if m.typ != Person || m.canon != "" || m.forced != "" || m.Start == 0 {
		return
	}
	p, _ := prevWordFast(a.text, m.Start)
	if !names.Honorifics.Has(p) {
		return // the usual case, decided at once
	}
	want := names.Key(p+" "+m.Name) + " "
	for _, o := range a.ms {
		if o.typ == Org && strings.HasPrefix(o.key, want) && names.CorpSuffixes[o.words[len(o.words)-1]] {
			m.typ, m.typed, m.canon = Org, true, o.Name
			return
		}
	}
}
