package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// repairSpans fixes what weak recognizers commonly do to names: split them
// into adjacent spans ("Vladimir" "Putin", "North" "Korea") and miss the
// first word of a place ("Camp" "David"). It returns new, sorted spans.
func (r *Resolver) repairSpans(text string, titleEnd int, sents []text.Sentence, spans []Span) []Span {
	spans = slices.Clone(spans)
	spans = shortFormThingSpans(sents, r.bracketClubSpans(sents, quotedNicknameSpans(sents, digitWordSpans(sents, spans)))) // tail12k: bracketClubSpans, shortFormThingSpans; tail15c: digitWordSpans
	r.teamSheetTypes(sents, spans)
	r.clubsInSquads(sents, spans)
	spans = r.firmNameSpans(text, sents, headlineOfBodySpans(text, titleEnd, sents, spans)) // tail12u: headlineOfBodySpans
	r.extendSpans(text, titleEnd, sents, spans)
	saintPossessiveSpans(sents, ownerVenueSpans(sents, spans))              // tail13g: ownerVenueSpans
	namesakeBodySpans(text, sents, possessiveNameSpans(text, sents, spans)) // tail12n: possessiveNameSpans, "McDonald" "'s"
	initialSpans(sents, r.initialOpenerSpans(titleEnd, sents, spans))       // tail12d: initialOpenerSpans
	extendToNamed(text, sents, apostropheSurnameSpans(sents, spans))        // tail12e: apostropheSurnameSpans
	headlineSuffixSpans(text, titleEnd, sents, spans)
	r.headlineFirmBegun(text, titleEnd, sents, spans)
	headlineAndSpans(text, titleEnd, sents, spans)
	r.headlineStartSpans(text, titleEnd, sents, cutOpenerSpans(sents, datelinePersonOpeners(text, sents, commonPersonOpeners(sents, spans)))) // tail10yy; tail14r: cutOpenerSpans; tail15d: commonPersonOpeners; tail17f: datelinePersonOpeners
	stationSpans(sents, apostropheParticleSpans(sents, kindAcronymSpans(sents, spans)))
	numberedStationSpans(sents, spans) // tail10zv
	epithetSpans(sents, spans)         // tail10zv
	forTheSpans(sents, spans)          // tail10zv
	honorificFirmSpans(sents, spans)   // tail10zv
	apostropheNSpans(sents, spans)     // tail10yc
	portfolioPersonSpans(sents, spans) // tail10yc
	ofHeadSpans(sents, spans)          // tail10yd's houseOfSpans, lead30's featureOfSpans
	generalFirmSpans(sents, spans)     // tail10yo
	firmCommaSpans(sents, spans)
	spans = partnerCommaSpans(sents, pluralBodySpans(sents, spans)) // tail10yf; tail12m: pluralBodySpans, "Tervaners' Union"
	// tail10yn, and tail11r's enPartnerSpans
	spans = enPartnerSpans(sents, commaPartnerSpans(sents, spans))
	// tail10yr; tail13r: partnerRunSpans; tail14k: pairPartnerSpans, andTitleSpans
	spans = r.andTitleSpans(sents, r.pairPartnerSpans(sents, r.partnerRunSpans(sents, r.partnerListSpans(sents, spans))))
	spans = portfolioListSpans(sents, foreignAndSpans(sents, spans)) // tail10yr; tail15e: portfolioListSpans
	// tail15o: headCommaSpans, headlineStartFirms
	spans = partnerFirmSpans(sents, headlineStartFirms(titleEnd, sents, headCommaSpans(sents, spans)))
	stateCommissionSpans(sents, spans)
	spans = romanceSpans(text, sents, particleTailSpans(text, sents, r.particleSpans(text, sents, spans))) // tail12e: particleTailSpans; tail14c: romanceSpans
	r.speakerFirms(text, sents, spans)
	// tail11b; tail12e: listAndSpans
	spans = r.listAndSpans(sents, siblingSpans(sents, r.commaAndFirmSpans(sents, r.andJoinSpans(sents, r.firmPartSpans(sents, spans)))))
	trimNumbers(sents, spans)
	trimPostNominals(sents, spans)                                                // tail17f: an honour's letters
	countryWordSpans(sents, givenStartSpans(sents, remitListSpans(sents, spans))) // tail10ya; tail16f: givenStartSpans, remitListSpans
	// tail10yj
	// tail13b: bothAndSpans, countryPairSpans; tail13g: pluralOwnerSpans; tail13i: possessiveStaffSpans (before
	// pluralOwnerSpans, which cuts "Quarbin Securities' Vell" to the owner), verbInsideSpans, remitHolderSpans
	// tail15u: bodyOwnerSpans
	spans = bodyOwnerSpans(sents, bothAndSpans(sents, countryPairSpans(sents, atSeatSpans(sents, pluralOwnerSpans(sents, possessiveStaffSpans(sents, spans))))))
	spans = andCommonHeadSpans(titleEnd, sents, andCommonTailSpans(titleEnd, sents, townVenueSpans(sents, echoPartnerSpans(sents, leadSuffixSpans(sents, r.fragmentSpans(sents, r.gluedSpans(sents, verbInsideSpans(sents, remitHolderSpans(sents, titleTailSpans(titleEnd, sents, commonAndSpans(titleEnd, sents, spans))))))))))) // tail16l: andCommonHeadSpans; tail16d: andCommonTailSpans; tail15d: townVenueSpans; tail14u: echoPartnerSpans; tail13p: commonAndSpans; tail13o: leadSuffixSpans (tail13o2); tail13y: titleTailSpans
	out := spans[:0]
	for _, sp := range spans {
		if !sp.within(sents) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if prev.Sentence == sp.Sentence && sp.Start < prev.End {
				continue // overlapping: keep the first
			}
			if prev.Sentence == sp.Sentence && firmInternational(text, toks, *prev, sp) {
				prev.End, prev.Type = sp.End, Org
				continue
			}
			if prev.Sentence == sp.Sentence && prev.End == sp.Start && r.companyOfPerson(text, toks, *prev, sp, inTitle(titleEnd, toks[sp.Start].Start)) {
				prev.End, prev.Type = sp.End, Org
				continue
			}
			if prev.Sentence == sp.Sentence && prev.End == sp.Start && tailJoin(text, toks, *prev, sp, inTitle(titleEnd, toks[sp.Start].Start)) { // tail14a: tailJoin
				prev.End = sp.End
				continue
			}
			if prev.Sentence == sp.Sentence && prev.End == sp.Start && r.joinable(text, toks, *prev, sp, inTitle(titleEnd, toks[sp.Start].Start)) {
				prev.End = sp.End
				if sp.Type == Person {
					prev.Type = Person
				}
				if pt := spanText(text, toks, *prev); r.t.Country(pt, names.Key(pt)) >= 0 || multiWordCity(r.t, pt) {
					prev.Type = Location
				}
				continue
			}
		}
		if sp.Type == Person {
			sp = placeOfPerson(toks, out, sp)
		}
		if n := len(out); n > 0 && r.townAfterPerson(text, toks, out[n-1], sp) {
			sp.Type = Location
		}
		out = append(out, sp)
	}
	r.demonymSurnames(sents, out)
	// tail11r; tail12j: suffixStopSpans; tail12r: the four after it
	// tail13j: tableWordSpans; tail13o/tail13t: leadWordSurnameSpans, after the joins ("in Varnholm" "Vell")
	return letterPairStopSpans(sents, resultsHeadlineSpans(titleEnd, sents, pronounTailSpans(text, sents, countryKindFirmSpans(sents, fullNameSpans(text, sents, angleDescriptionSpans(sents, r.leadWordSurnameSpans(sents, tableWordSpans(sents, r.tailBodySpans(sents, suffixStopSpans(sents, r.openerCuts(sents, out))))))))))) // tail14c: angleDescriptionSpans; tail16r: fullNameSpans; tail16x: countryKindFirmSpans; tail17f: pronounTailSpans; tail17p: resultsHeadlineSpans, letterPairStopSpans
}

