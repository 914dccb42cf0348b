package extract

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// definedSpans finds the acronyms an article defines in parentheses, "the
// General Agreement on Tariffs and Trade (GATT)", and makes the name and
// its acronym one span, so that the acronym is linked to the name however
// the recognizer cut them ("General Agreement" MISC and "GATT" ORG). The
// name is the shortest run of capitalized words (and the small words
// between them) before the parenthesis whose initials spell the acronym.
// Spans inside the new one give way to it. The result is sorted.
func definedSpans(sents []text.Sentence, spans []Span) []Span {
	for si, s := range sents {
		toks := s.Tokens
		for i := 2; i+1 < len(toks); i++ {
			if toks[i-1].Text != "(" || toks[i+1].Text != ")" {
				continue
			}
			start, blend, named := -1, false, Type("")
			switch w := toks[i].Text; {
			case names.IsAcronym(w):
				start = definedName(toks[:i-1], acronymLetters(w))
				if start < 0 {
					start = definedNameAnd(toks[:i-1], acronymLetters(w)) // tail12d
				}
				if start < 0 {
					start = syllableName(toks[:i-1], acronymLetters(w)) // tail13z
				}
			case shortForm(w):
				start, named = shortFormName(toks[:i-1], w, spans, si) // tail17u: a blend, or initials in title case
				blend = true
			}
			if start < 0 {
				continue
			}
			typ := cmp.Or(named, Org) // tail17u: an initials form takes its name's type
			for _, sp := range spans {
				if sp.Sentence == si && sp.Start <= i && start < sp.End && sp.Type != Misc && !blend {
					typ = sp.Type // a blend ("Adsteam", "Caricom") is an organization's
				}
			}
			if !blend && conceptHeads[names.Key(toks[i-2].Text)] {
				typ = Misc // "Permanent Interest Bearing Shares (PIBS)": a kind of thing
			}
			spans = slices.DeleteFunc(spans, func(sp Span) bool {
				return sp.Sentence == si && sp.Start < i+2 && start < sp.End
			})
			spans = append(spans, Span{Sentence: si, Start: start, End: i + 2, Type: typ})
		}
	}
	slices.SortFunc(spans, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	return spans
}

// conceptHeads are common nouns that end the names of kinds of things,
// never of a body: an acronym defined by "... Shares", "... Domain Name" or
// "... Added Tax" is a security, a standard or a tax, not an organization,
// whatever the recognizer made of its capitalized words. "... Packet
// Access", "... Crystal Display" and "... Sign Language" are a radio
// link, a screen and a tongue (tail17t).
var conceptHeads = names.Set{"name": true, "names": true, "share": true, "shares": true,
	"bonds": true, "notes": true, "certificates": true, "warrants": true, "debentures": true,
	"receipts": true, "deposits": true, "rate": true, "rates": true, "index": true,
	"tax": true, "taxes": true, "protocol": true, "format": true, "syndrome": true,
	"disease": true, "virus": true, "number": true, "numbers": true, "code": true,
	"standard": true, "access": true, "display": true, "language": true} // tail17t: access, display, language

// nameWordsBack yields, from the end of toks back, the index and key of
// each capitalized word of the name that ends toks, passing over the small
// words between them ("of", "and", "&"), up to 12 tokens; it stops at the
// first word that is neither, and yields nothing when toks end in a small
// word ("the GATT (GATT)" ends in no name).
func nameWordsBack(toks []text.Token) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for j := len(toks) - 1; j >= 0 && len(toks)-j <= 12; j-- {
			w := toks[j].Text
			k := names.Key(w)
			switch {
			case names.MinorWords[k] || w == "&" || k == "a" || k == "to":
				if j == len(toks)-1 {
					return
				}
				continue
			case !names.IsCapitalized(w) || k == "":
				return
			}
			if !yield(j, k) {
				return
			}
		}
	}
}

// definedName returns the index of the first of the last tokens of toks
// that spell letters by their initials, skipping small words ("of",
// "and", "on"), or -1.
func definedName(toks []text.Token, letters string) int {
	var ini []byte
	for j, k := range nameWordsBack(toks) {
		ini = append([]byte{k[0]}, ini...)
		if string(ini) == letters {
			return j
		}
		if len(ini) >= len(letters) {
			return -1
		}
	}
	return -1
}

