package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// seatHeads are the last words of the bodies a unit is written "at":
// "the Tervane Policy Centre at Lunmark University".
var seatHeads = names.Set{"university": true, "college": true, "polytechnic": true}

// subjectHeads are the last words of a subject taught or a firm's
// department before "at": "Professor of Food Science at Lunmark
// University", "the Supply Department at Quarbin Corp". Alone they name
// no body the graph wants.
var subjectHeads = names.Set{"science": true, "sciences": true, "studies": true, "economics": true,
	"engineering": true, "medicine": true, "department": true}

// atSeatSpans cuts at its "at" a span the recognizer glued over it, a
// body and its seat: "the Tervane Policy Centre at Lunmark University"
// is the centre and the university, "Professor of Food Science at
// Lunmark University" the university alone ([subjectHeads]), "the
// Tervane Aid Agency at Quarbin" the agency and a town the tables know.
// The seat is a university or college ([seatHeads]), a firm with a
// company suffix, or one word the tables know as a place; the words
// before "at" are capitalized, or small words inside the name. The
// result is sorted.
func atSeatSpans(sents []text.Sentence, spans []Span) []Span {
	var added []Span
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Org || sp.End-sp.Start < 3 {
			continue
		}
		toks := fitTokens(sents, sp)
		k := atToken(toks, *sp)
		if k < 0 {
			continue
		}
		typ, ok := seatType(toks[k+1 : sp.End])
		if !ok || !bodyWords(toks[sp.Start:k]) {
			continue
		}
		left := Span{Sentence: sp.Sentence, Start: sp.Start, End: k, Type: Org}
		sp.Start, sp.Type = k+1, typ
		if !subjectHeads[names.Key(toks[k-1].Text)] {
			added = append(added, left)
		}
	}
	if len(added) == 0 {
		return spans
	}
	spans = append(spans, added...)
	slices.SortFunc(spans, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	return spans
}

// atToken returns the index of the one lower-case "at" inside a span,
// neither its first nor its last token, with a capitalized word after
// it, or -1.
func atToken(toks []text.Token, sp Span) int {
	k := -1
	for j := sp.Start + 1; j < sp.End-1; j++ {
		if toks[j].Text != "at" {
			continue
		}
		if k >= 0 || !names.IsCapitalized(toks[j+1].Text) {
			return -1
		}
		k = j
	}
	return k
}

// seatType reports the type of the words after "at" when they are a
// seat: a university or college ([seatHeads]) or a firm with a company
// suffix, an organization; one word the tables know as a place, a
// location.
func seatType(ws []text.Token) (Type, bool) {
	last := names.Key(strings.TrimRight(ws[len(ws)-1].Text, "."))
	if seatHeads[last] || len(ws) >= 2 && names.CorpSuffixes[last] {
		return Org, upperWords(ws[:1])
	}
	if len(ws) == 1 && upperWord(ws[0].Text) && isPlaceWords([]string{names.Key(ws[0].Text)}) {
		return Location, true
	}
	return Org, false
}

// bodyWords reports whether ws are a body's name: capitalized words and
// the small words between them ([names.MinorWords]), ending in a
// capitalized word.
func bodyWords(ws []text.Token) bool {
	for _, w := range ws {
		if !names.IsCapitalized(w.Text) && !names.MinorWords[w.Text] {
			return false
		}
	}
	return len(ws) > 0 && names.IsCapitalized(ws[len(ws)-1].Text)
}

// andTheName finds around the "and the" at token k a name of
// [names.PlaceConnectorNames] that [connectorSpans] makes one place's
// span, "Quarbin and the Lunmark" (a region of England is written so),
// however the recognizer cut it: one or two capitalized words before
// "and", one or two after "the". It returns its tokens [start, end).
func andTheName(toks []text.Token, k int) (int, int, bool) {
	if k+2 >= len(toks) || toks[k+1].Text != "the" {
		return 0, 0, false
	}
	for l := 1; l <= 2 && k-l >= 0 && names.IsCapitalized(toks[k-l].Text); l++ {
		for r := 2; r <= 3 && k+r < len(toks) && names.IsCapitalized(toks[k+r].Text); r++ {
			var words []string
			for _, t := range toks[k-l : k+r+1] {
				words = append(words, t.Text)
			}
			if names.PlaceConnectorNames[names.Key(strings.Join(words, " "))] {
				return k - l, k + r + 1, true
			}
		}
	}
	return 0, 0, false
}