// firmNameSpans runs the span rules of firms' names, in order: a name
// defined in brackets, "X and Co", connectors, a firm in brackets, a
// firm's words, a demonym before a firm, a pair of partners, a
// subsidiary, angle brackets (tail11g), a firm's possessive (tail11l)
// and a common word's possessive opening a firm's name (tail12j). It
// returns the spans the last rule gives.
func (r *Resolver) firmNameSpans(text string, sents []text.Sentence, spans []Span) []Span {
	spans = andCoSpans(sents, definedSpans(sents, spans))
	spans = bracketFirmSpans(sents, connectorSpans(sents, spans))
	spans = r.demonymFirmSpans(sents, r.firmSpans(sents, spans))
	spans = r.subsidiarySpans(text, sents, r.pairFirmSpans(sents, spans))
	spans = possessiveFirmSpans(text, sents, r.angleFirmSpans(text, sents, spans))
	return commonPossessorSpans(sents, spans)
}

// trimNumbers cuts angle brackets, small words and the figures of price
// tables from the ends of spans: a price or a year before a name ("2,062N
// Sanchez", "17.00N Palm", "1987 London") and the "No" of a number after a
// name of several words ("Omni Drilling Partnership No 2"; the tokenizer
// ends a sentence at "No."). A span of figures alone is left empty, for
// the caller to drop.
func trimNumbers(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if !sp.within(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		// Reuters' angle brackets around a company are no part of it.
		for sp.Start < sp.End && toks[sp.Start].Text == "<" {
			sp.Start++
		}
		for sp.End > sp.Start && toks[sp.End-1].Text == ">" {
			sp.End--
		}
		// A name ends in no small word: "Bank for the" of "the Bank for
		// the previous week".
		for sp.End-sp.Start > 1 && trailingSmall[toks[sp.End-1].Text] {
			sp.End--
		}
		// Nor in lower-case words after "of": "the Lib Dems" of "accused
		// the Lib Dems of offering", "the Capco Group of utilities".
		if j := lowerTailOf(toks, sp.Start, sp.End); j > sp.Start {
			sp.End = j
		}
		for sp.Start < sp.End && figure(toks[sp.Start].Text) && (sp.Start+1 >= len(toks) || toks[sp.Start].End < toks[sp.Start+1].Start) &&
			(sp.End-sp.Start == 1 || priceOrYear(toks[sp.Start].Text)) {
			sp.Start++
		}
		// One word before "No" is a grade ("Santos No. 4"), no name, and
		// cut it would join the company Santos.
		if sp.End-sp.Start > 2 && sp.End < len(toks) && (toks[sp.End-1].Text == "No" || toks[sp.End-1].Text == "No.") &&
			(figure(toks[sp.End].Text) || toks[sp.End].Text == ".") {
			sp.End--
		}
	}
}

