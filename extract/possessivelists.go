package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// possessiveListSpans (tail12z) gives back the "'s" to the names of a list
// of shops or firms named so, when one of them is a name whose "'s" is its
// own ([names.PossessiveNames]) and the list owns nothing: "stores such as
// Macy's, Quarbin's and Ann Vell's, creating", "owner of Macy's and
// Quarbin's - will". The recognizer types such names people ("Quarbin" of
// "Quarbin's"), which is why [possessiveNameSpans] does not take them.
// Every member is a span right before its "'s"; members are parted by a
// comma, "and" or "or"; after the last "'s" comes a stop, a comma, a dash
// or a bracket, no word: "Macy's and Vell's sales rose" is two owners'
// sales, and a list with no such name ("Lemmo's, Vell's and Quarbin's.")
// is left to the recognizer. The spans become organizations', and so do
// the article's other mentions of the known name typed a person's
// ([possessiveNamesAgain]). It returns spans, changed in place.
func possessiveListSpans(txt string, sents []text.Sentence, spans []Span) []Span {
	var known names.Set // the known names a list gave their "'s", by key
	for i := 0; i < len(spans); {
		j := possessiveListEnd(sents, spans, i)
		if j-i < 2 || !possessiveListKnown(txt, sents, spans[i:j]) {
			i = max(j, i+1)
			continue
		}
		for k := i; k < j; k++ {
			spans[k].End++
			spans[k].Type = Org
			if key := names.Key(spanText(txt, sents[spans[k].Sentence].Tokens, spans[k])); names.PossessiveNames[key] {
				if known == nil {
					known = names.Set{}
				}
				known[key] = true
			}
		}
		i = j
	}
	if known != nil {
		possessiveNamesAgain(txt, sents, spans, known)
	}
	return spans
}

// possessiveNamesAgain gives back the "'s" to the other mentions, typed a
// person's, of a name a list of the article has shown to be a firm's
// ("Macy's owner buys Quarbin" in the headline of a story whose list reads
// "stores like Macy's, Quarbin's and Vell's").
func possessiveNamesAgain(txt string, sents []text.Sentence, spans []Span, known names.Set) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.Type != Person || sp.End >= len(toks) || !possessiveMark(toks[sp.End].Text) || toks[sp.End].Start != toks[sp.End-1].End {
			continue
		}
		if known[names.Key(spanText(txt, toks, *sp)+"s")] {
			sp.End++
			sp.Type = Org
		}
	}
}

// possessiveListEnd returns the end of the list of possessed spans that
// begins at spans[i]: the index after its last member, or i when spans[i]
// opens no list that owns nothing.
func possessiveListEnd(sents []text.Sentence, spans []Span, i int) int {
	j := i
	for j < len(spans) {
		sp := spans[j]
		toks := fitTokens(sents, &sp)
		if toks == nil || sp.End+1 >= len(toks) || !possessiveMark(toks[sp.End].Text) || toks[sp.End].Start != toks[sp.End-1].End {
			break
		}
		after := toks[sp.End+1].Text
		next := sp.End + 2 // the next member's first token after ", " or "and "
		if after == "," && next < len(toks) && (toks[next].Text == "and" || toks[next].Text == "or") {
			next++
		}
		if j+1 < len(spans) && spans[j+1].Sentence == sp.Sentence && spans[j+1].Start == next && (after == "," || after == "and" || after == "or") {
			j++
			continue
		}
		if !listEnds(after) {
			return i
		}
		return j + 1
	}
	return i
}

// listEnds reports whether w, the token after a list's last "'s", closes
// the list: a stop, a comma, a dash, a semicolon or a bracket.
func listEnds(w string) bool {
	switch w {
	case ".", ",", "-", "--", "–", "—", ";", ":", ")":
		return true
	}
	return false
}

// possessiveListKnown reports whether a member of the list is a name whose
// "'s" is its own ([names.PossessiveNames]).
func possessiveListKnown(txt string, sents []text.Sentence, members []Span) bool {
	for _, sp := range members {
		toks := sents[sp.Sentence].Tokens
		if names.PossessiveNames[names.Key(spanText(txt, toks, sp)+"s")] {
			return true
		}
	}
	return false
}
