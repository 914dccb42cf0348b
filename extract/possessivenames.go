package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// possessiveNameSpans gives back the "'s" to a firm whose name ends in one
// ([names.PossessiveNames]: "Moody's", "Standard & Poor's") when the
// recognizer's organization span stopped before it: "giant Quarbin's"
// would otherwise be the firm "Quarbin", a name of nobody's (tail12n). A
// person's span is left: "Mr Vell's McDonald's" of a surname is his. It
// returns spans, changed in place.
func possessiveNameSpans(txt string, sents []text.Sentence, spans []Span) []Span {
	for i, sp := range spans {
		if sp.Type != Org || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End <= sp.Start {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End >= len(toks) || !possessiveMark(toks[sp.End].Text) || toks[sp.End].Start != toks[sp.End-1].End {
			continue
		}
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start <= sp.End {
			continue
		}
		name := spanText(txt, toks, sp) + strings.ToLower(toks[sp.End].Text)
		if names.PossessiveNames[names.Key(name)] {
			spans[i].End++
		}
	}
	return possessiveOnlySpans(sents, possessiveListSpans(txt, sents, spans)) // tail12z: "Macy's, Quarbin's and Ann Vell's"; tail13g: possessiveOnlySpans
}
