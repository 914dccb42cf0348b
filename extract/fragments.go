package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// fragmentSpans cuts the spans that glue two names, or a name and words
// that are no part of it, and returns the spans, sorted:
//   - a team sheet's semicolon inside a span ("Tallis; Okafor", two
//     players of two lines of the side): [semicolonParts];
//   - a compound adjective inside a span ("Lower Varn-based Quarbin
//     Corp", "New Tervane-born Okafor"): the name begins after it
//     ([adjectiveInside]);
//   - a lower-case kind noun inside a span ("Human Rights group
//     Zorbit"), or a government's generic words before an acronym ("the
//     Federal Government ZQC"): the name begins after them
//     ([kindInside], [governmentAcronym]);
//   - a lower-case "through" or "via" between two firms ("Quarbin
//     through Tervane Holdings"): [throughParts];
//   - the news agency after "told" glued to the subject of the reported
//     clause ("he told Reuters Quarbin will sell"): [toldAgency];
//   - two names joined at "and" or "&" that a plural noun before them or
//     "both" after them counts as two ("rival lenders Quarbin Bank and
//     Tervane Trust", "Quarbin and Tervane would both"): [countedPair];
//   - a person glued to the firm he speaks for at "of" ("analyst Ann
//     Okafor of Quarbin Securities Ltd said"): [personOfFirm];
//   - two surnames joined at "&" that the article names as two people's
//     ("Okafor & Lindqvist win awards" over a story of Ann Okafor and Tom
//     Lindqvist): [peoplePair].
//
// A demonym glued to a surname is cut last, after spans are joined:
// [Resolver.demonymSurnames].
func (r *Resolver) fragmentSpans(sents []text.Sentence, spans []Span) []Span {
	var out []Span // nil until a span is cut in two
	for i, sp := range spans {
		if sp.Sentence >= 0 && sp.Sentence < len(sents) && sp.Start >= 0 && sp.End <= len(sents[sp.Sentence].Tokens) && sp.Start < sp.End &&
			governmentBefore(sents[sp.Sentence].Tokens, sp, spans, i) {
			sp.End = sp.Start // emptied: dropped by the caller
			spans[i].End = sp.Start
		}
		if !sp.within(sents) || sp.End-sp.Start < 2 {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if k := max(adjectiveInside(toks, sp), kindInside(toks, sp), governmentAcronym(toks, sp)); k > 0 {
			sp.Start = k
			spans[i].Start = k
		}
		if cut, ok := memberNounCut(toks, sp); ok { // tail10yn
			sp, spans[i] = cut, cut
		}
		parts := semicolonParts(toks, sp)
		if parts == nil {
			parts = throughParts(toks, sp)
		}
		if parts == nil {
			parts = toldAgency(toks, sp)
		}
		if parts == nil {
			parts = toldOutlet(toks, sp) // tail10yv
		}
		if parts == nil {
			parts = r.countedPair(toks, sp)
		}
		if parts == nil {
			parts = r.personOfFirm(sents, spans, toks, sp)
		}
		if parts == nil {
			parts = r.surnameOfFirm(sents, spans, toks, sp)
		}
		if parts == nil {
			parts = peoplePair(sents, spans, toks, sp)
		}
		if parts == nil {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]Span, 0, len(spans)+len(parts)), spans[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return spans
	}
	return out
}

// semicolonParts returns the parts of a span that a semicolon cuts, each
// of the span's type, or nil when it has none: a name holds no semicolon,
// and in a team sheet one ends a line of the side ("Tallis; Okafor").
func semicolonParts(toks []text.Token, sp Span) []Span {
	var parts []Span
	from := sp.Start
	for k := sp.Start; k < sp.End; k++ {
		if toks[k].Text != ";" {
			continue
		}
		if k > from {
			parts = append(parts, Span{Sentence: sp.Sentence, Start: from, End: k, Type: sp.Type})
		}
		from = k + 1
	}
	if parts == nil && from == sp.Start {
		return nil
	}
	if from < sp.End {
		parts = append(parts, Span{Sentence: sp.Sentence, Start: from, End: sp.End, Type: sp.Type})
	}
	if parts == nil {
		// A span of semicolons alone: emptied, for the caller to drop.
		return []Span{{Sentence: sp.Sentence, Start: sp.Start, End: sp.Start, Type: sp.Type}}
	}
	return parts
}

// adjectiveInside returns the index of the first token after the last
// compound adjective in the span before its last word ("New Tervane-based
// Quarbin Corp", "Tervane-born Okafor" after "New"), or 0. The rule of
// build drops an adjective that opens the words of a name, but not one
// after a place's first word, and the place's first word, left out of the
// span, is joined to it again later. The word after the adjective must be
// capitalized.
func adjectiveInside(toks []text.Token, sp Span) int {
	k := 0
	for i := sp.Start; i < sp.End-1; i++ {
		w := toks[i].Text
		tail := compoundAdjective(w)
		if !tail && adjectiveTails.Has(w) && toks[i-1].Text == "-" && toks[i-1].End == toks[i].Start {
			tail = i-1 > sp.Start // "Tervane" "-" "based": the tokenizer split it
		}
		if tail && names.IsCapitalized(toks[i+1].Text) {
			k = i + 1
		}
	}
	return k
}

// toldAgency cuts "Reuters" off a span it opens right after "told", when
// more capitalized words follow it in the span: in "the officials told
// Reuters Quarbin asked them" the agency is the one told and Quarbin the
// subject of what it was told. It returns the agency's span and the
// rest's, or nil.
func toldAgency(toks []text.Token, sp Span) []Span {
	if sp.Start == 0 || toks[sp.Start-1].Text != "told" {
		return nil
	}
	if w := toks[sp.Start].Text; w != "Reuters" && w != "Reuter" {
		return nil
	}
	if !names.IsCapitalized(toks[sp.Start+1].Text) || names.CorpSuffixes.Has(toks[sp.Start+1].Text) || agencyUnits.Has(toks[sp.Start+1].Text) {
		return nil
	}
	return []Span{
		{Sentence: sp.Sentence, Start: sp.Start, End: sp.Start + 1, Type: Org},
		{Sentence: sp.Sentence, Start: sp.Start + 1, End: sp.End, Type: sp.Type},
	}
}

// countedPair cuts at its "and" (or "&") a span that a plural noun of
// organizations or people just before it ("technology firms Quarbin Data
// and Tervane", "two state-run banks - Quarbin Bank and Bank of Tervane -",
// "rappers Okafor & Lil Lindqvist") or "both" just after it ("Quarbin Data
// and Tervane would both back it") counts as two names. Both halves begin
// with a capital, one of them has two words or more, the span holds one
// "and" and no comma; a name known whole (a country of two parts, the
// tables' "Marks and Spencer") and a company suffix alone after the "and"
// ("Quarbin and Co") stay one. It returns the two halves, or nil.
func (r *Resolver) countedPair(toks []text.Token, sp Span) []Span {
	k := -1
	for i := sp.Start; i < sp.End; i++ {
		if w := toks[i].Text; w == "and" || w == "&" {
			if k >= 0 {
				return nil // "A and B and C": which "and" is the join is unknown
			}
			k = i
		}
	}
	if k <= sp.Start || k >= sp.End-1 || !names.IsCapitalized(toks[sp.Start].Text) || !names.IsCapitalized(toks[k+1].Text) {
		return nil
	}
	if !countingNounBefore(toks, sp.Start) && !bothAfter(toks, sp.End) {
		return nil
	}
	left, right := toks[sp.Start:k], toks[k+1:sp.End]
	if allSuffixes(right) || words(left) < 2 && words(right) < 2 {
		// "brokers Quarbin and Okafor": a partnership of two surnames
		// is one firm as often as two.
		return nil
	}
	for _, t := range toks[sp.Start:sp.End] {
		if t.Text == "," {
			return nil // "brokers Quarbin, Okafor & Tallis": partners
		}
	}
	whole := joinTokens(toks[sp.Start:sp.End])
	key := names.Key(whole)
	if _, known := names.Known(whole); known || names.ConnectorNames[names.OrgKey(key)] || r.t.Country(whole, key) >= 0 {
		return nil
	}
	return []Span{
		{Sentence: sp.Sentence, Start: sp.Start, End: k, Type: sp.Type},
		{Sentence: sp.Sentence, Start: k + 1, End: sp.End, Type: sp.Type},
	}
}

// words counts the tokens of ts but a possessive's: "Poor" "'s" is one
// word.
func words(ts []text.Token) int {
	n := 0
	for _, t := range ts {
		if t.Text != "'s" && t.Text != "’s" {
			n++
		}
	}
	return n
}

// allSuffixes reports whether the tokens are company suffixes alone: "Co
// Inc".
func allSuffixes(ts []text.Token) bool {
	for _, t := range ts {
		if !names.CorpSuffixes.Has(t.Text) {
			return false
		}
	}
	return true
}

// countingNounBefore reports whether a plural noun of [countingNouns], in lower
// case, stands right before the token at start, or before a dash there.
func countingNounBefore(toks []text.Token, start int) bool {
	i := start - 1
	if i >= 0 && (toks[i].Text == "-" || toks[i].Text == "--") {
		i--
	}
	return i >= 0 && countingNouns[toks[i].Text]
}

// bothAfter reports whether "both" follows the token before end, at once or
// after one verb of a few letters ("would both", "have both").
func bothAfter(toks []text.Token, end int) bool {
	for i := end; i < len(toks) && i <= end+1; i++ {
		if toks[i].Text == "both" {
			return true
		}
		if strings.ToLower(toks[i].Text) != toks[i].Text || len(toks[i].Text) > 6 {
			return false
		}
	}
	return false
}

// countingNouns are the plural nouns of organizations and people that name
// what the names after them are, more than one: "technology firms",
// "banking giants", "rappers".
var countingNouns = map[string]bool{"firms": true, "companies": true, "banks": true, "lenders": true, "insurers": true,
	"giants": true, "rivals": true, "groups": true, "makers": true, "manufacturers": true, "retailers": true,
	"airlines": true, "carriers": true, "operators": true, "broadcasters": true, "networks": true, "newspapers": true,
	"unions": true, "parties": true, "universities": true, "clubs": true,
	"teams": true, "bands": true, "acts": true, "rappers": true, "singers": true, "stars": true, "players": true,
	"actors": true, "brothers": true, "sites": true, "websites": true, "publishers": true, "studios": true,
	"consoles": true, "brands": true, "models": true, "agencies": true, "ministries": true, "utilities": true}

// hyphenOfOneName reports whether the hyphen at w.text[j] joins two halves
// of one name, not two names, for hyphenCut: the article never writes the
// right half on its own. "Quarbin Ameri-Cable" and "Lower Rhein-Varn
// Girozentrale" are one name each, while the clubs of a fixture, "Harbury
// United-Selsey", come up apart in the report, or the word before the
// hyphen ends a club's name ([clubEnds]). A model's number ("Quarbin
// X-QR/14"), a month ("Estimated Volume-April", a price table's heading),
// a title ("Party Co-Chairman", orgCut's), a country or a region after
// the hyphen ("Europe-Africa") and a word in capitals (a
// headline's or a table's, "CHGO IMM D-MARK CLSG", where words of no name
// abound) are left to be cut.
func hyphenOfOneName(text string, w word, j int) bool {
	right := w.text[j+1:]
	if next, _ := nextWord(text, w.end); fixtureNouns.Has(strings.TrimRight(next, ".,;:!?)'\"")) {
		return false // "the Tervane Sox-Harbury series": a fixture
	}
	if _, country := names.LookupCountry(right); country || names.IsRegion(names.Key(right)) {
		return false // "Quarbin Europe-Africa", "Varn-Iraq": two places
	}
	if clubEnds.Has(w.text[:j]) || strings.ToUpper(w.text) == w.text || strings.ContainsAny(right, "/0123456789") || names.MonthAbbrev(names.Key(right)) || tradeMonths.Has(right) || names.Titles.Has(right) {
		return false
	}
	for i := 0; i <= len(text)-len(right); {
		k := strings.Index(text[i:], right)
		if k < 0 {
			return true
		}
		k += i
		e := k + len(right)
		if (k == 0 || !wordByte(text[k-1]) && text[k-1] != '-') && (e == len(text) || !wordByte(text[e])) {
			return false
		}
		i = k + 1
	}
	return true
}

// agencyUnits are the words that make the agency's own service or company
// of "told Reuters X": "told Reuters Television" is one name.
var agencyUnits = names.Set{"television": true, "tv": true, "radio": true, "health": true, "foundation": true,
	"group": true, "holdings": true, "financial": true, "insider": true, "news": true, "america": true}

// fixtureNouns are the words after a hyphenated name that make it a
// fixture of two teams: "the Tervane Sox-Harbury series".
var fixtureNouns = names.Set{"series": true, "game": true, "games": true, "match": true, "matches": true,
	"clash": true, "tie": true, "derby": true, "rivalry": true, "showdown": true, "playoff": true, "final": true}

// clubEnds are the words that end the names of football clubs of two words
// or more, before the hyphen of a fixture: "Harbury United-Selsey".
var clubEnds = names.Set{"united": true, "city": true, "town": true, "rovers": true, "county": true,
	"athletic": true, "wanderers": true, "albion": true, "villa": true, "rangers": true, "celtic": true,
	"hotspur": true, "forest": true, "palace": true, "argyle": true, "wednesday": true, "ham": true,
	"madrid": true, "milan": true, "munich": true, "dortmund": true, "juniors": true, "olympic": true}

// personOfFirm cuts at "of" an organization's span that opens with a
// person's name, a given name the gazetteer knows and a capitalized
// surname (maybe an initial between), neither a common word, the given
// name no place or demonym: "David Okafor of Quarbin Securities Ltd" is
// the analyst David Okafor and the firm he speaks for. The part
// after "of" keeps the span's type, or is a place when the tables know it
// ("Ann Okafor of Tervane"). A name known whole ("Morgan Stanley of ...")
// stays one. The person speaks ([reportedBeside]) or the article names
// the surname alone as a person's elsewhere ([surnameElsewhere]): a
// firm's name of a given name's shape ("Royal Academy of Dance", "Bell
// Textron of Canada") does neither. It returns the person's span and the
// rest's, or nil.
func (r *Resolver) personOfFirm(sents []text.Sentence, spans []Span, toks []text.Token, sp Span) []Span {
	if sp.Type != Org {
		return nil
	}
	k := sp.Start + 2
	if k < sp.End && initialToken(toks[sp.Start+1].Text) {
		k++
	}
	if k+1 >= sp.End || toks[k].Text != "of" || !names.IsCapitalized(toks[k+1].Text) {
		return nil
	}
	given, surname := toks[sp.Start].Text, toks[k-1].Text
	if !placeGaz().FirstName(given) || !names.IsCapitalized(surname) || names.IsAcronym(surname) || orgWord(names.Key(surname)) {
		return nil
	}
	// A given name that is also a common word, a place or a demonym
	// begins firms' and bodies' names as often ("Royal Academy of Dance",
	// "Hunter Helicopter of Nevada", "Sydney Sons of Gwalia"), and so does
	// a common word after it ("Barnett Banks of Florida", "Chrysler
	// Classic of Greensboro").
	if ner.CommonWord(given) || ner.CommonWord(surname) || r.t.KnownPlace(names.Key(given)) || r.t.IsDemonym(names.Key(given)) {
		return nil
	}
	if !reportedBeside(toks, sp) && !surnameElsewhere(sents, spans, surname) {
		return nil
	}
	person := joinTokens(toks[sp.Start:k])
	if _, known := names.Known(person); known || r.t.KnownPlace(names.Key(person)) {
		return nil
	}
	rest := Span{Sentence: sp.Sentence, Start: k + 1, End: sp.End, Type: sp.Type}
	if restName := joinTokens(toks[k+1 : sp.End]); r.t.KnownPlace(names.Key(restName)) {
		rest.Type = Location
	}
	return []Span{{Sentence: sp.Sentence, Start: sp.Start, End: k, Type: Person}, rest}
}

// peoplePair cuts a span of two single words joined by "&" into two
// people when the article names each word as the surname of a person
// elsewhere ([surnameElsewhere]) and a verb follows: a headline's "Okafor
// & Lindqvist claim awards" over the story of Ann Okafor and Tom
// Lindqvist. A firm or a
// duo's name of that shape ("Tervane & Quarbin", "Okafor & Okafor")
// seldom has its two words as two people's surnames apart. It returns
// the two people's spans, or nil.
func peoplePair(sents []text.Sentence, spans []Span, toks []text.Token, sp Span) []Span {
	if sp.End-sp.Start != 3 || toks[sp.Start+1].Text != "&" || sp.Type != Org && sp.Type != Person {
		return nil
	}
	a, b := toks[sp.Start].Text, toks[sp.Start+2].Text
	if a == b || !names.IsCapitalized(a) || !names.IsCapitalized(b) || names.IsAcronym(a) || names.IsAcronym(b) {
		return nil
	}
	// The two are a clause's subject, a verb after them: a book's or a
	// firm's title over its founders' story is not ("Okafor &
	// Lindqvist: a history").
	if sp.End >= len(toks) || !lowerWord(toks[sp.End].Text) {
		return nil
	}
	if !surnameElsewhere(sents, spans, a) || !surnameElsewhere(sents, spans, b) {
		return nil
	}
	return []Span{{Sentence: sp.Sentence, Start: sp.Start, End: sp.Start + 1, Type: Person},
		{Sentence: sp.Sentence, Start: sp.Start + 2, End: sp.End, Type: Person}}
}

// demonymSurnames cuts the demonym off a person's span of two words,
// "Tervanian Okafor" of "the Tervanian Okafor beat her", when the article
// names the person in full elsewhere: a given name the gazetteer knows
// before the same surname ("Ann Okafor"). A given name that is also a
// demonym ("German Gref", Russia's minister, beside "Mr Gref") or a firm
// of a demonym and a surname ("Welsh Carson") has no such full name
// beside it.
func (r *Resolver) demonymSurnames(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Type != Person || sp.End-sp.Start != 2 || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if !r.t.IsDemonym(names.Key(toks[sp.Start].Text)) {
			continue
		}
		if fullNameElsewhere(sents, spans, toks[sp.Start].Text, toks[sp.Start+1].Text) {
			sp.Start++
		}
	}
}

