package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/text"
)

// fullNameSpans reads a firm's name given whole after the words "full name"
// ("Full name is Tervane Quarbin Holdings Inc.", "full name of company is
// vellmark savings and loan association of the lakes"): a note that says,
// in so many words, that what follows to the end of the sentence is one
// firm's whole name. The recognizer cuts such a name where the source
// writes it in lower case ("vellmark [[savings and loan association]]"),
// at its own "and" ("[[Tervane]] and [[Okafor Holdings Inc]]") or at its
// "of". The rule reads the cue "full name", then "of" and one word
// ("of company", "of bank") and "is", each if there; the name runs from
// the next word to the sentence's end, a ticker's "<" or a bracket, and
// is taken as one organization's span, the spans inside it dropped, when:
// it is two to twelve words of letters (a "&", "/", "-", "'" or an
// abbreviation's "." inside them), a leading "the" not counted; it ends in a
// company suffix or a body's head, or holds one before "of" ([headEnded]:
// "Association of the Lakes"); and it is written in one case, capitalized
// words with only small joining words in lower case, or every word in
// lower case but a company suffix; and [fullNameFits] lets it (a name in
// lower case only where the recognizer saw its end, and opening with no
// given name; a capitalized one not across an "and" between two spans).
// A sentence that runs on after the name
// ("Full name is Tervane Corp and it is a unit of Quarbin Holdings", a
// lost full stop) fails the case test or the head test and is left; so is
// "full name of company." with no name, and "full names of the firms",
// whose plural is no cue. It returns the spans (tail16r).
//
// Cost: the article's text is searched first for the cue ([fullNameCue]);
// only where it may stand are the tokens walked, a length test and a
// first-letter test of each token's text before its comparison with
// "full", the rest only after the cue. On BBC's build, where no results
// note writes the cue, the walk over every article's tokens cost 23 M
// instructions under callgrind, 0.16% of the build (tail16r); tail16x put
// the text's search before it.
func fullNameSpans(text string, sents []text.Sentence, spans []Span) []Span {
	if !fullNameCue(text) {
		return spans
	}
	var add []Span
	for si := range sents {
		toks := sents[si].Tokens
		for k := 0; k+2 < len(toks); k++ {
			if w := toks[k].Text; len(w) != 4 || w[0]|0x20 != 'f' || !strings.EqualFold(w, "full") || !strings.EqualFold(toks[k+1].Text, "name") {
				continue
			}
			if b, e := fullNameRun(toks, k+2); b >= 0 && fullNameFits(toks, spans, si, b, e) {
				add = append(add, Span{Sentence: si, Start: b, End: e, Type: Org})
			}
		}
	}
	if len(add) == 0 {
		return spans
	}
	return placeWholeSpans(spans, add)
}

// fullNameMax is the most words [fullNameSpans] takes as one name.
const fullNameMax = 12

// fullNameRun returns the name's tokens [b, e) after a "full name" cue
// whose next token is toks[j], as [fullNameSpans] reads them, or -1, -1.
func fullNameRun(toks []text.Token, j int) (int, int) {
	if j+1 < len(toks) && strings.EqualFold(toks[j].Text, "of") {
		j += 2 // "of company", "of bank"
	}
	if j < len(toks) && strings.EqualFold(toks[j].Text, "is") {
		j++
	}
	if j < len(toks) && strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	e := j
	for e < len(toks) && e-j <= fullNameMax && fullNameWord(toks[e].Text) {
		e++
	}
	if e-j > fullNameMax || e < len(toks) && !fullNameStop(toks[e].Text) {
		return -1, -1 // a long run, or a name that runs into a number or a comma
	}
	if e > j && toks[e-1].Text == "." {
		e--
	}
	if e-j < 2 || !fullNameCase(toks[j:e]) || !headEnded(trimDots(toks[j:e])) {
		return -1, -1
	}
	return j, e
}

