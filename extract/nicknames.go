package extract

import "github.com/nergraph/nergraph/extract/text"

// nickQuotes open and close a nickname written between a person's first
// name and surname: `Lemmo "QB" Rigby`, "Lemmo ‘QB’ Rigby".
var nickQuotes = [...][2]string{{`"`, `"`}, {"“", "”"}, {"‘", "’"}, {"'", "'"}, {"``", "''"}}

// quotedNicknameSpans joins a person's name that a quoted nickname cuts in
// two: the recognizer's person span of the first name, a quote, one to
// three words of nickname (a span of any type, or none), the closing
// quote and a person span of the surname, all in one sentence, make one
// person span over all of it (`Lemmo "QB" Rigby`, not "Lemmo" and "Rigby",
// nor a place "QB"). Both sides must be the recognizer's person spans of
// one to three capitalized words: a firm's quoted letter ("Zorbit "R"
// Lemmo" typed as an organization) and a quoted word between two other
// names are left alone.
func quotedNicknameSpans(sents []text.Sentence, spans []Span) []Span {
	var drop []int // indexes of spans joined into the span before them
	for i := 0; i < len(spans); i++ {
		a := &spans[i]
		if a.Type != Person || a.Sentence < 0 || a.Sentence >= len(sents) {
			continue
		}
		toks := sents[a.Sentence].Tokens
		if a.Start < 0 || a.Start >= a.End || a.End >= len(toks) || a.End-a.Start > 3 || !nameTokens(toks[a.Start:a.End]) {
			continue
		}
		q := toks[a.End].Text
		closing := ""
		for _, p := range nickQuotes {
			if q == p[0] {
				closing = p[1]
			}
		}
		if closing == "" {
			continue
		}
		c := a.End + 1 // the closing quote
		for c < len(toks) && c-a.End-1 <= 3 && toks[c].Text != closing {
			c++
		}
		if c == a.End+1 || c-a.End-1 > 3 || c >= len(toks) || !nameTokens(toks[a.End+1:c]) {
			continue
		}
		// The spans inside the quotes, then the surname's right after them.
		j := i + 1
		for j < len(spans) && spans[j].Sentence == a.Sentence && spans[j].Start > a.End && spans[j].End <= c {
			j++
		}
		if j == len(spans) || spans[j].Sentence != a.Sentence || spans[j].Start != c+1 || spans[j].End > len(toks) || spans[j].Type != Person ||
			spans[j].End-spans[j].Start > 3 || !nameTokens(toks[spans[j].Start:spans[j].End]) {
			continue
		}
		a.End = spans[j].End
		for k := i + 1; k <= j; k++ {
			drop = append(drop, k)
		}
		i = j
	}
	return dropIndexed(spans, drop)
}

// nameTokens reports whether every token is a word that begins with a
// capital letter: "Lemmo", "QB", "O'Rigby".
func nameTokens(toks []text.Token) bool {
	for _, t := range toks {
		if !upperWord(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}