// trailingSmall are the small words, in lower case, that end no name.
var trailingSmall = map[string]bool{"the": true, "of": true, "for": true, "and": true, "a": true, "an": true, "to": true, "in": true, "on": true, "at": true, "by": true,
	"as": true, "or": true}

// lowerTailOf returns where a span of toks[start:end] that begins with a
// capital ends when it ends in "of" and words in lower case only, that
// is, the index of that "of" ("Capco Group of utilities": "Capco
// Group"), or -1. The particles of names ([names.MinorWords]: "de", "van")
// and company suffixes in lower case are words of the name, not such a
// tail.
func lowerTailOf(toks []text.Token, start, end int) int {
	j := end
	for j > start && lowerWord(toks[j-1].Text) && !names.MinorWords[toks[j-1].Text] && !names.CorpSuffixes[toks[j-1].Text] {
		j--
	}
	if j == end || j-1 <= start || toks[j-1].Text != "of" || !names.IsCapitalized(toks[start].Text) {
		return -1
	}
	return j - 1
}

// priceOrYear reports whether the figure w is a price or a quantity of a
// table, "2,062N", "17.00", or a year, "1987", rather than the number that
// begins a company's or a product's name ("2001 Distributors Inc", "911
// Coupe").
func priceOrYear(w string) bool {
	if strings.ContainsAny(w, ",./") || w[len(w)-1] >= 'A' {
		return true
	}
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// figure reports whether w is a number, perhaps with a grade's or a
// price's letter after it: "185", "2,062N", "17.00", "1/4".
func figure(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 1; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9' || c == ',' || c == '.' || c == '/':
		case i == len(w)-1 && c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return true
}

// placeOfPerson makes a place of a person's span that a place word begins
// ("Camp David") or follows ("Mount" "Everest"), with the spans before it,
// out, in mind.
func placeOfPerson(toks []text.Token, out []Span, sp Span) Span {
	if sp.End-sp.Start == 2 && names.PlaceFirst.Has(toks[sp.Start].Text) {
		sp.Type = Location
		return sp
	}
	if sp.Start > 0 {
		p := toks[sp.Start-1].Text
		if names.IsCapitalized(p) && names.PlaceHeads.Has(p) && (sp.Start-1 > 0 || len(out) == 0 || out[len(out)-1].Sentence != sp.Sentence) {
			if n := len(out); n == 0 || out[n-1].Sentence != sp.Sentence || out[n-1].End < sp.Start {
				sp.Start--
				sp.Type = Location
			}
		}
	}
	return sp
}

// townAfterPerson reports whether sp is a town in parentheses right after
// the person prev, "Referee: Mike Riley (Leeds)": the person's town, not
// its club.
func (r *Resolver) townAfterPerson(text string, toks []text.Token, prev, sp Span) bool {
	if prev.Sentence != sp.Sentence || prev.Type != Person || sp.Type == Location || prev.End+1 != sp.Start {
		return false
	}
	if toks[prev.End].Text != "(" || sp.End >= len(toks) || toks[sp.End].Text != ")" {
		return false
	}
	return r.t.CityCountry[names.Key(spanText(text, toks, sp))] != "" && !squadSpan(toks, sp) // tail11p
}

// spanText is the text a span covers.
func spanText(text string, toks []text.Token, sp Span) string {
	return text[toks[sp.Start].Start:toks[sp.End-1].End]
}

// joinable reports whether two adjacent spans are one name the recognizer
// split: same type (or together a country), only spaces between, and not two
// names that stand on their own ("Russia Ukraine").
func (r *Resolver) joinable(text string, toks []text.Token, a, b Span, title bool) bool {
	ae, bs := toks[a.End-1].End, toks[b.Start].Start
	if ae > bs || !softGap(text[ae:bs]) || bracketRepeat(toks, a, b) {
		return false
	}
	joined := text[toks[a.Start].Start:toks[b.End-1].End]
	if r.t.Country(joined, names.Key(joined)) >= 0 || multiWordCity(r.t, joined) {
		return true
	}
	// A station named after its region: "BBC Radio" "Scotland".
	if a.Type == Org && b.End-b.Start == 1 && strings.EqualFold(toks[a.End-1].Text, "radio") && names.IsCapitalized(toks[b.Start].Text) {
		return true
	}
	// Two names of several words each, or any two names in a headline
	// ("Merkel Praises" "Macron Plan"), are more likely two entities.
	if a.End-a.Start > 1 && b.End-b.Start > 1 || title && a.End-a.Start+b.End-b.Start > 2 {
		return false
	}
	// A possessive ends a name, but for the names whose "'s" is their own
	// ("Moody's Investors Service"): "Gillette's" "Oral-B" are two.
	if at := spanText(text, toks, a); names.StripPossessive(at) != at && !(names.PossessiveNames[names.Key(at)] && names.CompanyWords.Has(toks[b.Start].Text)) {
		return false
	}
	// A name that ends in an institution's head or is an acronym is whole:
	// "Senate" "Republican", "EC" "Farm" are two.
	if closedName(toks[a.End-1].Text) && !names.CorpSuffixes.Has(toks[b.Start].Text) && !names.OrgHeads.Has(toks[b.End-1].Text) {
		return false
	}
	at, bt := spanText(text, toks, a), spanText(text, toks, b)
	known := func(s string) bool {
		k := names.Key(s)
		c := r.t.Country(s, k)
		return c >= 0 && !r.t.Countries[c].Weak || r.t.Agency(s, k) >= 0
	}
	if known(at) || known(bt) {
		return false
	}
	// Weak recognizers split a person's name into a place and a person
	// ("Xi" LOCATION, "Jinping" PERSON).
	return a.Type == b.Type || a.End-a.Start == 1 && b.End-b.Start == 1 && (a.Type == Person || b.Type == Person)
}

// firmInternational reports whether span b, "International", at most two
// words of a region ([armRegion]) and a company suffix ("International Ltd",
// "International Asia Inc."), right after span a,
// only spaces between, is the end of a's firm that the recognizer cut:
// a ends in a company suffix or a possessive ("Quarbin Bank Corp"
// "International Ltd", "Zorbit's" "International Inc"). Without such an
// end a is left to the other joins: "Quarbin" "International Ltd" is read
// there, and a place or a person before a firm's name may be its own
// ("in Tervane" "International Ltd").
func firmInternational(text string, toks []text.Token, a, b Span) bool {
	if n := b.End - b.Start; n < 2 || n > 4 || !strings.EqualFold(toks[b.Start].Text, "international") ||
		!names.CorpSuffixes.Has(strings.TrimSuffix(toks[b.End-1].Text, ".")) || a.End > b.Start || a.Start >= a.End {
		return false
	}
	if b.End-b.Start > 2 {
		region := make([]string, 0, b.End-b.Start-2)
		for _, t := range toks[b.Start+1 : b.End-1] {
			region = append(region, names.Key(t.Text))
		}
		if !armRegion(region) {
			return false
		}
	}
	last := toks[a.End-1].Text
	switch {
	case a.End == b.Start:
		// "Corp" "International Ltd", "Zorbit's" "International Inc".
	case a.End+1 == b.Start && (toks[a.End].Text == "'s" || toks[a.End].Text == "’s"):
		last += toks[a.End].Text // a tokenizer that splits the possessive off
	default:
		return false
	}
	ae, bs := toks[b.Start-1].End, toks[b.Start].Start
	if ae > bs || !softGap(text[ae:bs]) {
		return false
	}
	return a.End-a.Start >= 2 && names.CorpSuffixes.Has(strings.TrimSuffix(last, ".")) || possessiveEnd(last) && upperWord(last)
}

// companyOfPerson reports whether a person's span a and an organization's
// span b right after it, only spaces between, are one company named after
// the person that the recognizer cut ("Martha Stewart Living" "Omnimedia
// Inc."): b ends in a company suffix, or, after a full name of two words
// or more, b is one word no table knows ("Omnimedia"), neither an
// institution's head nor an acronym (a byline's agency, "Senate"). A
// person's name is rarely followed by an organization's without a word or
// a mark between; in a headline the two are more likely two names.
func (r *Resolver) companyOfPerson(text string, toks []text.Token, a, b Span, title bool) bool {
	if a.Type != Person || b.Type != Org || title {
		return false
	}
	ae, bs := toks[a.End-1].End, toks[b.Start].Start
	if ae > bs || !softGap(text[ae:bs]) {
		return false
	}
	if at := spanText(text, toks, a); names.StripPossessive(at) != at {
		return false // "Stewart's" "Omnimedia": her company, or another
	}
	if b.End-b.Start >= 2 && names.CorpSuffixes.Has(toks[b.End-1].Text) {
		return true
	}
	if a.End-a.Start < 2 || b.End-b.Start != 1 {
		return false
	}
	w := toks[b.Start].Text
	var kb [64]byte
	k := string(names.AppendKey(kb[:0], w))
	if names.IsAcronym(w) || !names.IsCapitalized(w) || strings.IndexFunc(w, unicode.IsLower) < 0 ||
		names.OrgHeads.Has(w) || names.GenericOrgWords[k] || clubWords[k] || names.TenureWords[k] || names.MinorWords[k] {
		return false
	}
	return !isPlaceWords([]string{k}) && r.t.Agency(w, k) < 0 && !r.t.IsDemonym(k)
}

// multiWordCity reports whether name is a town of several words the
// tables know, which shouting recognizers cut ("EAST" "BERLIN").
func multiWordCity(t *names.Index, name string) bool {
	k := names.Key(name)
	return strings.Contains(k, " ") && t.CityCountry[k] != ""
}

// inTitle reports whether offset i is in the headline, which ends at
// titleEnd (negative when the article has none).
func inTitle(titleEnd, i int) bool {
	return titleEnd >= 0 && i < titleEnd
}

// extendable reports whether a token may be taken into a neighbouring name.
func (r *Resolver) extendable(t text.Token) bool {
	if !names.IsCapitalized(t.Text) || names.NoExtend.Has(t.Text) || strings.IndexFunc(t.Text, unicode.IsLetter) < 0 {
		return false
	}
	if strings.ContainsAny(t.Text, "0123456789") || strings.HasPrefix(t.Text, "'") {
		return false
	}
	var kb [64]byte
	k := string(names.AppendKey(kb[:0], t.Text))
	return r.t.Country(t.Text, k) < 0 && r.t.Agency(t.Text, k) < 0 && r.t.DemonymByKey[k] == 0 && !r.t.IsDemonym(k)
}

// extendSpans grows body spans over capitalized words the recognizer left
// out on either side ("United" "Nations", "Tony Blair" after "Minister"),
// never into another span, a sentence's first word, a country or a headline.
func (r *Resolver) extendSpans(text string, titleEnd int, sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if !sp.within(sents) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if inTitle(titleEnd, toks[sp.Start].Start) {
			continue
		}
		st := spanText(text, toks, *sp)
		if k := names.Key(st); r.t.Country(st, k) >= 0 || r.t.Agency(st, k) >= 0 {
			continue
		}
		lo, hi := 0, len(toks)
		if i > 0 && spans[i-1].Sentence == sp.Sentence {
			lo = spans[i-1].End
		}
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence {
			hi = spans[i+1].Start
		}
		for sp.End < hi && sp.End-sp.Start < 6 && adjacent(text, toks[sp.End-1], toks[sp.End]) {
			if channelNumber(toks[sp.End-1].Text, toks[sp.End].Text) {
				sp.End++ // "BBC Radio" "4", "BBC News" "24"
				continue
			}
			if !r.extendable(toks[sp.End]) || names.Titles.Has(toks[sp.End].Text) ||
				closedName(toks[sp.End-1].Text) && !names.CorpSuffixes.Has(toks[sp.End].Text) && !names.OrgHeads.Has(toks[sp.End].Text) {
				break
			}
			sp.End++
		}
		for sp.Start > max(lo, 1) && sp.End-sp.Start < 6 && r.extendable(toks[sp.Start-1]) && adjacent(text, toks[sp.Start-1], toks[sp.Start]) {
			sp.Start--
		}
	}
}

