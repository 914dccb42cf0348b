package extract

import (
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11z) cuts a party's short name that the recognizer glued
// to a name or to its members: "Lib Dem Ann Okafor" (the party's member
// named by it, as "Tervanian Ann Okafor" by a demonym), "Labour MSP Tom
// Vell" (the party and the member's office), "Lib Dem MPs" (the party's
// members), and "Parliament for Tervane North" (the seat a member entered
// Parliament for).

// openerParties are the parties, by key, whose short name opens a member's
// name in British and American copy: the parties that [seatParties] knows
// and the singular forms that stand before one member.
var openerParties = names.Set{"lib dem": true, "liberal democrat": true, "democrat": true, "republican": true,
	"scottish national party": true}

// partyOpener reports whether key names a party that [partyOpeners] cuts.
func partyOpener(key string) bool {
	return openerParties[key] || seatParties[key]
}

// partyOpeners cuts the party's words that open a person's or an
// organization's span of four words or less when what follows them, after
// a member's office ([memberOffices]) or none, is two or three
// capitalized words opening with a given name the gazetteer knows or an
// initial and ending in no company suffix: "Lib Dem Ann Okafor" and
// "Labour MSP Ann Okafor" are Ann Okafor, a person. A span that is the
// party's name and its members' office in the plural ends before the
// office: "Lib Dem MPs" is the party.
func partyOpeners(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person && sp.Type != Org || sp.End-sp.Start < 2 || !sp.within(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		n := partyWords(toks, *sp)
		if n == 0 {
			continue
		}
		k := sp.Start + n
		if partySide(toks, *sp, k) {
			sp.End, sp.Type = k, Org // "Lib Dem Home Affairs spokesman"
			continue
		}
		if k < sp.End && memberOffices[toks[k].Text] {
			if k == sp.End-1 && toks[k].Text[len(toks[k].Text)-1] == 's' {
				sp.End, sp.Type = k, Org // "Lib Dem MPs"
				continue
			}
			k++
		}
		rest := toks[k:sp.End]
		if len(rest) < 2 || len(rest) > 3 || !upperWords(rest) || names.CorpSuffixes.Has(rest[len(rest)-1].Text) {
			continue
		}
		if g := rest[0].Text; placeGaz().FirstName(g) || initialToken(g) {
			sp.Start, sp.Type = k, Person
		}
	}
}

// partySides are the sides of a party that name its spokesman or leader
// there: a portfolio ("Home Affairs", "Treasury") or a chamber whose group
// the party has ("Holyrood", "Senate"). A body's word ("National
// Committee") is none.
var partySides = names.Set{"home": true, "affairs": true, "foreign": true, "treasury": true,
	"health": true, "education": true, "defence": true, "defense": true, "environment": true,
	"transport": true, "justice": true, "culture": true, "trade": true, "industry": true,
	"economy": true, "finance": true, "welfare": true, "holyrood": true, "westminster": true,
	"commons": true, "assembly": true, "senate": true}

// partySide reports whether the span's words from k, after the party's,
// are one or two capitalized words of a portfolio or a chamber
// ([partySides]: "Home Affairs", "Treasury", "Holyrood")
// before a lower-case office ([names.Offices]) right after the span: the
// party's spokesman or leader for them ("Lib Dem Home Affairs spokesman",
// "Republican Senate leader"), where the name is the party's alone.
func partySide(toks []text.Token, sp Span, k int) bool {
	if sp.End-k < 1 || sp.End-k > 2 || sp.End >= len(toks) {
		return false
	}
	if next := toks[sp.End].Text; upperWord(next) || !names.Offices.Has(next) {
		return false
	}
	for _, t := range toks[k:sp.End] {
		w := t.Text
		if !upperWord(w) || !partySides.Has(w) {
			return false
		}
	}
	return true
}

// partyWords returns how many of a span's first words, one to three, name
// a party ([partyOpener]) with a word of the span after them, or 0.
func partyWords(toks []text.Token, sp Span) int {
	key := ""
	n := 0
	for j := sp.Start; j < sp.End-1 && j < sp.Start+3; j++ {
		if !upperWord(toks[j].Text) {
			break
		}
		if key != "" {
			key += " "
		}
		key += toks[j].Text
		if partyOpener(names.Key(key)) {
			n = j + 1 - sp.Start
		}
	}
	return n
}

// parliamentSeat cuts "Parliament for" that opens a span before a
// capitalized word: "he entered Parliament for Tervane North in 1987" names
// the seat, Tervane North, which [constituencyCue] then types a place.
func parliamentSeat(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 3 || sp.Start < 0 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if toks[sp.Start].Text == "Parliament" && toks[sp.Start+1].Text == "for" && upperWord(toks[sp.Start+2].Text) {
			sp.Start += 2
		}
	}
}
