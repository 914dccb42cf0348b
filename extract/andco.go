package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// coTails are the words that may follow "and Co" in a firm's name: a
// company suffix, or the German partnership's ("GmbH und Co KG",
// "Kommanditgesellschaft").
var coTails = names.Set{"kg": true, "kommanditgesellschaft": true, "ohg": true, "kgaa": true}

// sentenceOpeners begin a sentence and no name: after "and Co." they say
// the tokenizer missed the sentence's end.
var sentenceOpeners = map[string]bool{"The": true, "A": true, "An": true, "It": true, "He": true,
	"She": true, "They": true, "We": true, "This": true, "That": true, "Its": true, "In": true}

// andCoSpans makes a firm of a name before "and Co" that the recognizer
// took for a person or a place, or cut before it: "broker R. Vell and
// Co" (the span "R. Vell", typed PERSON), "Plattenhaus A. Vell GmbH und
// Co Kommanditgesellschaft" (the firm cut at "und", its tail a person).
// The connector is "and", "&" or "und"; "Co" is written capitalized, with
// or without its period, and may be followed by company suffixes or a
// German partnership's word ([coTails]). Left alone: a capitalized word
// after them that is none ("and Co Vell Holdings"), a name that begins
// before the span ("Merrill" "Lynch and Co"), an organization's span that
// ends in no suffix, a work's name (MISC). The spans are changed in
// place and the tail's own span, when the recognizer made one, dropped;
// the article's short forms of the firm are retyped ([coShortForms]).
func andCoSpans(sents []text.Sentence, spans []Span) []Span {
	var drop []int
	var firms []Span // the spans made firms here
	for i := range spans {
		sp := &spans[i]
		if sp.Type == Misc || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.Type == Org && !names.CorpSuffixes.Has(toks[sp.End-1].Text) {
			continue // an organization's name that ends with no suffix is left
		}
		if sp.Start > 0 && names.IsCapitalized(toks[sp.Start-1].Text) {
			continue // "Merrill" "Lynch and Co": the name begins before the span
		}
		end := coTailEnd(toks, sp.End)
		if end < 0 {
			continue
		}
		// The tail's own span: "Co Kommanditgesellschaft".
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start < end {
			if spans[i+1].End > end {
				continue
			}
			drop = append(drop, i+1)
		}
		sp.End, sp.Type = end, Org
		firms = append(firms, *sp)
	}
	for _, f := range firms {
		coShortForms(sents, spans, f)
	}
	for k := len(drop) - 1; k >= 0; k-- {
		spans = append(spans[:drop[k]], spans[drop[k]+1:]...)
	}
	return spans
}

// coTailEnd returns the end of "and Co" at token i and the suffixes after
// it when they end the name, or -1.
func coTailEnd(toks []text.Token, i int) int {
	if i+1 >= len(toks) {
		return -1
	}
	if c := toks[i].Text; c != "and" && c != "&" && c != "und" {
		return -1
	}
	if co := strings.TrimSuffix(toks[i+1].Text, "."); co != "Co" && co != "CO" {
		return -1
	}
	j := i + 2
	for j < len(toks) && (names.CorpSuffixes.Has(toks[j].Text) || coTails.Has(toks[j].Text)) {
		j++
	}
	if j < len(toks) && names.IsCapitalized(toks[j].Text) && !(strings.HasSuffix(toks[j-1].Text, ".") && sentenceOpeners[toks[j].Text]) {
		return -1 // "and Co Vell": more name after it ("and Co. The": a sentence the splitter missed)
	}
	return j
}

// coShortForms retypes as the firm f ("Frank T. Vell and Co") the
// article's spans typed PERSON that are its last word alone ("Vell said")
// or its name or its last words written in capitals (a headline's "FRANK
// T. VELL", "T. VELL"): the recognizer took them for the man the firm is
// named after. Not when the article names a person of two words or more
// with that last word apart from the firm ("Thomas Vell, Vell and Co
// chairman"): "Vell" may be him.
func coShortForms(sents []text.Sentence, spans []Span, f Span) {
	toks := sents[f.Sentence].Tokens
	n := f.Start
	for n < f.End && toks[n].Text != "and" && toks[n].Text != "&" && toks[n].Text != "und" {
		n++
	}
	name := foldWords(toks[f.Start:n])
	if len(name) == 0 {
		return
	}
	last := name[len(name)-1]
	var short []int
	for i, sp := range spans {
		if sp.Type != Person || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		st := sents[sp.Sentence].Tokens[sp.Start:sp.End]
		ws := foldWords(st)
		switch {
		case len(ws) == 1 && ws[0] == last:
			short = append(short, i)
		case len(ws) > 1 && allCaps(st[len(st)-1].Text) && (slices.Equal(ws, name) || hasSuffix(name, ws)):
			short = append(short, i) // a headline's "B. HALL"
		case len(ws) > 1 && ws[len(ws)-1] == last:
			return // a man of that name apart from the firm
		}
	}
	for _, i := range short {
		spans[i].Type = Org
	}
}

// addCoStem adds to a headline's body keys and body ends ([dropHeadlineNoise])
// the name before "and Co" of the words of a body's firm: the headline's
// "CARSON PIRIE SCOTT" and "PATON" are the body's "Carson Pirie Scott and
// Co" and "George Gordon Paton and Co Inc".
func addCoStem(words []string, keys, ends map[string]bool) {
	n := len(words)
	for n > 0 && (names.CorpSuffixes[words[n-1]] || coTails[words[n-1]]) && words[n-1] != "co" {
		n--
	}
	if n < 3 || words[n-1] != "co" || words[n-2] != "and" && words[n-2] != "&" && words[n-2] != "und" {
		return
	}
	stem := words[:n-2]
	if len(stem) > 1 {
		// One word would keep every headline that begins with it:
		// "Quarbin Posts ..." beside "Quarbin and Co".
		keys[strings.Join(stem, " ")] = true
	}
	ends[stem[0]], ends[stem[len(stem)-1]] = true, true
}
