package extract

import (
	"strings"
	"sync"
	"unicode"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// gluedSpans cuts from a span the words that are glued to a name but are no
// part of it, and returns the spans, sorted:
//   - a credit rating before a company ("cut to CCC from B-minus Zentor
//     Corp's debentures"): the rating goes;
//   - the town after a company's suffix and "of" when a state, province or
//     country follows the town ("Quarbin Holdings Corp of Elkton, Md."): the
//     company ends at its suffix and the town becomes a place of its own.
//     Where no such place follows, "of" and its name stay, as in "Aluminum
//     Co of America" or "Power Corp of Canada".
func (r *Resolver) gluedSpans(sents []text.Sentence, spans []Span) []Span {
	var towns []Span
	for i := range spans {
		sp := &spans[i]
		if !sp.within(sents) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.End-sp.Start > 1 && (ratingBefore(toks, *sp) || countBefore(toks, *sp)) {
			sp.Start++
		}
		if r.townOfState(toks, *sp) {
			sp.Type = Location
		}
		if end, ok := pairedSpanEnd(toks, spans, i); ok {
			if sp.Type != Org && sp.Type != Misc {
				sp.Type = Org
			}
			sp.End = end
		}
		if town, ok := r.townAfterFirm(toks, *sp); ok {
			sp.End = town.Start - 1
			towns = append(towns, town)
		} else if town, ok := r.officeTown(toks, *sp); ok {
			sp.End = town.Start
			towns = append(towns, town)
		}
	}
	if len(towns) == 0 {
		return spans
	}
	// Each town sits right after its company's span: merge the two sorted
	// lists.
	out := make([]Span, 0, len(spans)+len(towns))
	j := 0
	for _, sp := range spans {
		for j < len(towns) && spanBefore(towns[j], sp) {
			out = append(out, towns[j])
			j++
		}
		out = append(out, sp)
	}
	return append(out, towns[j:]...)
}

// spanBefore reports whether a begins before b.
func spanBefore(a, b Span) bool {
	return a.Sentence < b.Sentence || a.Sentence == b.Sentence && a.Start < b.Start
}

// ratingBefore reports whether the span's first word is a credit rating
// glued to the company after it: a rating with "plus", "minus" or a digit
// ("B-minus", "BBB-plus", "Baa-3"), or a rating of several letters right
// or with a digit right after "from" or "to" ("raised to A from BBB Quarbin
// Co's notes", "to B-1 from B-3 Halvane Co"). A single letter is left
// alone: "from A Ministry" may be an article.
func ratingBefore(toks []text.Token, sp Span) bool {
	w := toks[sp.Start].Text
	base, graded := ratingForm(w)
	if base == "" || !upperWord(toks[sp.Start+1].Text) {
		return false
	}
	if graded {
		return true
	}
	if len(w) < 2 || sp.Start == 0 {
		return false
	}
	prev := toks[sp.Start-1].Text
	return prev == "from" || prev == "to"
}

// countBefore reports whether the span's first word is a number that opens
// the sentence and counts the plural noun after the span, glued to the
// name between them: "Five Virgin megastores and 150 Game shops", "Six
// Chris Paterson penalties". A name that begins with a number is written
// so inside a sentence too; at its start the capital tells nothing.
func countBefore(toks []text.Token, sp Span) bool {
	if sp.Start != 0 || !numberWords[toks[0].Text] || sp.End >= len(toks) {
		return false
	}
	next := toks[sp.End].Text
	return len(next) > 3 && strings.HasSuffix(next, "s") && strings.ToLower(next) == next && !strings.HasSuffix(next, "ss")
}

// numberWords are the numbers written as words, capitalized, that open a
// sentence.
var numberWords = map[string]bool{"Two": true, "Three": true, "Four": true, "Five": true, "Six": true, "Seven": true,
	"Eight": true, "Nine": true, "Ten": true, "Eleven": true, "Twelve": true, "Twenty": true, "Thirty": true,
	"Forty": true, "Fifty": true, "Hundreds": true, "Thousands": true, "Dozens": true}

// creditGrades are the letters of the agencies' long-term ratings, S&P's
// and Moody's.
var creditGrades = map[string]bool{"AAA": true, "AA": true, "A": true, "BBB": true, "BB": true, "B": true,
	"CCC": true, "CC": true, "C": true, "Aaa": true, "Aa": true, "Baa": true, "Ba": true, "Caa": true, "Ca": true}

// ratingForm splits a word into a credit grade and its modifier: "B-minus"
// is ("B", true), "Baa3" and "Baa-3" ("Baa", true), "BBB" and "A-1" ("BBB",
// false; "A", false).
// It returns "" for a word that is no rating.
func ratingForm(w string) (string, bool) {
	n := 0
	for n < len(w) && (w[n] == 'A' || w[n] == 'B' || w[n] == 'C' || n > 0 && w[n] == 'a') {
		n++
	}
	base, rest := w[:n], w[n:]
	if !creditGrades[base] {
		return "", false
	}
	switch rest {
	case "":
		return base, false
	case "-plus", "-minus", "+", "-":
		return base, true
	case "1", "2", "3", "-1", "-2", "-3":
		// Moody's grades take a digit ("Baa-3"); "A-1" and "B-3" are also
		// short-term grades and the start of firms' names ("A-1 Glass"):
		// those count as bare letters.
		return base, base != strings.ToUpper(base)
	}
	return "", false
}

// townAfterFirm finds the town glued to a company's name: the span ends in
// "<suffix> of Town" (one or two words), and a comma and a state, province
// or country follow it. The town must be no state, country or region
// itself: "Public Service Co of Indiana, Inc." keeps its state. It returns
// the town's span.
func (r *Resolver) townAfterFirm(toks []text.Token, sp Span) (Span, bool) {
	if town, ok := legalFormSeat(toks, sp); ok {
		return town, true
	}
	if sp.Type != Org || sp.End+1 >= len(toks) || toks[sp.End].Text != "," {
		return Span{}, false
	}
	for n := 1; n <= 2; n++ {
		of := sp.End - n - 1
		if of-1 <= sp.Start || toks[of].Text != "of" || !names.CorpSuffixes.Has(trimDot(toks[of-1].Text)) {
			continue
		}
		town := toks[of+1 : sp.End]
		if !upperWords(town) || r.bigPlace(joinTokens(town)) || !r.placeAfterComma(toks, sp.End+1) {
			return Span{}, false
		}
		return Span{Sentence: sp.Sentence, Start: of + 1, End: sp.End, Type: Location}, true
	}
	return Span{}, false
}

// officeTown finds the town of a body's office glued to the body's name:
// "a member of the Association of International Bond Dealers London
// staff", "the Bank of Tokyo London branch". The span is a name of the
// form "X of Y" ending in a known town, not right after "of" ("Bank of
// London" is a name), and a word for the body's people or offices follows
// it. It returns the town's span.
func (r *Resolver) officeTown(toks []text.Token, sp Span) (Span, bool) {
	if sp.Type != Org || sp.End-sp.Start < 4 || sp.End >= len(toks) || !officeNouns[toks[sp.End].Text] {
		return Span{}, false
	}
	town := toks[sp.End-1].Text
	if before := toks[sp.End-2].Text; before == "of" || before == "de" || before == "for" || !upperWord(town) ||
		r.t.CityCountry[names.Key(town)] == "" || r.bigPlace(town) {
		return Span{}, false
	}
	of := false
	for _, t := range toks[sp.Start+1 : sp.End-2] {
		of = of || t.Text == "of"
	}
	if !of {
		return Span{}, false
	}
	if _, known := names.Known(joinTokens(toks[sp.Start:sp.End])); known {
		return Span{}, false
	}
	return Span{Sentence: sp.Sentence, Start: sp.End - 1, End: sp.End, Type: Location}, true
}

// officeNouns are the words for a body's people and offices in one town,
// after the town: "London staff", "Tokyo branch".
var officeNouns = map[string]bool{"staff": true, "office": true, "offices": true, "branch": true, "branches": true,
	"bureau": true, "desk": true, "headquarters": true, "team": true, "employees": true}

// townOfState reports whether a person's span of one word is a town: "of"
// or "in" before it, and a comma and an American state or a Canadian
// province after it ("managed by Quarbin Corp. of Parker, Colo.", "a plant
// in Jackson, Mich."). Surnames that are also towns get there when the
// recognizer reads the town as a person. A country after the comma is no
// sign: "on behalf of Zoellick, US trade representative".
func (r *Resolver) townOfState(toks []text.Token, sp Span) bool {
	if sp.Type != Person || sp.End-sp.Start != 1 || sp.Start == 0 || sp.End+1 >= len(toks) || toks[sp.End].Text != "," {
		return false
	}
	if p := toks[sp.Start-1].Text; p != "of" && p != "in" {
		return false
	}
	return stateName(toks, sp.End+1)
}

// stateName reports whether the words from i on begin with an American
// state or a Canadian province, named or abbreviated: "Md.", "Colorado",
// "Rhode Island", "Ont.".
func stateName(toks []text.Token, i int) bool {
	for n := 1; n <= 2 && i+n <= len(toks); n++ {
		ws := toks[i : i+n]
		if !upperWords(ws) {
			return false
		}
		k := names.Key(joinTokens(ws))
		if _, ok := names.StateAbbrevs[k]; ok && n == 1 {
			return true
		}
		if _, ok := names.ProvinceAbbrevs[k]; ok && n == 1 {
			return true
		}
		if usStates()[k] {
			return true
		}
	}
	return false
}

// usStates are the folded names of the American states and Canadian
// provinces.
var usStates = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"new york": true, "washington": true, "alaska": true, "hawaii": true,
		"idaho": true, "iowa": true, "maine": true, "ohio": true, "utah": true}
	for _, st := range names.StateAbbrevs {
		m[names.Key(st)] = true
	}
	for _, p := range names.ProvinceAbbrevs {
		m[names.Key(p)] = true
	}
	return m
})

