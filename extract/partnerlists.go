package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yr) joins a firm named by three partners or more that
// its commas cut, when its first partner is one word and the recognizer
// made a person, a firm or nothing of it: "Tervane, Quarbin and Lunmark
// Inc" (spans "Tervane" and "Quarbin and Lunmark Inc"), "Tervane Vell,
// Quarbin, Lunmark and Ostra Inc" (a firm of two words first), and, after
// "law firm (of)" and the like, a firm with no suffix: "the law firm
// Tervane, Quarbin, Lunmark and Ostra". [partnerCommaSpans] and
// [commaPartnerSpans] take the shapes of a first partner of two words
// typed a person and of a comma before the suffix.

// partnerListSpans makes each firm of [partnerListStart] one span typed
// ORG and drops the spans inside it.
func (r *Resolver) partnerListSpans(sents []text.Sentence, spans []Span) []Span {
	out := spans[:0]
	si, and := -1, 0 // the sentence of the last span, and its first partners' "and" ([partnersAnd])
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if !sp.within(sents) || sp.Start >= sp.End {
			out = append(out, sp)
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.Sentence != si {
			si, and = sp.Sentence, partnersAnd(toks)
		}
		if and >= sp.End {
			// the cheap first question: no ", Quarbin and" before the
			// span's end, where every firm of partnerListStart has one
			out = append(out, sp)
			continue
		}
		s, e, ok := r.partnerListStart(sents, sp.Sentence, sp)
		if !ok || !partnersSpanned(out, toks, sp.Sentence, s) {
			out = append(out, sp)
			continue
		}
		for i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start < e {
			i++
		}
		out = joinFirmSpan(out, sp.Sentence, s, max(e, sp.End))
	}
	return out
}

// partnersAnd returns the first token of toks that is "and" or "&" with a
// comma two tokens before it (", Quarbin and"), or len(toks) when there is
// none. Each firm of [partnerListStart] has one before the end of its span,
// as the company suffixes after the span are no "and".
func partnersAnd(toks []text.Token) int {
	for a := 2; a < len(toks); a++ {
		if (toks[a].Text == "and" || toks[a].Text == "&") && toks[a-2].Text == "," {
			return a
		}
	}
	return len(toks)
}

// partnersSpanned reports whether the spans at the end of out that end
// after token s of sentence si, where a firm of partners begins, are parts
// of it that [joinFirmSpan] may drop: a partner spanned alone, or the
// firm's first partner of two words typed a firm ("Tervane Vell"). A
// longer span before is none of this.
func partnersSpanned(out []Span, toks []text.Token, si, s int) bool {
	for n := len(out); n > 0 && out[n-1].Sentence == si && out[n-1].End > s; n-- {
		p := out[n-1]
		if p.Start < s-1 || p.Start < s && (!upperWord(toks[p.Start].Text) || p.Type != Org) {
			return false
		}
		s = min(s, p.Start)
	}
	return true
}

