package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// royalStyles are the styles of royalty and peers that, with "of" and a
// place, name a person and, before a venue's head, the venue: "the Prince
// of Orvania Theatre", "the Duchess of Tervane Hospital".
var royalStyles = names.Set{"prince": true, "princess": true, "duke": true, "duchess": true,
	"king": true, "queen": true, "earl": true, "countess": true}

// venueTails are the last words of venues' names beyond [names.PlaceTails]
// and [venueHeads]: "Vell Hall", "the Tervane Centre".
var venueTails = names.Set{"hall": true, "centre": true, "center": true, "hotel": true, "museum": true,
	"gallery": true, "college": true, "infirmary": true, "docks": true}

// isVenueTail reports whether w, in any case, ends a venue's name.
func isVenueTail(w string) bool {
	k := strings.ToLower(w)
	return names.PlaceTails[k] || venueHeads[k] || venueTails[k]
}

// venueOpenerSpans (tail12s) mends a venue's name of two words or more,
// ending in a venue's head ([isVenueTail]), whose first words the
// recognizer left out: a royal style and "of" before the place the venue
// is named after ("Toronto's Princess of Orvania Theatre" gave "Orvania
// Theatre"), and "Great" opening the sentence ("Great Vellan Street
// Hospital said" gave "Vellan Street Hospital"). The span grows back over
// the words, emptying a span that held the first word alone. Left alone:
// a style before a place alone ("the Prince of Orvania" is a person, a
// rule of its own), "Great" inside a sentence (the recognizer takes it
// there when it is the name's) and a name not ending in a venue's head.
func venueOpenerSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.Start < 1 || sp.End-sp.Start < 2 || !isVenueTail(toks[sp.End-1].Text) {
			continue // the usual case, decided at once
		}
		switch {
		case sp.Start == 1 && toks[0].Text == "Great":
			growOverHead(spans, i, 0, sp.Type)
		case sp.Start >= 2 && toks[sp.Start-1].Text == "of" && names.IsCapitalized(toks[sp.Start-2].Text) && royalStyles[strings.ToLower(toks[sp.Start-2].Text)]:
			growOverHead(spans, i, sp.Start-2, sp.Type)
		}
	}
}

// membersOfHeads open the names of bodies of members, named "X of" the
// members they hold: "the Association of Tervane Brewers".
var membersOfHeads = names.Set{"association": true, "society": true, "federation": true,
	"union": true, "guild": true, "confederation": true, "institute": true, "institution": true, "league": true}

// membersOfSpans (tail12s) mends a body of members ([membersOfHeads] and
// "of") that the recognizer cut before its last word, the members' plural
// noun, capitalized: "the Association of Chief Tervane Officers' man"
// gave "Association of Chief Tervane". The span takes the word when it
// ends in "s", is a common lower-case word's plural ([ner.MostlyLower])
// and no capitalized word follows it (the name goes on there, a rule of
// its own) and no other span holds it.
func membersOfSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.End-sp.Start < 3 || sp.End >= len(toks) || toks[sp.Start+1].Text != "of" || !membersOfHeads[strings.ToLower(toks[sp.Start].Text)] {
			continue // the usual case, decided at once
		}
		w := toks[sp.End].Text
		if !names.IsCapitalized(w) || !strings.HasSuffix(w, "s") || !ner.MostlyLower(strings.ToLower(w)) {
			continue
		}
		if sp.End+1 < len(toks) && names.IsCapitalized(toks[sp.End+1].Text) {
			continue
		}
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start <= sp.End {
			continue
		}
		sp.End++
	}
}

// isNation reports whether w names a country or a home nation
// ([homeNations]).
func isNation(w string) bool {
	k := names.Key(w)
	return homeNations[k] || names.Tables().Country(w, k) >= 0
}

// ofNationsSpans (tail12s) mends a body named "X of" two nations joined
// by "and" that the recognizer cut after the first: "the Tervane
// Federation of England and Wales, which" gave "Tervane Federation of
// England" (and "Wales" apart, or nothing). An organization's span of
// three words or more ending in an organization's word ([orgWord]), "of"
// and a nation ([isNation]) takes "and" and another nation when no
// capitalized word follows it (the name goes on there, or another name
// begins), emptying a span that held the second nation alone. A place's
// word before "of" ("the Gulf of Orvania and Lemmia", two places) and one
// nation twice ("Bank of Orvania and Orvania's") leave it as it was.
func ofNationsSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		toks := fitTokens(sents, sp)
		if toks == nil || sp.Type != Org || sp.End-sp.Start < 3 || sp.End+1 >= len(toks) || toks[sp.End].Text != "and" || toks[sp.End-2].Text != "of" {
			continue // the usual case, decided at once
		}
		a, b := toks[sp.End-1].Text, toks[sp.End+1].Text
		if a == b || !orgWord(names.Key(toks[sp.End-3].Text)) || !isNation(a) || !isNation(b) {
			continue // "Tervane Bank of Orvania and Orvania's", "the Gulf of Orvania and Lemmia"
		}
		if sp.End+2 < len(toks) && names.IsCapitalized(toks[sp.End+2].Text) {
			continue
		}
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start <= sp.End+1 {
			next := &spans[i+1]
			if next.Start != sp.End+1 || next.End != sp.End+2 {
				continue // the second nation inside a longer name
			}
			next.End = next.Start // now inside the body's name
		}
		sp.End += 2
	}
}