// fullNameFits reports whether the name toks[b:e] of a "full name" note
// may be taken whole over the spans of sentence si. A name in lower case
// is taken only where the recognizer saw its end (a span ends at e:
// "vellmark [[tervane holdings Inc.]]"), and not where it opens with a
// given name ("ann vell holdings inc."): written without capitals, a firm
// named after its founder reads as the founder's name, and taking one
// more article for it lets the corpus's vote of a founder's name and his
// firm (graphstore's opensFirm) pull a person of that name into the
// firm. A capitalized name is not joined across an "and" between two
// spans ("[[Tervane]] and [[Okafor Holdings Plc]]"): the first may be the
// firm's own short name, which the corpus's other articles give alone,
// and the whole would be a second node of it.
func fullNameFits(toks []text.Token, spans []Span, si, b, e int) bool {
	ended, left := false, false
	for _, sp := range spans {
		if sp.Sentence != si || sp.End <= b || sp.Start >= e {
			continue
		}
		ended = ended || sp.End == e
		left = left || sp.End < e && toks[sp.End].Text == "and"
	}
	if unicode.IsLower([]rune(toks[b].Text)[0]) {
		return ended && !givenName(toks[b].Text)
	}
	return !left
}

// fullNameStop reports whether w, the token after a "full name" note's
// name, ends it: a ticker's "<", a bracket, or the sentence's full stop.
func fullNameStop(w string) bool {
	return w == "<" || w == "(" || w == "."
}

// fullNameWord reports whether w can be a word of a firm's name in a
// "full name" note: letters, with a "&", "/", "-", "'" or "." inside
// ("audio/video", "l.p.", "Inc."), or the full stop after the name.
func fullNameWord(w string) bool {
	if w == "&" {
		return true
	}
	letter := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case r == '/' || r == '-' || r == '\'' || r == '.':
		default:
			return false
		}
	}
	return letter
}

// fullNameCase reports whether the words ws of a name are written in one
// case: each capitalized but the small joining words, or each in lower
// case but a company suffix ("vellmark holdings Inc.").
func fullNameCase(ws []text.Token) bool {
	upper := unicode.IsUpper([]rune(ws[0].Text)[0])
	for _, t := range ws {
		w := t.Text
		if !unicode.IsLetter([]rune(w)[0]) {
			continue
		}
		up := unicode.IsUpper([]rune(w)[0])
		switch {
		case up == upper:
		case upper && (smallWords[w] || w == "de" || w == "fuer" || w == "und"):
		case !upper && bodyHeadWord(strings.TrimSuffix(w, ".")) && up:
		default:
			return false
		}
	}
	return true
}

// trimDots returns ws with a trailing "." taken off each word's text, so
// that "Inc." and "inc." read as the suffix "Inc".
func trimDots(ws []text.Token) []text.Token {
	out := make([]text.Token, len(ws))
	for i, t := range ws {
		out[i] = t
		out[i].Text = strings.TrimSuffix(t.Text, ".")
	}
	return out
}

// placeWholeSpans returns spans with each span of add put in, the spans
// it overlaps dropped.
func placeWholeSpans(spans, add []Span) []Span {
	out := spans[:0:0]
	for _, sp := range spans {
		keep := true
		for _, a := range add {
			if a.Sentence == sp.Sentence && sp.Start < a.End && a.Start < sp.End {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, sp)
		}
	}
	out = append(out, add...)
	slices.SortFunc(out, compareSpans)
	return out
}

// fullNameCue reports whether text may hold the cue of [fullNameSpans]:
// "full" in any case, white space or none, and "name" in any case. The
// tokenizer parts words at white space, so two tokens "full" "name" stand
// so in the text; the search looks for the "f" of "full", the rarest of
// its letters, a byte at a time ([strings.IndexByte]) and reads the
// letters after it only there (tail16x).
func fullNameCue(text string) bool {
	return fullNameCueAt(text, 'f') || fullNameCueAt(text, 'F')
}

// fullNameCueAt is [fullNameCue] for the "f" of "full" written as f.
func fullNameCueAt(text string, f byte) bool {
	for i := 0; i+3 < len(text); i++ {
		j := strings.IndexByte(text[i:], f)
		if j < 0 {
			return false
		}
		i += j
		if i+3 >= len(text) || text[i+1]|0x20 != 'u' || text[i+2]|0x20 != 'l' || text[i+3]|0x20 != 'l' {
			continue
		}
		k := i + 4
		for k < len(text) && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t' || text[k] == '\r') {
			k++
		}
		if k+4 <= len(text) && strings.EqualFold(text[k:k+4], "name") {
			return true
		}
	}
	return false
}
