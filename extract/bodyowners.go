package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// bodyOwnerSpans cuts an organization's span that runs over a possessive
// between two bodies' names into the owner and the body it owns: "the
// Tervane Administration's Trade Policy Council" is the administration
// and its council, "the Quarn Ministry's Bureau of Mines" the ministry and
// its bureau. The owner's last word is a body's head, a company suffix or
// one of [ownerBodyWords] ("Administration", "Community"); the owned name
// is two words or more, capitalized but for small joining words, with a
// body's head ([ownedHeadWords]) or a company suffix as its last word or
// before its "of" or "for" ("Council of Ministers"), and no members' plural first ("Bank's Employees Union" is
// the bank's staff union, left). An owner of one word ("the Bank's
// Tervane Development Association") is a body named by its head alone,
// whose full name the article gives elsewhere: it is dropped, and the owned
// body stays; but not before a name that ends in a company suffix, a firm
// named with a possessive ("Church's Quarn Chicken Inc"). It returns the
// spans, sorted (tail15u).
func bodyOwnerSpans(sents []text.Sentence, spans []Span) []Span {
	var add []Span
	for i, sp := range spans {
		q := bodyOwnerMark(sents, sp)
		if q < 0 {
			continue
		}
		if q-sp.Start >= 2 {
			add = append(add, Span{Sentence: sp.Sentence, Start: q + 1, End: sp.End, Type: Org})
			spans[i].End = q
			continue
		}
		spans[i].Start = q + 1
	}
	if len(add) == 0 {
		return spans
	}
	spans = append(spans, add...)
	slices.SortFunc(spans, compareSpans)
	return spans
}

// ownerBodyWords end a body's name that owns another and are no heads of
// [names.OrgHeads]: "the Tervane Administration's", "the Community's".
var ownerBodyWords = names.Set{"administration": true, "community": true, "government": true, "office": true}

// ownedHeadWords are the heads of an owned body's name besides
// [names.GenericOrgHeads]: "Energy Policy Center", "Bureau of Mines". A
// firm's word ("Entertainment", "Systems") is none: "the Tervane
// Association's Wireless Entertainment" is its show, and a fund ("the
// Ministry's Trust Fund") an account as often as a body.
var ownedHeadWords = names.Set{"center": true, "centre": true, "office": true, "bureau": true,
	"authority": true, "foundation": true, "society": true, "service": true, "exchange": true,
	"organization": true, "organisation": true}

// memberPlurals open the name of a body of a firm's staff, which a
// possessive owns as its members' employer: "Bank's Employees Union".
var memberPlurals = names.Set{"employees": true, "workers": true, "staff": true, "members": true, "pilots": true}

// bodyOwnerMark returns the index of the possessive's token in sp that
// parts an owner body's name from the name of the body it owns, as
// [bodyOwnerSpans] reads them, or -1. The cheap first question: an
// organization's span of four tokens or more holding an apostrophe.
func bodyOwnerMark(sents []text.Sentence, sp Span) int {
	if sp.Type != Org || sp.End-sp.Start < 4 || !sp.within(sents) {
		return -1
	}
	toks := sents[sp.Sentence].Tokens
	for q := sp.Start + 1; q < sp.End-2; q++ {
		mark := toks[q].Text
		if !strings.ContainsAny(mark, "'’") || !staffPossessive(mark) || toks[q].Start != toks[q-1].End {
			continue
		}
		if !ownerBody(toks[q-1].Text) || !ownedBody(toks[q+1:sp.End]) {
			return -1
		}
		if q-sp.Start == 1 && names.CorpSuffixes.Has(toks[sp.End-1].Text) {
			return -1 // a firm named with a possessive: "Church's Quarn Chicken Inc"
		}
		return q
	}
	return -1
}

// ownerBody reports whether w, the last word before a possessive, ends a
// body's name.
func ownerBody(w string) bool {
	k := names.Key(w)
	return upperWord(w) && (names.OrgHeads[k] || names.GenericOrgHeads[k] || names.CorpSuffixes[k] || ownerBodyWords[k])
}

// ownedBody reports whether toks, the words after a possessive, name a
// body of their own.
func ownedBody(toks []text.Token) bool {
	if len(toks) < 2 || !upperWord(toks[0].Text) || memberPlurals.Has(toks[0].Text) {
		return false
	}
	for _, t := range toks {
		if !upperWord(t.Text) && !stopJoins.Has(t.Text) && t.Text != "for" {
			return false
		}
	}
	for j, t := range toks {
		if last := j == len(toks)-1; !last && toks[j+1].Text != "of" && toks[j+1].Text != "for" {
			continue // a head ends the name or comes before its "of"
		}
		if k := names.Key(t.Text); names.GenericOrgHeads[k] || names.CorpSuffixes[k] || ownedHeadWords[k] {
			return true
		}
	}
	return false
}
