package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file cuts a word glued before a name (tail13o, brought back alone
// by tail13o2): a previous firm's company suffix ("... Harlow and Co. Vell
// said", a full stop the splitter took for an abbreviation's); and
// (tail13o's rule 2, brought back narrowed by tail13t) a common word, a
// firm's first word or a place before a surname the article gives in
// full ("Sprinter Vell" beside "Dora Vell"; "Quarbin Vell said" beside
// "Dora Vell of Quarbin Futures"; "met in Varnholm Vell said").

// endSuffixes are the company suffixes that end a firm's name and begin
// none: "Ltd. Tervane" is the end of one name and the start of the next.
// "N.V." and "AG" may begin one ("N.V. Tervane") and are not here.
var endSuffixes = names.Set{"ltd": true, "co": true, "inc": true, "corp": true, "plc": true, "llc": true}

// leadSuffixSpans cuts a first word of [endSuffixes] from a span of two
// words or more, where it ends the name before: written with its full
// stop ("Harlow and Co. Vell said"), or after a closing bracket ("(Holdings)
// Plc Minority interests"). What is left of one common word of the case
// table ("Following", "Minority") is no name: the span is emptied. One
// other word after the suffix is cut only from a person's span (a
// person's name never opens with a firm's suffix): an organization's
// "Ltd. Quarbin" is left as tail12j and tail12n left it (a county's "in
// Co. Tervane", a firm's short name), and so is a person's one word that
// begins two firms' spans of the article ("Quarbin Pacific Ltd",
// "Quarbin Properties Ltd"): as a short name it would be given to one of
// them by their mentions' counts, not by what the sentence says.
func leadSuffixSpans(sents []text.Sentence, spans []Span) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.End-sp.Start < 2 || sp.Start < 0 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		w := toks[sp.Start].Text
		if len(w) < 2 || len(w) > 5 || !upperWord(w) {
			continue // the cheap test first: "Co." to "Corp."
		}
		bare, dot := strings.CutSuffix(w, ".")
		if !endSuffixes.Has(names.Key(bare)) || !dot && (sp.Start == 0 || toks[sp.Start-1].Text != ")") || !upperWord(toks[sp.Start+1].Text) {
			continue
		}
		if sp.End-sp.Start == 2 && !ner.CommonWord(toks[sp.Start+1].Text) && (sp.Type != Person || firmsOpeningWith(sents, spans, toks[sp.Start+1].Text) >= 2) {
			continue // one other word after the suffix: a firm's span is left (tail12j, tail12n), a person's cut
		}
		sp.Start++
		if sp.End-sp.Start == 1 && ner.CommonWord(toks[sp.Start].Text) {
			sp.End = sp.Start
		}
	}
	return spans
}

// firmsOpeningWith counts the organizations' spans of two words or more,
// of different words, that begin with w.
func firmsOpeningWith(sents []text.Sentence, spans []Span, w string) int {
	var seen []string
	for _, o := range spans {
		if o.Type != Org || o.End-o.Start < 2 || o.Start < 0 || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		toks := sents[o.Sentence].Tokens
		if toks[o.Start].Text != w {
			continue
		}
		k := names.Key(toks[o.Start+1].Text)
		if !slices.Contains(seen, k) {
			seen = append(seen, k)
		}
	}
	return len(seen)
}

// leadWordSurnameSpans cuts the first word of a person's span of two
// words, "W S", to the surname S, where the article writes S as the last
// word of another person's span of two words or more whose first word is
// a name's (capitalized, not W, none of the words taken here), and W is
// glued on: a capitalized common word of the case table
// ([gluedCommonWord]: "Sprinter Vell"; no demonym, tail13t: "Russian
// Vell" may be a given name), the first word of a firm's span
// of two words or more in the article ("Quarbin Vell said" beside
// "Quarbin Futures"), or a place of the gazetteer after "in" or "at"
// ("met in Varnholm Vell said", a full stop lost), where a first name of
// the gazetteer may be taken ("Atlanta"), a place the gazetteer does not
// know there ([unknownPlaceAfterAt], tail17r), or a hyphenated word the
// article writes in lower case ([lowerHyphenWord], tail14i:
// "Anti-Quarbist Vell" beside "the anti-quarbist wing"). Else W is no first name of the
// gazetteer (a sibling's "Venus Vell" beside "Serena Vell"); never an
// initial or a surname's particle ([surnameParticles]); never after a
// word of one capital letter ([afterLoneCapital]) nor beside another
// span of the same surname ([besideSameSurname]: a family's "Eve Vell",
// a given name that is a common word). It returns the spans.
func (r *Resolver) leadWordSurnameSpans(sents []text.Sentence, spans []Span) []Span {
	var g *ner.Model
	for i := range spans {
		sp := spans[i]
		if sp.Type != Person || sp.End-sp.Start != 2 || sp.Start < 0 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		w, s := toks[sp.Start].Text, toks[sp.Start+1].Text
		if len(w) < 2 || !names.IsCapitalized(w) || allCaps(w) || strings.HasSuffix(w, ".") || !upperWord(s) || surnameParticles.Has(names.Key(w)) {
			continue // an initial ("S Vell", "J.R. Vell") is a name's
		}
		if g == nil {
			if g = placeGaz(); g == nil {
				return spans
			}
		}
		if g.FirstName(w) && !placeAfterAt(g, toks, sp) {
			continue
		}
		if !gluedCommonWord(g, w) && !firmOpensWith(sents, spans, i, w, s) && !placeAfterAt(g, toks, sp) && !lowerHyphenWord(sents, w) &&
			!unknownPlaceAfterAt(g, sents, toks, sp) { // tail17r
			continue
		}
		if afterLoneCapital(toks, sp) || besideSameSurname(sents, spans, i, s) {
			continue
		}
		if r.otherFullName(g, sents, spans, i, w, s) {
			spans[i].Start++
		}
	}
	return spans
}