// placeAfterComma reports whether the words from i on begin with a state,
// a province or a country: "Md.", "N.J.", "Colorado", "Rhode Island", "Ont.",
// "Australia".
func (r *Resolver) placeAfterComma(toks []text.Token, i int) bool {
	for n := 1; n <= 2 && i+n <= len(toks); n++ {
		ws := toks[i : i+n]
		if !upperWords(ws) {
			return false
		}
		name := joinTokens(ws)
		k := names.Key(name)
		if n == 1 {
			if _, ok := names.StateAbbrevs[k]; ok {
				return true
			}
			if _, ok := names.ProvinceAbbrevs[k]; ok {
				return true
			}
		}
		if r.bigPlace(name) {
			return true
		}
	}
	return false
}

// bigPlace reports whether name is a country, an American state or a region.
func (r *Resolver) bigPlace(name string) bool {
	k := names.Key(name)
	return names.IsRegion(k) || r.t.Country(name, k) >= 0
}

// upperWords reports whether every word of ws begins with a capital.
func upperWords(ws []text.Token) bool {
	for _, w := range ws {
		if !upperWord(w.Text) {
			return false
		}
	}
	return len(ws) > 0
}

// joinTokens joins the words of ws with single spaces.
func joinTokens(ws []text.Token) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += " "
		}
		s += w.Text
	}
	return s
}

