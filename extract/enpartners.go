package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11r) joins a Dutch firm of partners that its lower-case
// "en" ("and") cuts in two when no comma list opens it ([dutchPartnerEnd]
// takes "Tervane, Quarbin en Lunmark NV"): "Bank Tervane en Quarbin",
// "Lunmark en Okasso B.V.", a list's "..., Tervane en Quarbin, ...". The
// recognizer takes the partner after "en" for a person or a firm of its
// own and the words before it for another name or for none.

// enParticles are the lower-case words a Dutch surname may open with:
// "Tervane en de Quarbin C.V.".
var enParticles = names.Set{"de": true, "van": true, "der": true, "den": true, "ter": true, "ten": true}

// enPartnerSpans joins each span that follows a lower-case "en", whose
// first word is capitalized or a surname's particle ([enParticles]), to
// the one to three capitalized words right before "en" (after a comma, a
// lower-case word or the sentence's start), and the spans over those
// words, into one span typed ORG: "Bank Tervane en Quarbin". A capitalized
// word before "en" is what marks a partner: "en route" has none.
func enPartnerSpans(sents []text.Sentence, spans []Span) []Span {
	enPartnerAfter(sents, spans)
	out := spans[:0]
	for _, sp := range spans {
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			out = append(out, sp)
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if toks[sp.Start-1].Text != "en" || !upperWord(toks[sp.Start].Text) && !enParticles.Has(toks[sp.Start].Text) {
			out = append(out, sp)
			continue
		}
		s := sp.Start - 1
		for s > 0 && sp.Start-1-s < 3 && upperWord(toks[s-1].Text) {
			s--
		}
		if s == sp.Start-1 {
			out = append(out, sp)
			continue
		}
		out = joinFirmSpan(out, sp.Sentence, s, sp.End)
	}
	return out
}

// enPartnerAfter grows a span of capitalized words that a lower-case "en"
// follows over the one or two capitalized words after "en" that no span
// holds, and types it ORG: "Bank Tervaal en Quarbeek, Lunmark Bank and
// others", where the recognizer found no name in the last partner.
func enPartnerAfter(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End+1 >= len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if toks[sp.End].Text != "en" || !upperWords(toks[sp.Start:sp.End]) {
			continue
		}
		hi := len(toks)
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence {
			hi = spans[i+1].Start
		}
		e := sp.End + 1
		for e < hi && e-sp.End-1 < 2 && upperWord(toks[e].Text) {
			e++
		}
		if e > sp.End+1 {
			sp.End, sp.Type = e, Org
		}
	}
}
