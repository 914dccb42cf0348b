package extract

import (
	"github.com/nergraph/nergraph/extract/text"
)

// This file (tail15c) joins a place's name to the athletics club's word
// the recognizer cut from it: "(Tervane Isles AC)" came out as the place
// "Tervane Isles" and a bare "AC", so that the club's mentions went into
// the place's node. Joined, the name ends in a club's word and
// [sportsClub] types it a club.

// clubTailJoin reports whether span b, right after span a with one space
// between, is the club's word that ends the name a begins: b one token of
// [athleticsClubTails] written as a club writes it ("AC", "AAC",
// "Harriers"), a a place's or a person's name of one to three words, and
// no capitalized word after b ("AC Zorbit" is another club's name that
// begins with the word).
func clubTailJoin(text string, toks []text.Token, a, b Span) bool {
	if b.End-b.Start != 1 || !clubTailWord(toks[b.Start].Text) {
		return false // the cheap first question: the club's word
	}
	if a.Type != Location && a.Type != Person || a.End-a.Start > 3 || toks[a.End-1].End+1 != toks[b.Start].Start ||
		text[toks[a.End-1].End] != ' ' {
		return false
	}
	return b.End >= len(toks) || !upperWord(toks[b.End].Text)
}

// clubTailWord reports whether w is a word of [athleticsClubTails] as a
// club's name writes it: the letters in capitals, "Harriers" capitalized.
func clubTailWord(w string) bool {
	return w == "AC" || w == "AAC" || w == "Harriers"
}
