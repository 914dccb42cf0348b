package extract

import (
	"slices"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// clauseVerbForms are verbs of a news sentence that stand between two
// names, its subject and its object, and are no word of a name: "the
// Tervane Board closed Quarbin Savings", "the Foundation sued Quarbin
// Inc", "the Subcommittee reviews Tervane Department's program".
var clauseVerbForms = names.Set{"said": true, "says": true, "told": true, "asked": true, "asks": true,
	"sued": true, "sues": true, "closed": true, "closes": true, "reviews": true, "reviewed": true,
	"distributes": true, "distributed": true, "acquired": true, "acquires": true, "bought": true, "buys": true,
	"sold": true, "sells": true, "urged": true, "urges": true, "named": true, "names": true,
	"hired": true, "hires": true, "joined": true, "joins": true, "beat": true, "beats": true,
	"signed": true, "signs": true, "rejected": true, "rejects": true, "backed": true, "backs": true,
	"visited": true, "visits": true, "met": true, "meets": true, "warned": true, "warns": true}

// verbInsideSpans cuts a span that runs across a lower-case verb
// ([clauseVerbForms]) between two capitalized words into the names
// either side of it; the verb is no part of either, and each keeps the
// span's type (the classifier may type them anew). It returns the spans,
// sorted (tail13i).
func verbInsideSpans(sents []text.Sentence, spans []Span) []Span {
	var add []Span
	for i, sp := range spans {
		if sp.End-sp.Start < 3 || sp.Start < 0 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		for k := sp.Start + 1; k < sp.End-1; k++ {
			if clauseVerbForms[toks[k].Text] && upperWord(toks[k-1].Text) && upperWord(toks[k+1].Text) {
				spans[i].End = k
				add = append(add, Span{Sentence: sp.Sentence, Start: k + 1, End: sp.End, Type: sp.Type})
				break
			}
		}
	}
	if len(add) == 0 {
		return spans
	}
	spans = append(spans, add...)
	slices.SortFunc(spans, compareSpans)
	return spans
}
