package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// forTheHeads (tail10zv) are the heads of bodies named as "Head for the
// Purpose": "the Tervane Foundation for the Care of Lemmox", "the Centre
// for the Study of Quarbin".
var forTheHeads = map[string]bool{"Centre": true, "Center": true, "Institute": true, "Foundation": true,
	"Association": true, "Council": true, "Office": true, "Society": true, "Commission": true,
	"Committee": true, "Fund": true, "Trust": true, "Campaign": true, "League": true, "Alliance": true,
	"Coalition": true, "Agency": true, "Federation": true}

// forTheSpans (tail10zv) mends a body's name of the form "Head for the
// Purpose" that the recognizer cut at "for the": a span ending in a head
// of [forTheHeads] and a span right after "for the" become one ("the
// Tervane Foundation" "for the" "Care of Lemmox"), the second emptied; a
// span after "for the" whose head is in no span grows back over the head
// ("Quarbin's Centre for the" "Study of Lemmox"). A span after "for the"
// that ends in a body's head, after a body's span, is another body, for
// which the first works ("a report by the Tervane Agency for the Lemmox
// Committee").
func forTheSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.Start < 3 || toks[sp.Start-1].Text != "the" || toks[sp.Start-2].Text != "for" || !forTheHeads[toks[sp.Start-3].Text] {
			continue // the usual case, decided at once
		}
		head := sp.Start - 3
		if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End == head+1 && spans[i-1].Start < spans[i-1].End {
			if last := toks[sp.End-1].Text; forTheHeads[last] || names.OrgHeads[names.Key(last)] {
				continue // a body of its own: "the Tervane Agency for the Lemmox Committee"
			}
			prev := &spans[i-1]
			prev.End, prev.Type = sp.End, Org
			sp.End = sp.Start // now inside the body's name
			continue
		}
		if i == 0 || spans[i-1].Sentence != sp.Sentence || spans[i-1].End <= head {
			sp.Start, sp.Type = head, Org
		}
	}
}