// partnerListStart returns the first and end token of a firm of partners
// that sp ends or holds the end of: one-word partners parted by commas, the
// last two joined by "and" or "&" ("Quarbin and Lunmark", or "Lunmark and
// Co"), then company suffixes, or none when a firm's noun stands before
// ([firmCueBefore]). Three partners at least, "Co" apart; none a firm's
// own word, a country, town or well-known name, and the last pair no
// well-known pair ("Procter and Gamble": then it is a list of firms). The
// first partner may close a firm's span of two capitalized words ("Tervane
// Vell, Quarbin and Lunmark Inc": [Resolver.partnerListSpans] takes it in).
// Left alone: a first partner that the article names with a suffix of its own ("Tervane Inc" elsewhere: "Tervane,
// Quarbin and Lunmark Inc" lists two firms), three partners that open a
// sentence ("Tervane, Geology and Lunmark Inc said": a list as well), a
// span already whole, capitals.
func (r *Resolver) partnerListStart(sents []text.Sentence, si int, sp Span) (int, int, bool) {
	toks := sents[si].Tokens
	// the cheap first question: the span ends at a suffix or at the last
	// partner of "and"
	e := sp.End
	if e < len(toks) && names.CorpSuffixes.Has(strings.TrimSuffix(toks[e].Text, ".")) {
		e = suffixesEnd(toks, e)
	}
	last := toks[e-1].Text
	suffixed := names.CorpSuffixes.Has(strings.TrimSuffix(last, "."))
	if !suffixed && (e < 2 || toks[e-2].Text != "and" && toks[e-2].Text != "&") {
		return 0, 0, false
	}
	k := e
	for k > 0 && names.CorpSuffixes.Has(strings.TrimSuffix(toks[k-1].Text, ".")) {
		k--
	}
	n := 0 // partners counted
	if suffixed && k > 0 && (toks[k-1].Text == "and" || toks[k-1].Text == "&") && k < e && strings.TrimSuffix(toks[k].Text, ".") == "Co" {
		k-- // "Lunmark and Co Inc": Co is the last partner
	} else {
		if k < 3 || !r.partnerWord(toks[k-1]) || toks[k-2].Text != "and" && toks[k-2].Text != "&" || !r.partnerWord(toks[k-3]) ||
			names.ConnectorNames[names.Key(toks[k-3].Text+" and "+toks[k-1].Text)] {
			return 0, 0, false
		}
		k -= 2
		n++
	}
	if k < 1 || !r.partnerWord(toks[k-1]) {
		return 0, 0, false
	}
	k--
	n++
	commas := 0
	for k >= 2 && toks[k-1].Text == "," && r.partnerWord(toks[k-2]) {
		k -= 2
		n++
		commas++
	}
	if commas == 0 || n < 3 || sp.Start <= k && sp.End >= e || !suffixed && !firmCueBefore(toks, k) || n == 3 && !inRunningText(toks, k) ||
		namedWithSuffix(sents, toks[k].Text, si, k, e) {
		return 0, 0, false
	}
	return k, e, true
}

// partnerWord reports whether tk may be one partner of a firm's name: a
// capitalized word in lower-case letters after its first, no firm's own
// word, suffix, country, town, agency or well-known name.
func (r *Resolver) partnerWord(tk text.Token) bool {
	w := tk.Text
	if len(w) < 2 || !upperWord(w) || allCaps(w) || strings.ContainsAny(w, ".-'0123456789") {
		return false
	}
	k := names.Key(w)
	return !orgWord(k) && !r.t.ScanNames[k] && r.firmWords([]text.Token{tk})
}

// firmCueWords name the kind of firm before a partners' list with no
// suffix: "the law firm (of) Tervane, Quarbin and Lunmark".
var firmCueWords = names.Set{"firm": true}

// firmCueBefore reports whether a firm's noun stands right before token
// k, with or without "of": "law firm Tervane", "the firm of Tervane"; or a
// role and "with" ([roleWithBefore]: "an attorney with Tervane").
func firmCueBefore(toks []text.Token, k int) bool {
	if roleWithBefore(toks, k) {
		return true
	}
	if k >= 1 && toks[k-1].Text == "of" {
		k--
	}
	return k >= 1 && firmCueWords.Has(toks[k-1].Text)
}

// namedWithSuffix reports whether the article names w before a company's
// suffix of its own ("Tervane Inc") outside the tokens from..to of
// sentence si: a firm of its own.
func namedWithSuffix(sents []text.Sentence, w string, si, from, to int) bool {
	for j, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if j == si && i >= from && i < to {
				continue
			}
			if toks[i].Text == w && names.CorpSuffixes.Has(strings.TrimSuffix(toks[i+1].Text, ".")) && toks[i+1].Text != "Co" {
				return true
			}
		}
	}
	return false
}

// inRunningText reports whether token k follows a lower-case word, a dash
// or bracket, or a comma after a lower-case word or a company's suffix:
// "an analyst with Tervane,", "its subsidiary, Tervane,", "Ostra Inc,
// Tervane,", not the opening of a sentence.
func inRunningText(toks []text.Token, k int) bool {
	if k < 1 {
		return false
	}
	p := toks[k-1].Text
	if p == "," && k >= 2 {
		p = toks[k-2].Text
		return p != "" && (isLowerASCII(p[0]) || names.CorpSuffixes.Has(strings.TrimSuffix(p, ".")))
	}
	return p != "" && (isLowerASCII(p[0]) || p == "-" || p == "--" || p == "(")
}