// fullNameElsewhere reports whether a person's span of the article is a
// given name the gazetteer knows, other than first, and then surname:
// "Ann Okafor" for "Tervanian Okafor". A title ("Mr Okafor") is none.
func fullNameElsewhere(sents []text.Sentence, spans []Span, first, surname string) bool {
	for _, o := range spans {
		if o.Type != Person || o.Sentence < 0 || o.Sentence >= len(sents) || o.End-o.Start < 2 || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		ot := sents[o.Sentence].Tokens
		if given := ot[o.Start].Text; ot[o.End-1].Text == surname && given != first && !names.Titles.Has(given) && placeGaz().FirstName(given) {
			return true
		}
	}
	return false
}

// initialToken reports whether w is a capital's initial with its period:
// "J.".
func initialToken(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// reportVerbs report speech right after the speaker's name: "Ann Okafor of
// Quarbin said".
var reportVerbs = names.Set{"said": true, "says": true, "told": true, "agreed": true, "added": true, "noted": true}

// reportedBeside reports whether a span is a speaker's: "said" or "says"
// just before it, or a word of [reportVerbs] just after it.
func reportedBeside(toks []text.Token, sp Span) bool {
	if sp.Start > 0 && (toks[sp.Start-1].Text == "said" || toks[sp.Start-1].Text == "says") {
		return true
	}
	return sp.End < len(toks) && reportVerbs[toks[sp.End].Text]
}

// surnameElsewhere reports whether a span of the article typed a person
// ends in surname: "Okafor said" after "David Okafor of Quarbin".
func surnameElsewhere(sents []text.Sentence, spans []Span, surname string) bool {
	for _, o := range spans {
		if o.Type != Person || o.Sentence < 0 || o.Sentence >= len(sents) || o.End <= o.Start || o.End > len(sents[o.Sentence].Tokens) {
			continue
		}
		if sents[o.Sentence].Tokens[o.End-1].Text == surname {
			return true
		}
	}
	return false
}
