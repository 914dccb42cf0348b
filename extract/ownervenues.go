package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// ownerVenueHeads end the name of a building or a school named after its
// founder in the possessive, and give its type: "Quarbin's Chinese
// Theatre" is a place, "Quarbin's Hospital Medical School" a body.
// Streets, squares, parks and palaces are left: "Vell's Downing Street
// office" is a man's.
var ownerVenueHeads = map[string]Type{
	"Theatre": Location, "Theater": Location, "Hall": Location, "Chapel": Location,
	"Church": Location, "Cathedral": Location, "Abbey": Location,
	"School": Org, "College": Org, "Academy": Org, "Hospital": Org,
}

// ownerVenueSpans makes one name of a one-word possessor, its "'s" and one
// to three capitalized words after it ending in one of [ownerVenueHeads]
// when nothing else in the article makes the possessor a place, a firm
// or a person of its own: "Quarbin's Chinese Theatre", "Quarbin's
// Hospital Medical School", which the recognizer cuts before or after the
// possessive. Left: a possessor the tables know as a place ("Vellton's
// Lyric Theatre" is the town's), an acronym or a firm's span ("the
// BBC's", "Tervane Inc's"), the last word of a longer name ("Ann
// Quarbin's", "BBC One's"), a person named in full elsewhere in the
// article or after a title, a day or a month, a common word capitalized
// ("University's"), and words that go on in capitals after the head
// ("Quarbin's Academy Award"). The venue's words must be under a span of
// the recognizer's, which is grown back over the possessor; a span of
// the possessor alone is grown forward instead and the one after it is
// left for repairSpans to drop as an overlap. It returns spans, changed
// in place (tail13g).
func ownerVenueSpans(sents []text.Sentence, spans []Span) []Span {
	for si, s := range sents {
		toks := s.Tokens
		for j := 1; j+1 < len(toks); j++ {
			if !possessiveMark(toks[j].Text) || toks[j].Start != toks[j-1].End {
				continue
			}
			end, typ := ownerVenueEnd(toks, j+1)
			if end == 0 || !founderWord(toks, j-1) || hasFullName(sents, spans, toks[j-1].Text) {
				continue
			}
			growOwnerVenue(sents, spans, si, j-1, end, typ)
		}
	}
	return spans
}

// ownerVenueEnd returns the end of one to three capitalized words from
// toks[from] on one line whose last is a venue's head with no capitalized
// word after it, and the head's type; 0 if there are none.
func ownerVenueEnd(toks []text.Token, from int) (int, Type) {
	end, typ := 0, Type("")
	for k := from; k < len(toks) && k < from+3; k++ {
		if !names.IsCapitalized(toks[k].Text) || toks[k].Start-toks[k-1].End > 1 {
			break
		}
		if t, ok := ownerVenueHeads[toks[k].Text]; ok {
			end, typ = k+1, t
		}
	}
	if end == 0 || end < len(toks) && names.IsCapitalized(toks[end].Text) && toks[end].Start-toks[end-1].End <= 1 {
		return 0, ""
	}
	return end, typ
}

// founderWord reports whether toks[p] reads as a founder's one-word name:
// capitalized with lower-case letters, no common word, day, month or
// place, after no capitalized word or title.
func founderWord(toks []text.Token, p int) bool {
	w := toks[p].Text
	if !names.IsCapitalized(w) || strings.IndexFunc(w, unicode.IsLower) < 0 || len(w) < 3 {
		return false
	}
	if p > 0 && (names.IsCapitalized(toks[p-1].Text) || titleWordBefore(toks[p-1].Text)) {
		return false
	}
	k := names.Key(w)
	return !names.NoExtend[k] && !ner.MostlyLower(w) && !knownPlaceName(w)
}

// growOwnerVenue grows the span of the possessor toks[p] of sentence si,
// or the recognizer's first span inside the venue's words, to cover both,
// typed typ; nothing when the possessor's span is a firm's or longer than
// the word, when a span runs past the venue's end, or when no span holds
// the venue's words.
func growOwnerVenue(sents []text.Sentence, spans []Span, si, p, end int, typ Type) {
	owner, inner := -1, -1
	for i, sp := range spans {
		if sp.Sentence != si || sp.End <= p || sp.Start >= end {
			continue
		}
		if sp.Start <= p {
			if sp.Start != p || sp.End != p+1 || sp.Type == Org {
				return
			}
			owner = i
			continue
		}
		if sp.End > end {
			return
		}
		if inner < 0 {
			inner = i
		}
	}
	if inner < 0 || ownerFirm(sents, spans, sents[si].Tokens[p].Text, Span{Sentence: -1}) {
		return
	}
	if owner >= 0 {
		spans[owner].End, spans[owner].Type = end, typ
		return
	}
	spans[inner].Start, spans[inner].End, spans[inner].Type = p, end, typ
}
