package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13r) joins a firm named by a run of three partners or
// more, parted by commas, the last after "and": "Tervane, Quarbin,
// Lunmark Ostra and Co" (spans "Tervane", "Quarbin" and "Lunmark Ostra
// and Co"), "an analyst with Pellam Rusk, Dorne, Fenwick and Tervane". A
// list of three things has the same shape, so the evidence is the firm's
// mark, "and Co" at the end, or its staff before it: a staff noun, or a
// full name, and "of", "at" or "with". [partnerListSpans] takes one-word
// partners before a suffix, [partnerCommaSpans] a first partner of two
// words typed a person before one comma.

// partnerRunSpans makes each run of [Resolver.partnerRunEnd] that begins
// at a span's start (or at the partner before it that no span holds:
// [Resolver.unspannedPartner]) one span typed ORG and drops the spans
// inside it, when three groups end in the firm's mark or follow its
// staff, or two groups follow its staff.
func (r *Resolver) partnerRunSpans(sents []text.Sentence, spans []Span) []Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if !sp.within(sents) || sp.Start >= sp.End {
			out = append(out, sp)
			continue
		}
		toks := sents[sp.Sentence].Tokens
		s := r.unspannedPartner(toks, out, sp)
		e, mark, groups := r.partnerRunEnd(toks, s)
		staff := staffBefore(toks, s)
		if e <= s || !(groups >= 3 && (mark || staff) || groups == 2 && staff) || s > 0 && toks[s-1].Text == "," {
			out = append(out, sp)
			continue
		}
		for i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start < e {
			i++
			e = max(e, spans[i].End)
		}
		out = joinFirmSpan(out, sp.Sentence, s, e)
	}
	return out
}

// partnerRunEnd returns where a run of partners that begins at token s
// ends, whether it ends in "and Co" (maybe more suffixes after), and its
// groups before the "and": two groups or more of one or two partners'
// words ([Resolver.runPartnerWord]) parted by commas, then "and" or "&"
// and one partner's word or "Co", then company suffixes, and no
// capitalized word after. It returns s when there is none. The cheap
// first question: a comma one or two words after s.
func (r *Resolver) partnerRunEnd(toks []text.Token, s int) (int, bool, int) {
	if s+2 >= len(toks) || toks[s+1].Text != "," && toks[s+2].Text != "," {
		return s, false, 0
	}
	i, groups := s, 0
	for {
		n := 0
		for n < 2 && i+n < len(toks) && r.runPartnerWord(toks[i+n].Text) {
			n++
		}
		if n == 0 || i+n >= len(toks) {
			return s, false, 0
		}
		i += n
		groups++
		switch toks[i].Text {
		case ",":
			i++
			continue
		case "and", "&":
		default:
			return s, false, 0
		}
		if groups < 2 || i+1 >= len(toks) {
			return s, false, 0
		}
		i++
		mark := strings.TrimSuffix(toks[i].Text, ".") == "Co"
		if !mark && !r.runPartnerWord(toks[i].Text) {
			return s, false, 0
		}
		i++
		for i < len(toks) && names.CorpSuffixes.Has(strings.TrimSuffix(toks[i].Text, ".")) {
			i++
		}
		if i < len(toks) && upperWord(toks[i].Text) {
			return s, false, 0 // a longer name goes on: "... and Ostra Motor Corp"
		}
		return i, mark, groups
	}
}

// runPartnerWord reports whether w may be a partner's surname in a firm's
// name: capitalized, not in capitals, no punctuation, no company suffix,
// organization's word or place the tables know.
func (r *Resolver) runPartnerWord(w string) bool {
	if !upperWord(w) || !names.IsCapitalized(w) || allCaps(w) || strings.ContainsAny(w, ".,;:()\"'") {
		return false
	}
	k := names.Key(w)
	return !names.CorpSuffixes.Has(w) && !orgWord(k) && !r.t.KnownPlace(k)
}

// staffBefore reports whether a firm's staff stands right before token s:
// "of", "at" or "with" after a staff noun ("an analyst with") or after a
// given name and a surname ("Ann Vell of").
func staffBefore(toks []text.Token, s int) bool {
	if s < 2 || !staffPreps[toks[s-1].Text] {
		return false
	}
	if staffNouns[strings.ToLower(toks[s-2].Text)] {
		return true
	}
	return s >= 3 && fullNameWords(toks[s-3].Text, toks[s-2].Text)
}

// unspannedPartner returns where a run of partners may begin for sp: at
// the partner's word and comma right before sp when no span of out holds
// that word and a firm's staff stands before it ("Ann Vell of Pellam,
// [Dorne] and Fenwick"), else at sp's start.
func (r *Resolver) unspannedPartner(toks []text.Token, out []Span, sp Span) int {
	s := sp.Start - 2
	if s < 0 || toks[s+1].Text != "," || !r.runPartnerWord(toks[s].Text) || !staffBefore(toks, s) {
		return sp.Start
	}
	if n := len(out); n > 0 && out[n-1].Sentence == sp.Sentence && out[n-1].End > s {
		return sp.Start
	}
	return s
}
