package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14k) joins a firm named by two partners that its comma
// cuts: "Tervane, Quarbin Lunmark Inc" (spans "Tervane" and "Quarbin
// Lunmark Inc", or the second alone). "Tervane, Quarbin Inc" lists two
// firms as often, so the words around must say that the comma is inside
// one name ([pairPartnerCue]): a list's last "and" before the first
// partner, brackets around both, the one name without a suffix in a list
// of suffixed firms, one analyst after, or "its ... subsidiary" around.
// [partnerListSpans] and [partnerRunSpans] take firms of three partners
// or more.

// pairPartnerSpans makes each firm of two partners of [pairPartnerCue]
// one span typed ORG, and drops the first partner's span.
func (r *Resolver) pairPartnerSpans(sents []text.Sentence, spans []Span) []Span {
	out := spans[:0]
	for _, sp := range spans {
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			out = append(out, sp)
			continue
		}
		toks := sents[sp.Sentence].Tokens
		// the cheap first question: a comma right before the span, and a
		// company's suffix ending it
		e := basedEnd(toks, sp)
		if toks[sp.Start-1].Text != "," || !suffixedWords(toks, sp.Start, e) {
			out = append(out, sp)
			continue
		}
		a := sp.Start - 2
		// a second name opening with initials is a whole name of its own
		// ("Tervane, J.P. Quarbin and Co and Ostra Corp")
		if !r.pairFirstPartner(toks[a].Text) || !r.partnerWord(toks[a]) || initialWord(toks, sp.Start) || !pairPartnerCue(toks, a, e) || !pairSpanned(out, sp.Sentence, a) ||
			partnerAlone(sents, toks[a].Text) || namedWithSuffix(sents, toks[a].Text, sp.Sentence, a, sp.End) {
			out = append(out, sp)
			continue
		}
		out = joinFirmSpan(out, sp.Sentence, a, sp.End)
	}
	return out
}

// pairFirstPartner reports whether w may open a firm of two partners
// beyond [Resolver.partnerWord]'s test: no month or weekday ("in
// December, Quarbin Inc and ..."), no place the tables know ("the state
// of Varnland, Quarbin Inc and ...").
func (r *Resolver) pairFirstPartner(w string) bool {
	k := names.Key(w)
	return !names.NoExtend[strings.ToLower(w)] && !r.t.KnownPlace(k)
}

// initialWord reports whether token k is an initial: a letter and a
// period, or letters parted by periods ("J.P.").
func initialWord(toks []text.Token, k int) bool {
	w := toks[k].Text
	return strings.Contains(w, ".") || len(w) == 1 && k+1 < len(toks) && toks[k+1].Text == "."
}

// basedEnd returns where sp's name ends before the hyphenated words that
// an earlier rule glued to its end ("Quarbin Inc Boston-based", which a
// later rule cuts): sp.End when there are none.
func basedEnd(toks []text.Token, sp Span) int {
	e := sp.End
	for e > sp.Start+1 && strings.Contains(toks[e-1].Text, "-") {
		e--
	}
	return e
}

// suffixedWords reports whether tokens s..e are a firm's name that ends in
// a company's suffix: capitalized words (initials too), "and" or "&", two
// at least, the last a suffix.
func suffixedWords(toks []text.Token, s, e int) bool {
	if e-s < 2 || !names.CorpSuffixes.Has(strings.TrimSuffix(toks[e-1].Text, ".")) {
		return false
	}
	for _, tk := range toks[s:e] {
		if w := tk.Text; w != "and" && w != "&" && !upperWord(w) {
			return false
		}
	}
	return true
}

// suffixedNameAt reports whether a firm's name ending in a company's
// suffix begins at token k: up to eight capitalized words, "and" or "&",
// the last a suffix and no capitalized word after it.
func suffixedNameAt(toks []text.Token, k int) bool {
	for e := k + 2; e <= min(len(toks), k+8); e++ {
		if !upperWord(toks[e-1].Text) && toks[e-1].Text != "and" && toks[e-1].Text != "&" {
			return false
		}
		if suffixedWords(toks, k, e) && (e == len(toks) || !upperWord(toks[e].Text)) {
			return true
		}
	}
	return false
}