// trimDot drops a final period: "Co." is "Co".
func trimDot(w string) string {
	if len(w) > 1 && w[len(w)-1] == '.' {
		return w[:len(w)-1]
	}
	return w
}

// fieldNouns after a name make it a place whatever its type: owners do
// not name fields ("the Kelso field", "the Marra formation").
var fieldNouns = names.Set{"field": true, "oilfield": true, "gasfield": true, "formation": true, "reservoir": true}

// siteNouns after a name make it a place unless the recognizer took it
// for an organization: "the Texaco refinery" and "the Cominco smelter" are
// their owners', "the Sullivan mine" is the mine.
var siteNouns = names.Set{"mine": true, "smelter": true, "refinery": true, "arena": true, "stadium": true,
	"dam": true, "oilfield": true, "racecourse": true}

// facilityAfter reports whether a mention is a facility by the common noun
// after it and the article or possessive before it: "the Kelso field",
// "Cominco's Sullivan mine", "the Tor di Marra arena". A known name is left
// alone, and so are countries and peoples ("the Canadian mine").
func facilityAfter(text string, m *mention) bool {
	if m.canon != "" || m.End >= len(text) || !unicode.IsSpace(rune(text[m.End])) || orgWord(last(m.words)) || lowerAfterHyphen(m.Name) {
		return false
	}
	next, _ := nextWord(text, m.End)
	next = strings.TrimRight(next, ",.;:)")
	if !fieldNouns[next] && !(siteNouns[next] && m.typ != Org) {
		return false
	}
	p, _ := prevWord(text, m.Start)
	if p != "the" && p != "The" && p != "its" && !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "’s") {
		return false
	}
	if _, known := names.Known(m.Name); known {
		return false
	}
	t := names.Tables() // a country's or a people's mine is no place's name
	return !t.IsDemonym(m.key) && t.Country(m.Name, m.key) < 0
}