// shortForm reports whether w may be a short form written as a word, not
// in capitals: "Amex", "Comex", "Nasdaq", "Ofwat", "Nato".
func shortForm(w string) bool {
	return len(w) >= 3 && len(w) <= 8 && names.IsCapitalized(w) && strings.IndexFunc(w[1:], func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// blendedName returns the index of the first of the last tokens of toks,
// a name of capitalized words (and the small words between them), whose
// words' beginnings, in order, spell short, or -1: "American Stock
// Exchange" for "amex" (Am-, Ex-), "Office of Water Services" for "ofwat".
// The first word must begin it and two words at least take part, so a
// name is never defined by a word of its own ("Reuters").
func blendedName(toks []text.Token, short string) int {
	for j, k := range nameWordsBack(toks) {
		if k[0] != short[0] {
			continue
		}
		words := make([]string, 0, len(toks)-j)
		for _, t := range toks[j:] {
			words = append(words, names.Key(t.Text))
		}
		if spells(short, words, 0) >= 2 {
			return j
		}
	}
	return -1
}

// spells returns how many of words (from the first, skipping any after it)
// give a beginning of theirs to spell short in order, the most it can, or
// 0 when they cannot spell it; each word taken gives two letters at least.
// used counts the words taken so far.
func spells(short string, words []string, used int) int {
	if short == "" {
		return used
	}
	if len(words) == 0 {
		return 0
	}
	best := 0
	w := words[0]
	for n := 1; n <= len(w) && n <= len(short) && w[n-1] == short[n-1]; n++ {
		if n < 2 {
			// Each word gives a syllable: one letter a word is an
			// acronym's ("Icco", "Lme" in a headline's title case), and
			// a lone letter may end any word ("Adob" + "e" of "Adobe
			// Elements").
			continue
		}
		best = max(best, spells(short[n:], words[1:], used+1))
	}
	if used > 0 {
		best = max(best, spells(short, words[1:], used)) // a word left out
	}
	return best
}

// connectorSpans makes one span of the names that hold "and" or "&" and
// that the tables know ([names.ConnectorNames]: "Standard and Poor's
// Corp", "Procter & Gamble"; [names.PlaceConnectorNames]: "Tyne and
// Wear"), and of places joined by "upon" or "am" ("Newcastle upon Tyne",
// "Frankfurt am Main"), however the recognizer cut them ("Standard" and
// "Poor's Corp", "Newcastle" and "Tyne"). Spans inside the name give way
// to it. The result is sorted.
func connectorSpans(sents []text.Sentence, spans []Span) []Span {
	added := false
	for si, s := range sents {
		toks := s.Tokens
		for k := 1; k+1 < len(toks); k++ {
			var start, end int
			typ, ok := Org, false
			switch toks[k].Text {
			case "and", "&":
				start, end, typ, ok = connectorName(toks, k)
				if !ok { // tail10yj
					start, end, ok = andTheName(toks, k)
					typ = Location
				}
			case "upon", "am":
				start, end, ok = joinedPlace(toks, k, spans, si)
				typ = Location
			}
			if !ok {
				continue
			}
			spans = slices.DeleteFunc(spans, func(sp Span) bool {
				return sp.Sentence == si && sp.Start < end && start < sp.End
			})
			spans = append(spans, Span{Sentence: si, Start: start, End: end, Type: typ})
			added = true
		}
	}
	if added {
		slices.SortFunc(spans, func(a, b Span) int {
			return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
		})
	}
	return spans
}

// connectorFirsts are the first words of the names of
// [names.ConnectorNames] and [names.PlaceConnectorNames], by key.
var connectorFirsts = sync.OnceValue(func() names.Set {
	firsts := names.Set{}
	for _, set := range []names.Set{names.ConnectorNames, names.PlaceConnectorNames} {
		for k := range set {
			first, _, _ := strings.Cut(k, " ")
			firsts[first] = true
		}
	}
	return firsts
})

// joinedPlace finds a place's name of a capitalized word, the joiner at
// token k, and a capitalized word, "Newcastle upon Tyne", when the
// recognizer named a part of it. It returns its tokens [start, end).
func joinedPlace(toks []text.Token, k int, spans []Span, si int) (int, int, bool) {
	if k+1 >= len(toks) || !names.IsCapitalized(toks[k+1].Text) || !names.IsCapitalized(toks[k-1].Text) {
		return 0, 0, false
	}
	named := slices.ContainsFunc(spans, func(sp Span) bool { return sp.Sentence == si && sp.Start <= k+1 && k-1 < sp.End })
	return k - 1, k + 2, named
}

// connectorName finds a name of [names.ConnectorNames] or
// [names.PlaceConnectorNames] around the "and" at token k: up to three
// capitalized words before it and three after, with the company suffixes
// that follow. It returns its tokens [start, end) and its type.
func connectorName(toks []text.Token, k int) (int, int, Type, bool) {
	for l := 1; l <= 3 && k-l >= 0; l++ {
		if !names.IsCapitalized(toks[k-l].Text) {
			break
		}
		if !connectorFirsts()[names.Key(names.StripPossessive(toks[k-l].Text))] {
			continue // no known name begins with the word
		}
		for r := 1; r <= 3 && k+r < len(toks); r++ {
			if !names.IsCapitalized(toks[k+r].Text) {
				break
			}
			var words []string
			for _, t := range toks[k-l : k+r+1] {
				words = append(words, names.StripPossessive(t.Text))
			}
			key := names.Key(strings.Join(words, " "))
			if names.PlaceConnectorNames[key] {
				return k - l, k + r + 1, Location, true
			}
			// "Tate and Lyles refinery": the possessive without its
			// apostrophe.
			if !names.ConnectorNames[names.OrgKey(key)] && !(strings.HasSuffix(key, "s") && names.ConnectorNames[names.OrgKey(key[:len(key)-1])]) {
				continue
			}
			end := k + r + 1
			for end < len(toks) && (names.CorpSuffixes.Has(toks[end].Text) || toks[end].Text == "'s") {
				end++
			}
			return k - l, end, Org, true
		}
	}
	return 0, 0, Org, false
}

// subsidiarySpans makes one span of a company, a place in parentheses and
// a company suffix, "Harbour Minerals (California) Limited", which
// recognizers cut into the company and the place; then of the same name
// without its suffix, "Kestrel Capital (Europe)", where the article wrote
// it with one. The spans stay sorted.
func (r *Resolver) subsidiarySpans(text string, sents []text.Sentence, spans []Span) []Span {
	named := map[string]bool{}
	for pass := 0; pass < 2; pass++ {
		for i := 0; i < len(spans); i++ {
			sp := spans[i]
			if sp.Type != Org || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
				continue
			}
			toks := sents[sp.Sentence].Tokens
			end := r.placeInParens(toks, sp.End)
			if end < 0 {
				continue
			}
			key := names.Key(text[toks[sp.Start].Start:toks[end-1].End])
			suffixed := end < len(toks) && names.CorpSuffixes.Has(toks[end].Text)
			if pass == 0 && !suffixed || pass == 1 && !named[key] {
				continue
			}
			named[key] = true
			if suffixed {
				end++
			}
			// The spans inside the new end give way to it.
			j := i + 1
			for j < len(spans) && spans[j].Sentence == sp.Sentence && spans[j].Start < end {
				j++
			}
			spans[i].End = end
			spans = slices.Delete(spans, i+1, j)
		}
	}
	return spans
}

// placeInParens returns the end of "( Place )" at token i, a place of one
// or two capitalized words the tables know, or -1.
func (r *Resolver) placeInParens(toks []text.Token, i int) int {
	for n := 1; n <= 2; n++ {
		c := i + n + 1
		if c >= len(toks) || toks[i].Text != "(" || toks[c].Text != ")" {
			continue
		}
		var words []string
		for _, t := range toks[i+1 : c] {
			words = append(words, t.Text)
		}
		if isPlaceWords(strings.Fields(names.Key(strings.Join(words, " ")))) {
			return c + 1
		}
	}
	return -1
}
