package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// nameParticles join the words of Romance names in lower case: "Banco do
// Brasil", "Electricite de France", "Rio Grande do Sul", "Padua de
// Seixas", the Spanish and Italian "del" and "della" ("Punta del Este",
// "Banca della Svizzera Italiana"). Recognizers trained on English news
// often end a name before them. They are [names.MinorWords], which a name
// keeps inside it.
var nameParticles = names.Set{"de": true, "di": true, "do": true, "da": true, "dos": true, "das": true,
	"des": true, "du": true, "del": true, "della": true}

// particleSpans joins a span to the capitalized words after a name
// particle that follows it ([nameParticles]): the span after the
// particle when one begins there, or up to three capitalized words.
// "Tervane Electricite" "de" "France" is one name: a place's when the
// tables know the whole, else an organization's when either part was one,
// else a place's when a place's span follows the particle ("Mato Grosso"
// "do" "Sul", whatever the first span's type), else the first span's. A
// possessive before the particle ("Quarbin's di Lorenzo") or after it
// ends a name; "do" is an English verb too, and joins only a country or a
// place the tables know ("Banco do Brasil"), or makes one, or follows a
// place's span ("Rio Grande" "do" "Sul"), and never after a country or a place the tables know, a side
// that does another a favour ("Tervania do Quarbia a favour"). It returns the spans, the
// joined ones dropped.
func (r *Resolver) particleSpans(text string, sents []text.Sentence, spans []Span) []Span {
	drop := -1
	var out []Span // nil until a span is joined
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i == drop {
			continue
		}
		if end, typ, next := r.particleJoin(text, sents, spans, i); end > 0 {
			if out == nil {
				out = append(make([]Span, 0, len(spans)), spans[:i]...)
			}
			sp.End, sp.Type = end, typ
			out = append(out, sp)
			drop = next
			continue
		}
		if out != nil {
			out = append(out, sp)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// particleJoin returns where span i ends and its type when the words after
// a particle join it ([Resolver.particleSpans]), and the index of the span
// it takes in, or -1; end is 0 when nothing joins.
func (r *Resolver) particleJoin(text string, sents []text.Sentence, spans []Span, i int) (end int, typ Type, next int) {
	sp := spans[i]
	if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.Start >= sp.End || sp.End+1 >= len(sents[sp.Sentence].Tokens) {
		return 0, sp.Type, -1
	}
	toks := sents[sp.Sentence].Tokens
	p := toks[sp.End].Text
	if !nameParticles[p] || possessiveEnd(toks[sp.End-1].Text) || !adjacent(text, toks[sp.End-1], toks[sp.End]) || !adjacent(text, toks[sp.End], toks[sp.End+1]) {
		return 0, sp.Type, -1
	}
	from := sp.End + 1
	end, next = from, -1
	var nextType Type
	if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start == from && spans[i+1].End > from {
		end, next, nextType = spans[i+1].End, i+1, spans[i+1].Type
	} else {
		for end < len(toks) && end-from < 3 && particleWord(toks[end].Text) && adjacent(text, toks[end-1], toks[end]) {
			end++
			if possessiveEnd(toks[end-1].Text) {
				break
			}
		}
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start < end {
			return 0, sp.Type, -1
		}
	}
	if end == from {
		return 0, sp.Type, -1
	}
	whole := names.Key(text[toks[sp.Start].Start:toks[end-1].End])
	after := text[toks[from].Start:toks[end-1].End]
	placeAfter := next >= 0 && nextType == Location || r.t.KnownPlace(names.Key(after)) || r.t.Country(after, names.Key(after)) >= 0
	if p == "do" && !personDo(sp, next, nextType) && (!placeAfter && !r.t.KnownPlace(whole) && sp.Type != Location || r.t.KnownPlace(names.Key(text[toks[sp.Start].Start:toks[sp.End-1].End]))) {
		return 0, sp.Type, -1
	}
	switch {
	case r.t.KnownPlace(whole):
		typ = Location
	case sp.Type == Org || next >= 0 && nextType == Org:
		typ = Org
	case (sp.Type == Person || sp.Type == Location) && next >= 0 && nextType == Location:
		typ = Location // "Rio Grande" "do" "Sul": a region
	default:
		typ = sp.Type
	}
	return end, typ, next
}

// particleWord reports whether w may be a word of a name after a particle:
// capitalized, with a letter, no figure.
func particleWord(w string) bool {
	return names.IsCapitalized(w) && !strings.ContainsAny(w, "0123456789") && !names.IsAcronym(w)
}

// speakerFirms types as organizations the places the recognizer gave to
// the firm a quoted speaker works at: "said Ann Okafor at Quarbin
// Securities", "Ann Okafor at Quarbin Securities said". An analyst is
// quoted from his firm, not from a town; a town's or a country's name the
// tables know stays a place ("said Ann Okafor at Lisbon"), and so does a
// place after a reporter who is not quoted ("correspondent Ann Okafor at
// Quarbin Moor").
func (r *Resolver) speakerFirms(text string, sents []text.Sentence, spans []Span) {
	for i := 1; i < len(spans); i++ {
		sp, prev := &spans[i], spans[i-1]
		if sp.Type != Location || prev.Type != Person || prev.Sentence != sp.Sentence || prev.End+1 != sp.Start ||
			sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if toks[prev.End].Text != "at" || !reportedBeside(toks, prev) && !reportedBeside(toks, Span{Start: prev.Start, End: sp.End}) {
			continue
		}
		name := text[toks[sp.Start].Start:toks[sp.End-1].End]
		k := names.Key(name)
		if r.t.KnownPlace(k) || r.t.Country(name, k) >= 0 || r.t.CityCountry[k] != "" {
			continue
		}
		sp.Type = Org
	}
}
