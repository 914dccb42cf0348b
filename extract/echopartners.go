package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14u) joins a firm of partners that the recognizer cut at
// its commas or its "and" when the article writes the same partners as
// one firm elsewhere: "Vell and Quarbin P.C." in one sentence makes
// "Vell and Quarbin told the court" one name; "Tervane Lunmark" one name
// makes "against Tervane, Lunmark to buy" one. The article's own spelling
// is the cue: a run of words parted by commas and "and" is a list as often
// as a firm, but not when the same words stand elsewhere in one firm's
// span.

// echoMaxWords bounds the words of a firm's span read as partners.
const echoMaxWords = 6

// echoPartnerSpans makes each run of words, parted by commas or not, that
// repeats the words of an organization's span of the article (its company
// suffixes left off) one span typed ORG, when the recognizer made two spans
// or more of the run, or one span of a part of it. Every span the run
// touches must lie inside it, and no capitalized word or company suffix may
// follow it (the name would go on). The cheap first question: some
// organization's span of two words or more holding "and", "&" or a comma,
// or two capitalized words.
func echoPartnerSpans(sents []text.Sentence, spans []Span) []Span {
	var firms [][]string
	for _, sp := range spans {
		if sp.Type != Org || !sp.within(sents) || sp.End-sp.Start < 2 {
			continue
		}
		if ws := echoFirmWords(sents[sp.Sentence].Tokens[sp.Start:sp.End]); ws != nil {
			firms = append(firms, ws)
		}
	}
	if len(firms) == 0 {
		return spans
	}
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		e := echoRunEnd(sents, spans, i, firms)
		if e <= sp.End {
			out = append(out, sp)
			continue
		}
		for i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start < e {
			i++
		}
		out = append(out, Span{Sentence: sp.Sentence, Start: sp.Start, End: e, Type: Org})
	}
	return out
}

// echoFirmWords returns the partners' words of a firm's span: its tokens
// without commas and trailing company suffixes, when two capitalized words
// or more are left, the first and last capitalized, each a capitalized
// word, "and" or "&", and no more than [echoMaxWords]. Else nil.
func echoFirmWords(toks []text.Token) []string {
	n := len(toks)
	for n > 0 && (echoSuffix(toks[n-1].Text) || toks[n-1].Text == ",") {
		n--
	}
	var ws []string
	caps := 0
	for _, t := range toks[:n] {
		switch {
		case t.Text == ",":
			continue
		case t.Text == "and" || t.Text == "&":
		case upperWord(t.Text) && !strings.ContainsAny(t.Text, "()<>\""):
			caps++
		default:
			return nil
		}
		ws = append(ws, t.Text)
	}
	if caps < 2 || len(ws) > echoMaxWords || !upperWord(ws[0]) || !upperWord(ws[len(ws)-1]) {
		return nil
	}
	return ws
}

// echoRunEnd returns the end of the run that begins at spans[i]'s start
// and repeats one of firms' words, or spans[i].End when there is none that
// [echoPartnerSpans] may join.
func echoRunEnd(sents []text.Sentence, spans []Span, i int, firms [][]string) int {
	sp := spans[i]
	if sp.Sentence < 0 || sp.Sentence >= len(sents) {
		return sp.End
	}
	toks := sents[sp.Sentence].Tokens
	if sp.Start < 0 || sp.End > len(toks) || sp.Start >= sp.End {
		return sp.End
	}
	for _, ws := range firms {
		if ws[0] != toks[sp.Start].Text {
			continue // the cheap question
		}
		e, commas := echoMatch(toks, sp.Start, ws)
		if e <= sp.End || echoGoesOn(toks, e, commas) {
			continue
		}
		if commas == 0 && !echoSplit(spans, i, e) {
			continue
		}
		if echoInside(spans, i, e) {
			return e
		}
	}
	return sp.End
}

// echoGoesOn reports whether a name goes on at token e: a capitalized
// word or a company's suffix, or "and" or "&" and a capitalized word
// ("Tervane, Lunmark and Ostra" when the article's firm is "Tervane
// Lunmark": a longer firm, or a list), or a comma and a capitalized word
// after a run parted by commas ("Tervane, Lunmark, Ostra and Co").
func echoGoesOn(toks []text.Token, e, commas int) bool {
	if e >= len(toks) {
		return false
	}
	w := toks[e].Text
	if upperWord(w) || echoSuffix(w) {
		return true
	}
	return (w == "and" || w == "&" || w == "," && commas > 0) && e+1 < len(toks) && upperWord(toks[e+1].Text)
}

// echoMatch returns where the words ws end when they stand from token s on,
// commas between them skipped, and how many commas it skipped; s when they
// do not stand there.
func echoMatch(toks []text.Token, s int, ws []string) (int, int) {
	i, commas := s, 0
	for k, w := range ws {
		if k > 0 && i < len(toks) && toks[i].Text == "," {
			i++
			commas++
		}
		if i >= len(toks) || toks[i].Text != w {
			return s, 0
		}
		i++
	}
	return i, commas
}

// echoSplit reports whether another span than spans[i] starts before e in
// its sentence: the recognizer made two spans or more of the run.
func echoSplit(spans []Span, i, e int) bool {
	return i+1 < len(spans) && spans[i+1].Sentence == spans[i].Sentence && spans[i+1].Start < e
}

// echoInside reports whether every span after spans[i] that starts before
// e in its sentence ends by e.
func echoInside(spans []Span, i, e int) bool {
	for j := i + 1; j < len(spans) && spans[j].Sentence == spans[i].Sentence && spans[j].Start < e; j++ {
		if spans[j].End > e {
			return false
		}
	}
	return true
}

// echoSuffix reports whether w is a company's suffix: one of
// [names.CorpSuffixes], or a professional corporation's "P.C." (not "PC",
// a computer).
func echoSuffix(w string) bool {
	return w == "P.C." || names.CorpSuffixes.Has(w)
}