// placeAfterAt reports whether the span's first word is a place of the
// gazetteer after a lower-case "in" or "at" ("from" stands before a
// person as often: "a try from Brent Vell").
func placeAfterAt(g *ner.Model, toks []text.Token, sp Span) bool {
	if sp.Start == 0 {
		return false
	}
	switch toks[sp.Start-1].Text {
	case "in", "at":
		return g.PlaceName([]string{toks[sp.Start].Text})
	}
	return false
}

// firmOpensWith reports whether w begins an organization's span of two
// words or more other than spans[i] whose second word is not s: "Quarbin
// Harriers" typed a person beside the club's span "Quarbin Harriers" is
// the club's name, no word glued on.
func firmOpensWith(sents []text.Sentence, spans []Span, i int, w, s string) bool {
	for j, o := range spans {
		if j == i || o.Type != Org || o.End-o.Start < 2 || o.Start < 0 || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		if toks := sents[o.Sentence].Tokens; toks[o.Start].Text == w && !strings.EqualFold(toks[o.Start+1].Text, s) {
			return true
		}
	}
	return false
}

// otherFullName reports whether a person's span other than spans[i], of
// two words or more, ends in s and begins with a capitalized word that is
// not w, no title's or honorific's ("Mr Vell" is no full name) and no word
// [Resolver.kindWord] takes.
func (r *Resolver) otherFullName(g *ner.Model, sents []text.Sentence, spans []Span, i int, w, s string) bool {
	for j, o := range spans {
		if j == i || o.Type != Person || o.End-o.Start < 2 || o.Start < 0 || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		toks := sents[o.Sentence].Tokens
		first := toks[o.Start].Text
		if k := names.Key(strings.TrimSuffix(first, ".")); names.Titles.Has(k) || names.Honorifics.Has(k) || names.RoyalTitles.Has(k) {
			continue // "Mr Vell" is no full name
		}
		if strings.EqualFold(toks[o.End-1].Text, s) && upperWord(first) && !strings.EqualFold(first, w) && !r.kindWord(g, first) {
			return true
		}
	}
	return false
}

// gluedCommonWord reports whether w is a capitalized common word of the
// case table that no office, honorific or first name of the gazetteer
// claims: [Resolver.kindWord] without its demonyms and abbreviations
// (tail13t).
func gluedCommonWord(g *ner.Model, w string) bool {
	if !names.IsCapitalized(w) || allCaps(w) || g.FirstName(w) || names.Offices.Has(w) || names.Honorifics.Has(w) || names.RoyalTitles.Has(w) {
		return false
	}
	return ner.CommonWord(w)
}

// afterLoneCapital reports whether the span follows a word of one capital
// letter ("I Love Vell", a show's title; "A Healthy Vell"): the capitals
// run on before it, and its first word is no word glued on (tail13t).
func afterLoneCapital(toks []text.Token, sp Span) bool {
	if sp.Start == 0 {
		return false
	}
	p := toks[sp.Start-1].Text
	return len(p) == 1 && p[0] >= 'A' && p[0] <= 'Z'
}

// besideSameSurname reports whether another person's span ending in s
// stands within two tokens of spans[i] in its sentence ("Tom Vell and Eve
// Vell", "(Ann Vell, Eve Vell)"): a family listed together, whose given
// names may be common words (tail13t).
func besideSameSurname(sents []text.Sentence, spans []Span, i int, s string) bool {
	sp := spans[i]
	for j, o := range spans {
		if j == i || o.Type != Person || o.Sentence != sp.Sentence || o.End <= o.Start || o.Start < 0 || o.Sentence < 0 || o.Sentence >= len(sents) || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		if (o.End <= sp.Start && sp.Start-o.End <= 2) || (o.Start >= sp.End && o.Start-sp.End <= 2) {
			if strings.EqualFold(sents[o.Sentence].Tokens[o.End-1].Text, s) {
				return true
			}
		}
	}
	return false
}