// pairUnitNouns are the kinds of a firm's unit that "its" and a firm of
// two partners come before: "its Tervane, Quarbin Ltd subsidiary".
var pairUnitNouns = names.Set{"subsidiary": true, "unit": true, "division": true, "affiliate": true}

// pairStaffNouns are one person of a firm's staff: "Tervane, Quarbin Inc
// bank analyst Ann Vell" (a list of two firms has no one analyst).
var pairStaffNouns = names.Set{"analyst": true, "economist": true, "strategist": true, "dealer": true, "trader": true}

// pairPartnerCue reports whether the words around a first partner at
// token a, a comma, and a suffixed firm's name ending at token e say they
// are one firm:
//   - a list's last "and" before a, after a suffix: "Ostra Inc and
//     Tervane, Quarbin Ltd" (a comma after the list's last "and" is inside
//     its last name);
//   - brackets around both: "(Tervane, Quarbin Inc)";
//   - a suffixed firm's name after e, past a comma or "and", and a
//     lower-case word before a (not "and" or "or": "the Navy and Varn,
//     Quarbin Corp"), or a comma after a suffix: the one name
//     without a suffix in a list of suffixed firms ("underwriters are
//     Tervane, Quarbin Inc, Ostra Ltd and Lunmark Corp");
//   - one of the firm's staff after e, past a few lower-case or
//     hyphenated words ("Tervane, Quarbin Inc Boston-based bank analyst");
//   - "its" before a and a unit's noun after e ("its Tervane, Quarbin Ltd
//     subsidiary").
func pairPartnerCue(toks []text.Token, a, e int) bool {
	p := ""
	if a >= 1 {
		p = toks[a-1].Text
	}
	suffixBefore := a >= 2 && names.CorpSuffixes.Has(strings.TrimSuffix(toks[a-2].Text, "."))
	switch {
	case (p == "and" || p == "&") && suffixBefore:
		return true
	case p == "(":
		return e < len(toks) && toks[e].Text == ")"
	case p == "its":
		return e < len(toks) && pairUnitNouns.Has(toks[e].Text)
	}
	if e+1 < len(toks) && (toks[e].Text == "," || toks[e].Text == "and") && suffixedNameAt(toks, e+1) &&
		(p != "" && isLowerASCII(p[0]) && p != "and" && p != "or" || p == "," && suffixBefore) {
		return true
	}
	for k := e; k < min(len(toks), e+6); k++ {
		w := toks[k].Text
		if pairStaffNouns.Has(w) {
			return true
		}
		hyphened := strings.Contains(w, "-") || k+1 < len(toks) && toks[k+1].Text == "-"
		if w == "" || !isLowerASCII(w[0]) && !hyphened {
			return false
		}
	}
	return false
}

// pairSpanned reports whether the spans at the end of out that end after
// token a of sentence si are the first partner spanned alone, which
// [joinFirmSpan] may drop. A longer span is a name of its own.
func pairSpanned(out []Span, si, a int) bool {
	n := len(out)
	if n == 0 || out[n-1].Sentence != si || out[n-1].End <= a {
		return true
	}
	p := out[n-1]
	return p.Start == a && p.End == a+1 && (n < 2 || out[n-2].Sentence != si || out[n-2].End <= a)
}

// partnerAlone reports whether the article writes w somewhere with no
// comma after it: a name of its own ("Tervane said"), not the first
// partner of "Tervane, Quarbin Inc" written again.
func partnerAlone(sents []text.Sentence, w string) bool {
	for _, s := range sents {
		toks := s.Tokens
		for i, tk := range toks {
			if tk.Text == w && (i+1 == len(toks) || toks[i+1].Text != ",") {
				return true
			}
		}
	}
	return false
}
