package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// pairFirmSpans joins a firm named by two surnames and "and", without a
// company suffix, that the recognizer cut or half missed: "Shearman and
// Sterling", "Purvin and Gertz", "Ingalls and Snyder". Two words joined by
// "and" are far more often two things ("Kansas and Nebraska", "Reagan and
// Shultz"), so the evidence must be strong: a staff member's "of", "at" or
// "with" before them ("Emmanuel Gaillard of Shearman and Sterling", "an
// analyst with Purvin and Gertz"), neither word a place, a country, a
// first name or a known body, and neither named alone anywhere in the
// article. Other mentions of the pair, in any case ("CROSS AND TRECKER"),
// are the firm too. The result is sorted.
func (r *Resolver) pairFirmSpans(sents []text.Sentence, spans []Span) []Span {
	var firms []firm
	var joined []Span
	for _, sp := range spans {
		if sp.End-sp.Start != 1 || sp.Type == Misc || sp.Sentence < 0 || sp.Sentence >= len(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End > len(toks) {
			continue
		}
		// The span is the first word or the second.
		for _, x := range [2]int{sp.Start, sp.Start - 2} {
			if j, ok := r.pairFirmAt(sents, spans, sp.Sentence, x); ok {
				if !slices.Contains(joined, j) {
					joined = append(joined, j)
					firms = append(firms, firm{foldWords(toks[x : x+1]), foldWords(toks[x+2 : x+3])})
				}
				break
			}
		}
	}
	if len(firms) == 0 {
		return spans
	}
	joined = append(joined, firmMentions(sents, firms)...)
	spans = slices.DeleteFunc(spans, func(sp Span) bool {
		return slices.ContainsFunc(joined, func(j Span) bool {
			return sp.Sentence == j.Sentence && sp.Start < j.End && j.Start < sp.End && !(sp.Start <= j.Start && j.End <= sp.End && sp.Type == Org)
		})
	})
	for _, j := range joined {
		if !slices.ContainsFunc(spans, func(sp Span) bool { return sp.Sentence == j.Sentence && sp.Start < j.End && j.Start < sp.End }) {
			spans = append(spans, j)
		}
	}
	slices.SortFunc(spans, compareSpans)
	return spans
}

// staffRoles are a firm's staff before "of", "at" or "with": "a partner
// at", "an analyst with".
var staffRoles = names.Set{"analyst": true, "analysts": true, "economist": true, "strategist": true,
	"consultant": true, "consultants": true, "partner": true, "lawyer": true, "lawyers": true, "attorney": true,
	"broker": true, "brokers": true, "dealer": true, "trader": true, "director": true, "president": true,
	"chairman": true, "spokesman": true, "spokeswoman": true, "executive": true, "vice-president": true}

// staffPreps stand between a firm's staff and the firm: "Dennis McAlpine
// of", "an analyst with", "a lawyer at".
var staffPreps = names.Set{"of": true, "at": true, "with": true}

// pairFirmCue reports whether the words around "X and Y" at token x say
// it is a firm: its staff before it ("Gaillard of", "an analyst with"), a
// firm's kind before it ("consultants", "the Houston firm of"), or "said
// it" after it ("Cross and Trecker said its"). Y must end the name.
func pairFirmCue(toks []text.Token, x int) bool {
	end := x + 3
	if end < len(toks) && names.IsCapitalized(toks[end].Text) {
		return false // "Marks and Spencer Group" is a longer name
	}
	if end+1 < len(toks) && toks[end].Text == "said" && (toks[end+1].Text == "it" || toks[end+1].Text == "its") {
		return true
	}
	if x < 1 {
		return false
	}
	p := strings.ToLower(toks[x-1].Text)
	if firmKinds[p] || p == "consultants" || p == "auditors" || p == "lawyers" || p == "brokers" {
		return true
	}
	if x < 2 || !staffPreps[toks[x-1].Text] {
		return false
	}
	// Staff before the "of": a person's name ("Gaillard of") or a role
	// ("an analyst with", "a partner at", "the firm of"); not "the deserts
	// of".
	staff := toks[x-2].Text
	return staffRoles[strings.ToLower(staff)] || firmKinds[strings.ToLower(staff)] || upperWord(staff) && names.IsCapitalized(staff) && !allCaps(staff)
}

// pairFirmAt returns the span of a firm "X and Y" whose X is token x of
// sentence si, if the words make one (see pairFirmSpans).
func (r *Resolver) pairFirmAt(sents []text.Sentence, spans []Span, si, x int) (Span, bool) {
	toks := sents[si].Tokens
	if x < 0 || x+3 > len(toks) {
		return Span{}, false
	}
	if and := toks[x+1].Text; and != "and" && and != "&" {
		return Span{}, false
	}
	// Neither word is inside a longer span.
	for _, sp := range spans {
		if sp.Sentence == si && sp.End-sp.Start > 1 && (sp.Start <= x && x < sp.End || sp.Start <= x+2 && x+2 < sp.End) {
			return Span{}, false
		}
	}
	a, b := toks[x:x+1], toks[x+2:x+3]
	if !r.firmWords(a) || !r.firmWords(b) || allCaps(a[0].Text) || allCaps(b[0].Text) || !upperWord(a[0].Text) || !upperWord(b[0].Text) {
		return Span{}, false
	}
	// The cue after the pair's own checks: pairOpensFirm reads the whole
	// article, they read the pair.
	if !pairFirmCue(toks, x) &&
		!pairOpensFirm(sents, toks, x) && !pairFirmApposition(toks, x) { // tail10yp
		return Span{}, false
	}
	// Two places are a list ("Belmarsh and Woodhill" prisons aside); one
	// may be a surname that is also a town ("Sterling", "Snyder").
	places := 0
	for _, w := range [2]string{a[0].Text, b[0].Text} {
		k := names.Key(w)
		if _, abbr := names.StateAbbrevs[k]; abbr || r.t.KnownPlace(k) || r.t.CityCountry[k] != "" || placeGaz().PlaceName([]string{w}) {
			places++ // GeoNames' small towns left out: many are surnames
		}
		if placeGaz().FirstName(w) && !partnerNamed(sents, toks, x, w) || names.Titles[k] { // tail10yp
			return Span{}, false
		}
		if _, known := names.Known(w); known {
			return Span{}, false
		}
	}
	if places == 2 {
		return Span{}, false
	}
	if alone(sents, a) || aloneAfter(sents, a[0].Text, b[0].Text) {
		return Span{}, false
	}
	return Span{Sentence: si, Start: x, End: x + 3, Type: Org}, true
}

// aloneAfter reports whether the article names w other than right after
// "first and" or "first &", in any case but capitals.
func aloneAfter(sents []text.Sentence, first, w string) bool {
	k, fk := names.Key(w), names.Key(first)
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if allCaps(t.Text) || names.Key(t.Text) != k {
				continue
			}
			if i >= 2 && (strings.EqualFold(toks[i-1].Text, "and") || toks[i-1].Text == "&") && names.Key(toks[i-2].Text) == fk {
				continue
			}
			return true
		}
	}
	return false
}

// compareSpans orders spans by sentence, start, and longer first.
func compareSpans(a, b Span) int {
	return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
}
