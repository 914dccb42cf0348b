package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// shortFormThingSpans drops the spans inside a short form's spelled-out
// name when the short form itself is no entity: "a clinic on QSDL (Quick
// Serial Data Link)", "the robot Lewh - Light Efficient Walking Helper -
// can walk". A writer spells out a short form right after it, in brackets
// or between dashes; the long name names what the short form names, so
// when the recognizer took the short form for no name (a technology, a
// product, a unit), the capitalized words of its long name are no
// organization or place either, whatever pieces the recognizer cut them
// into. The cue: a word of three to eight letters, capitalized, no span
// of an organization or a place over it (a span of a person's, the word
// alone, is the recognizer's guess at an unknown word: no one's name is
// spelled out by its initials), then "(" or a dash, then
// capitalized words and small words ("and", "of", "as", "a") whose
// capitals' initials spell the short form, closed by ")" or a dash. A long
// name with an organization's word ("Association", "Council", "Service",
// "Network": [orgWords]) is left: the short form of a body the recognizer
// missed ("the QAAS (Quarbin Association for the Advancement of Study)").
// The result is sorted.
func shortFormThingSpans(sents []text.Sentence, spans []Span) []Span {
	var out []Span // nil until a span is dropped
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if end := shortFormThing(sents, spans, i); end > 0 {
			if out == nil {
				out = append(make([]Span, 0, len(spans)), spans[:i]...)
			}
			for i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].End <= end {
				i++
			}
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

// shortFormThing returns the index of the token that closes the long name
// of a short form that spans[i] begins ([shortFormThingSpans]), or 0.
func shortFormThing(sents []text.Sentence, spans []Span, i int) int {
	sp := spans[i]
	if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 {
		return 0
	}
	toks := sents[sp.Sentence].Tokens
	open := toks[sp.Start-1].Text
	closer := ")"
	switch open {
	case "(":
	case "-", "–", "—":
		closer = open
	default:
		return 0 // the usual case, decided at once
	}
	short := toks[sp.Start-2].Text
	if len(short) < 3 || len(short) > 8 || !names.IsCapitalized(short) || !asciiLetters(short) {
		return 0
	}
	if p := spans[max(i-1, 0)]; i > 0 && p.Sentence == sp.Sentence && p.End > sp.Start-2 && p.Type != Misc &&
		(p.Type != Person || p.Start != sp.Start-2) {
		return 0 // the short form is a body's or a place's name the recognizer found
	}
	var ini []byte
	for e := sp.Start; e < len(toks) && e-sp.Start <= 12; e++ {
		w := toks[e].Text
		k := names.Key(w)
		switch {
		case w == closer:
			if e == sp.Start || !names.IsCapitalized(toks[e-1].Text) || !strings.EqualFold(string(ini), short) {
				return 0
			}
			for k := i + 1; k < len(spans) && spans[k].Sentence == sp.Sentence && spans[k].Start < e; k++ {
				if spans[k].End > e {
					return 0 // a span runs past the long name
				}
			}
			return e
		case names.MinorWords[k] || k == "a" || k == "as" || k == "to":
		case !names.IsCapitalized(w) || k == "" || orgWords[k] || !asciiLetters(w):
			return 0
		default:
			ini = append(ini, k[0])
		}
	}
	return 0
}

// asciiLetters reports whether w is made of ASCII letters only.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}