// channelNumber reports whether the token next, a number of one or two
// digits, is a channel's number after the word head of a broadcaster's
// name ([names.NumberedHeads]): the "4" of "BBC Radio 4", the "24" of "BBC
// News 24", which recognizers leave out.
func channelNumber(head, next string) bool {
	if !names.NumberedHeads.Has(head) || len(next) == 0 || len(next) > 2 {
		return false
	}
	return strings.IndexFunc(next, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// extendToNamed grows a span over the capitalized words after it that
// make it a longer name the article names elsewhere: the headline's
// "Texas" of "Texas Air To Fold People Express" is Texas Air. An
// organization's span grows too over words that begin an organization's
// name of the article: the headline's "CALIFORNIA" of "CALIFORNIA MICRO
// TRADES ON NASDAQ" is California Micro, the short name of California
// Micro Devices Corp, not the state (a headline's name the body does not
// give whole is then dropped as headline noise).
func extendToNamed(text string, sents []text.Sentence, spans []Span) {
	named := map[string]Type{}
	begins := names.Set{} // the first words of the organizations named
	for _, sp := range spans {
		if sp.End-sp.Start > 1 && sp.Sentence >= 0 && sp.Sentence < len(sents) && sp.End <= len(sents[sp.Sentence].Tokens) {
			k := names.Key(spanText(text, sents[sp.Sentence].Tokens, sp))
			named[k] = sp.Type
			if sp.Type == Org && strings.Contains(names.OrgKey(k), " ") {
				named[names.OrgKey(k)] = Org // "Texas Air" of "Texas Air Corp"
			}
			if sp.Type == Org {
				// "California Micro" of "California Micro Devices Corp":
				// the first two words of the organization's name.
				ws := strings.Fields(names.OrgKey(k))
				// Two words only: longer ones end in words that may
				// retype the name ("CHICAGO DOCK AND CANAL").
				if len(ws) > 2 && !names.MinorWords[ws[1]] { // not "Bank Of" of "Bank of England"
					begins[ws[0]+" "+ws[1]] = true
				}
			}
		}
	}
	for i := range spans {
		sp := &spans[i]
		if !sp.within(sents) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		hi := len(toks)
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence {
			hi = spans[i+1].Start
		}
		first := 0
		for end := sp.End + 1; end <= min(hi, sp.End+3); end++ {
			if !names.IsCapitalized(toks[end-1].Text) || !adjacent(text, toks[end-2], toks[end-1]) {
				break
			}
			k := names.Key(text[toks[sp.Start].Start:toks[end-1].End])
			if typ, ok := named[k]; ok {
				sp.End, sp.Type, first = end, typ, 0
				break
			}
			if sp.Type == Org && begins[k] {
				first = end
			}
		}
		if first > 0 {
			sp.End = first // the headline's "CALIFORNIA MICRO"
		}
	}
}

// firmCommaSpans grows a span of the last partners of a firm, "Roebuck
// and Co" of "Sears, Roebuck and Co", over the first partner and the comma
// before them that recognizers leave out.
func firmCommaSpans(sents []text.Sentence, spans []Span) {
	for i := range spans {
		sp := &spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 || sp.End > len(sents[sp.Sentence].Tokens) || sp.End-sp.Start < 3 {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		end := sp.End
		for end > sp.Start && names.CorpSuffixes.Has(toks[end-1].Text) && !strings.EqualFold(toks[end-1].Text, "co") {
			end-- // "Inc" after "Co"
		}
		if end-sp.Start < 3 || !strings.EqualFold(strings.TrimSuffix(toks[end-1].Text, "."), "co") || toks[end-2].Text != "and" && toks[end-2].Text != "&" {
			continue
		}
		first := toks[sp.Start-2].Text
		if toks[sp.Start-1].Text != "," || !upperWord(first) || names.CorpSuffixes.Has(first) || i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > sp.Start-2 {
			continue
		}
		sp.Start -= 2
		sp.Type = Org
	}
}

// closedName reports whether a name that ends in the word w is whole: an
// acronym ("EC", "IMF") or an institution's head ("Senate"). The capital
// after it begins another name or a title ("EC Farm Commissioner").
func closedName(w string) bool {
	return names.IsAcronym(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 || names.OrgHeads.Has(w) && !names.CompanyWords.Has(w)
}

// adjacent reports whether only spaces stand between two tokens.
func adjacent(text string, a, b text.Token) bool {
	return a.End <= b.Start && softGap(text[a.End:b.Start])
}

// softGap reports whether the white space between two tokens lets a name
// run on: spaces, or the end of a line wrapped inside a paragraph (Reuters
// wraps its lines, "the Federal\nReserve"; its paragraphs begin with an
// indent, others' with a blank line).
func softGap(gap string) bool {
	if strings.TrimSpace(gap) != "" {
		return false
	}
	i := strings.IndexByte(gap, '\n')
	return i < 0 || i == len(gap)-1
}
