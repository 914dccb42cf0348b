package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file cuts a word glued before a name (tail13o, brought back alone
// by tail13o2): a previous firm's company suffix ("... Harlow and Co. Vell
// said", a full stop the splitter took for an abbreviation's).

// endSuffixes are the company suffixes that end a firm's name and begin
// none: "Ltd. Tervane" is the end of one name and the start of the next.
// "N.V." and "AG" may begin one ("N.V. Tervane") and are not here.
var endSuffixes = names.Set{"ltd": true, "co": true, "inc": true, "corp": true, "plc": true, "llc": true}

// leadSuffixSpans cuts a first word of [endSuffixes] from a span of two
// words or more, where it ends the name before: written with its full
// stop ("Harlow and Co. Vell said"), or after a closing bracket ("(Holdings)
// Plc Minority interests"). What is left of one common word of the case
// table ("Following", "Minority") is no name: the span is emptied. One
// other word after the suffix is cut only from a person's span (a
// person's name never opens with a firm's suffix): an organization's
// "Ltd. Quarbin" is left as tail12j and tail12n left it (a county's "in
// Co. Tervane", a firm's short name), and so is a person's one word that
// begins two firms' spans of the article ("Quarbin Pacific Ltd",
// "Quarbin Properties Ltd"): as a short name it would be given to one of
// them by their mentions' counts, not by what the sentence says.
func leadSuffixSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 2 || sp.Start < 0 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		w := toks[sp.Start].Text
		if len(w) < 2 || len(w) > 5 || !upperWord(w) {
			continue // the cheap test first: "Co." to "Corp."
		}
		bare, dot := strings.CutSuffix(w, ".")
		if !endSuffixes.Has(names.Key(bare)) || !dot && (sp.Start == 0 || toks[sp.Start-1].Text != ")") || !upperWord(toks[sp.Start+1].Text) {
			continue
		}
		if sp.End-sp.Start == 2 && !ner.CommonWord(toks[sp.Start+1].Text) && (sp.Type != Person || firmsOpeningWith(sents, spans, toks[sp.Start+1].Text) >= 2) {
			continue // one other word after the suffix: a firm's span is left (tail12j, tail12n), a person's cut
		}
		sp.Start++
		if sp.End-sp.Start == 1 && ner.CommonWord(toks[sp.Start].Text) {
			sp.End = sp.Start
		}
	}
	return spans
}

// firmsOpeningWith counts the organizations' spans of two words or more,
// of different words, that begin with w.
func firmsOpeningWith(sents []text.Sentence, spans []Span, w string) int {
	var seen []string
	for _, o := range spans {
		if o.Type != Org || o.End-o.Start < 2 || o.Start < 0 || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		toks := sents[o.Sentence].Tokens
		if toks[o.Start].Text != w {
			continue
		}
		k := names.Key(toks[o.Start+1].Text)
		if !slices.Contains(seen, k) {
			seen = append(seen, k)
		}
	}
	return len(seen)
}
