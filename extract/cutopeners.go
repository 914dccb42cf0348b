package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14r) mends a firm's name whose first word the recognizer
// left out, so that the rest reads as another entity: "FIRST BOSTON SET
// MERGER" tagged as the city Boston, over "First Boston Inc" in the
// body. One node of the graph then holds the city and the bank.

// cutOpenerSpans grows a span back over the one or two capitalized words
// right before it when those words and the span's are, letter case aside,
// another span of the article typed an organization, with at most company
// suffixes after them ([firmOpenedBy]): the article writes the firm in
// full there, and the words before the cut span are its own. The span takes the organization's type. The words
// grown over belong to no span, are words of letters (no figure, no
// bracket), and no title ("Chairman"), minor word ("The", "In") or given
// name ("Ann Quarbin" over "Ann Quarbin Ltd" stays a person's name); in
// text not written in capitals no capitalized word follows the span
// ([nameGoesOnAfter]). A
// span after "of" or "and" is left ("Bank of France raises rate" in a
// headline in lower case is headlineOfBodySpans' to read). It returns
// spans, changed in place.
func cutOpenerSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Start < 1 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if nameGoesOnAfter(toks, *sp) {
			continue
		}
		for n := 1; n <= 2 && sp.Start-n >= 0; n++ {
			w := toks[sp.Start-n].Text
			if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > sp.Start-n {
				break
			}
			if !cutOpenerWord(w) {
				break
			}
			if firmOpenedBy(sents, spans, i, toks[sp.Start-n:sp.End]) {
				sp.Start, sp.Type = sp.Start-n, Org
				break
			}
		}
	}
	return spans
}

// cutOpenerWord reports whether w may be a firm's word the recognizer cut
// off: capitalized, letters only, and no title, minor word or given name.
func cutOpenerWord(w string) bool {
	if w == "" || !names.IsCapitalized(w) || strings.IndexFunc(w, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) >= 0 {
		return false
	}
	k := strings.ToLower(w)
	return !names.Titles[k] && !names.MinorWords[k] && !placeGaz().FirstName(w)
}

// firmOpenedBy reports whether a span other than spans[skip], typed an
// organization, is words, letter case aside, maybe with company suffixes
// after them: the firm's whole name ("First Boston Inc"). A longer name
// that words only open ("First Quarbin Bank and Trust Co") is left: the
// cut name may be a short name of another firm of the corpus.
func firmOpenedBy(sents []text.Sentence, spans []Span, skip int, words []text.Token) bool {
	for j, o := range spans {
		if j == skip || o.Type != Org || o.End-o.Start < len(words) || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		ot := sents[o.Sentence].Tokens[o.Start:o.End]
		same := true
		for k, w := range words {
			if !strings.EqualFold(w.Text, ot[k].Text) {
				same = false
				break
			}
		}
		if same && suffixesOnly(ot[len(words):]) {
			return true
		}
	}
	return false
}

// formTails are words after a firm's name that a short form drops, as it
// drops a company suffix: "I P Sharp Associates Ltd" is I P Sharp.
var formTails = names.Set{"associates": true, "group": true, "cos": true, "companies": true}

// suffixesOnly reports whether toks are company suffixes ([formTails]
// too) and stops only ("Corp", "Inc", "."), or none.
func suffixesOnly(toks []text.Token) bool {
	for _, t := range toks {
		if k := strings.ToLower(strings.TrimSuffix(t.Text, ".")); t.Text != "." && !names.CorpSuffixes[k] && !formTails[k] {
			return false
		}
	}
	return true
}

// nameGoesOnAfter reports whether a capitalized word follows sp in text
// that is not written in capitals: the recognizer cut the name at both
// ends ("the Official [UK] Singles Chart"), and the words before it with
// its own may open a firm's name and still be another thing's. In a
// headline in capitals every word is capitalized, and says nothing.
func nameGoesOnAfter(toks []text.Token, sp Span) bool {
	if sp.End >= len(toks) || sp.Start < 1 || capsWord(toks[sp.Start-1].Text) && capsWord(toks[sp.End-1].Text) {
		return false
	}
	return names.IsCapitalized(toks[sp.End].Text) && unicode.IsLetter([]rune(toks[sp.End].Text)[0])
}
