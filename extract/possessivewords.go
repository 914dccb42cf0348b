package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12j) makes one firm of a common word's possessive and the
// firm's span right after it: "sued Harvest's Tervane Products Inc",
// "Orchard's Quarbin Table Inc said". The recognizer began the name after
// the possessive, or took the word alone for a name of its own; a common
// word ("harvest", "nature", the case table's, [ner.CommonWord]) owns no
// firm, so its possessive opens the firm's own name, as in names made of a
// phrase ("a Farmer's ...", "the Sailor's ..."). A firm's head ("the
// Company's Tervane Inc unit", "the Group's"), a word after a determiner
// or an owner's pronoun ("its", "the"), and a word in capitals (a
// headline's) are left: those are owners or a headline's words; so is a
// word that the article writes in a firm's longer name ("Harvest Corp ...
// Harvest's Tervane Inc unit", [namesOwner]). People
// and firms named as owners ("Quarbin's Tervane Inc") are
// [possessiveFirmSpans]'s.

// possessiveOpeners are the words before a common word whose possessive
// then owns what follows: "the Company's", "its Parent's".
var possessiveOpeners = map[string]bool{"the": true, "The": true, "a": true, "A": true, "an": true, "An": true,
	"its": true, "Its": true, "their": true, "Their": true, "his": true, "His": true, "her": true, "Her": true,
	"our": true, "Our": true, "this": true, "This": true, "that": true, "That": true}

// commonPossessor reports whether the tokens before the span f are a
// common word and its possessive that open f's firm (see above).
func commonPossessor(toks []text.Token, f Span) bool {
	if f.Type != Org || f.Start < 2 || f.End > len(toks) || !possessiveMark(toks[f.Start-1].Text) {
		return false // the usual case, decided at once
	}
	if !names.CorpSuffixes.Has(toks[f.End-1].Text) {
		return false
	}
	w := toks[f.Start-2].Text
	if !upperWord(w) || allCaps(w) || !ner.CommonWord(w) {
		return false
	}
	if names.OrgHeads.Has(w) || names.GenericOrgHeads.Has(w) || names.CorpSuffixes.Has(w) || names.CompanyWords.Has(w) {
		return false // "the Company's Tervane Inc unit"
	}
	return f.Start < 3 || !possessiveOpeners[toks[f.Start-3].Text]
}

// namesOwner reports whether the word w is a word of a firm's span of two
// words or more, not before a possessive: "Tervane Corp ... Tervane's
// Quarbin Inc unit" is an owner's short name and its unit, whatever the
// case table says of "tervane".
func namesOwner(sents []text.Sentence, spans []Span, w string) bool {
	for _, o := range spans {
		if o.Type != Org || o.End-o.Start < 2 || !o.within(sents) {
			continue
		}
		toks := sents[o.Sentence].Tokens
		for k := o.Start; k < o.End; k++ {
			if strings.EqualFold(toks[k].Text, w) && (k+1 >= len(toks) || !possessiveMark(toks[k+1].Text)) {
				return true
			}
		}
	}
	return false
}

// commonPossessorSpans grows each firm's span of [commonPossessor] back
// over the word and its possessive; a one-word span the recognizer made
// of the word is dropped.
func commonPossessorSpans(sents []text.Sentence, spans []Span) []Span {
	changed := false
	for i := range spans {
		f := spans[i]
		if f.Sentence < 0 || f.Sentence >= len(sents) || f.Start < 2 {
			continue
		}
		if !commonPossessor(sents[f.Sentence].Tokens, f) || namesOwner(sents, spans, sents[f.Sentence].Tokens[f.Start-2].Text) {
			continue
		}
		if i > 0 && spans[i-1].Sentence == f.Sentence && spans[i-1].End > f.Start-2 {
			p := &spans[i-1]
			if p.Start != f.Start-2 || p.End != f.Start-1 || p.Type == Misc {
				continue // a longer name before the possessive: its own
			}
			p.End = p.Start // emptied
			changed = true
		}
		spans[i].Start = f.Start - 2
	}
	return dropEmptied(spans, changed)
}
