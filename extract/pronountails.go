package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// The pronoun "I" glued to the name before it (tail17f). In speech a name
// often stands just before the speaker's "I": "Like Tervo I'd rather
// wait", "I told Okafor I will stay", "no fan of Vell I do agree". The
// recognizer reads the capital "I" as a name's last word, a king's
// numeral ("Charles I"), and makes "Tervo I" one name. The word after the
// "I" tells the two apart: a clitic of the first person ("'d", "'m",
// "'ll", "'ve") or a verb a third person never takes in that form ("do",
// "am", "want", "think": "Charles I wants" would be written) follows only
// the pronoun; a modal verb ("will", "would") follows either, and is read
// as the pronoun's only inside a quotation, where people speak of
// themselves. A comma, "and", "in", a past tense ("Charles I was
// beheaded") or a capital word leave the numeral alone.

// pronounClitics are the clitics the tokenizer parts from "I".
var pronounClitics = names.Set{"'d": true, "'m": true, "'ll": true, "'ve": true}

// firstPersonVerbs are lower-case verbs of the present tense that follow
// "I" and never a third person's name in that form.
var firstPersonVerbs = names.Set{"am": true, "do": true, "have": true, "want": true, "think": true, "hope": true,
	"believe": true, "know": true, "feel": true, "agree": true, "like": true, "need": true, "mean": true,
	"wish": true, "guess": true, "reckon": true, "expect": true, "understand": true, "suppose": true}

// speechModals follow "I" and a third person's name alike: read as the
// pronoun's only inside a quotation.
var speechModals = names.Set{"will": true, "would": true, "can": true, "could": true, "shall": true,
	"should": true, "must": true, "might": true}

// pronounTailSpans cuts a final "I" from a span of two words or more when
// the token after it is the pronoun's ([speakerPronoun]). Cost: one string
// comparison of each span's last token; the rest only after an "I".
func pronounTailSpans(text string, sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 2 {
			continue
		}
		toks := fitTokens(sents, sp)
		if toks == nil || toks[sp.End-1].Text != "I" || sp.End >= len(toks) || !upperWord(toks[sp.End-2].Text) {
			continue
		}
		if speakerPronoun(text, toks[sp.End-1].Start, toks[sp.End].Text) {
			sp.End--
		}
	}
	return spans
}

// speakerPronoun reports whether next, the token after an "I" at text[at],
// makes the "I" the pronoun: a first person's clitic or verb, or a modal
// inside a quotation (an odd count of straight or opening double quotes
// on the line before the "I").
func speakerPronoun(text string, at int, next string) bool {
	if pronounClitics[next] || firstPersonVerbs[next] {
		return true
	}
	if !speechModals[next] || at > len(text) {
		return false
	}
	line := text[:at]
	if k := strings.LastIndexByte(line, '\n'); k >= 0 {
		line = line[k+1:]
	}
	return (strings.Count(line, `"`)+strings.Count(line, "“"))%2 == 1
}