// lowerAfterHyphen reports whether a word of name goes on in lower case
// after a hyphen: "British-operated", "Mexico-located" describe a thing
// rather than name it.
func lowerAfterHyphen(name string) bool {
	for i := 0; i+1 < len(name); i++ {
		if name[i] == '-' && name[i+1] >= 'a' && name[i+1] <= 'z' {
			return true
		}
	}
	return false
}

// pairedWords are the words that name one thing with "and" between them in
// firms' names: "Exploration and Production", "Gas and Electric", "Savings
// and Loan", "Bank and Trust"; "Chesapeake and Ohio" is a railway. Folded.
var pairedWords = map[string]string{"exploration": "production", "research": "development", "savings": "loan",
	"light": "power", "power": "light", "gas": "electric", "water": "power", "mining": "manufacturing",
	"arts": "sciences", "bank": "trust", "trust": "savings", "chesapeake": "ohio", "chesepeake": "ohio",
	"heat": "power", "loan": "trust", "fish": "wildlife", "science": "technology"}

// firmTails are the words that may end a firm's name after the second of
// [pairedWords]: "Pacific Gas and Electric Co", "Savings and Loan
// Association".
var firmTails = names.Set{"association": true, "railway": true, "railroad": true, "company": true, "bank": true,
	"corp": true, "corporation": true, "co": true, "inc": true, "ltd": true, "plc": true, "trust": true, "cos": true}

// pairedEnd returns where spans[i] ends when it was cut at the "and" of a
// pair of [pairedWords] ("Shell U.K. Exploration" and "Production"): after
// the second word, the span that begins there, and the firm's tail words
// after it. It reports false when no pair follows.
func pairedEnd(toks []text.Token, spans []Span, i int) (int, bool) {
	sp := spans[i]
	if sp.End+1 >= len(toks) || toks[sp.End].Text != "and" {
		return 0, false
	}
	b := toks[sp.End+1].Text
	if !upperWord(b) || pairedWords[names.Key(toks[sp.End-1].Text)] != names.Key(b) {
		return 0, false
	}
	end := sp.End + 2
	if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start <= sp.End+1 && spans[i+1].Start > sp.Start {
		end = max(end, spans[i+1].End)
	}
	for end < len(toks) && upperWord(toks[end].Text) && firmTails.Has(trimDot(toks[end].Text)) {
		end++
	}
	return end, true
}

// kindOnly reports whether a name is only a facility's kind, "Power
// Project" or "Nuclear Plant" (left of a plant's name, or a heading's
// capitals): no entity.
func kindOnly(words []string) bool {
	return len(words) == 2 && names.FacilityKinds[words[0]] && names.FacilityHeads[words[1]]
}
