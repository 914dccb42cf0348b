package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// mentions normalizes one span and appends to out one mention, or two when the span holds
// a country before a title ("North Korea leader Kim Jong Un"), an acronym
// after a name ("Korean Central News Agency (KCNA)"), two names ("Microsoft
// Corp. AOL") or an office between an organization and a person.
func (r *Resolver) mentions(out []*mention, text string, start, end, sent int, typ Type) []*mention {
	ws := cutCommaGlued(text, cutCarriageReturn(cutParens(text, splitWords(text, start, end)))) // tail12e: cutCommaGlued
	ws = cutAdverbTail(ws)
	ws = cutDateTail(cutOpenerTail(ws))                        // tail10ya; tail14u: cutDateTail, "Zorbit Bank on March"
	ws = r.cutCountryAffix(cutExStyle(cutCorrectedPrefix(ws))) // tail10yb: "Ex-Tervane TV", "Ann Vell-style"; tail14u: "U.S.-origin"; tail15e: cutCorrectedPrefix
	ws = cutAcronymPlural(cutMakerTail(ws))                    // tail12g: "Quarbin Aero-designed"; tail12z: "Tervane DJs"
	ws = cutFigureLead(ws)                                     // tail12m: "1-1/4 Tervane Inc"
	if runTogetherI(ws) {                                      // tail12m: "asI"
		return out
	}
	// "Name (ACR)" in one span; "Harbour Minerals (California)" is a name.
	if n := len(ws); n >= 2 && strings.HasPrefix(ws[n-1].text, "(") && (!(typ == Org && isPlaceWords([]string{names.Key(ws[n-1].text)})) || initialsOf(strings.Trim(ws[n-1].text, "()"), ws[:n-1])) { // tail17u: initialsOf
		if full, a := r.definition(text, ws, sent, typ); full != nil {
			return append(out, full, a)
		}
		ws = ws[:n-1]
	}
	if ws = cutTickers(ws); len(ws) == 0 {
		return out
	}
	ws, typ, keep := r.tableWords(text, ws, typ)
	if !keep {
		return out
	}
	if typ == Person {
		ws = cutTenure(cutLowerTail(ws))
	}
	ws = r.cutQuantifier(ws)
	if ws = r.spanStartCuts(text, ws, typ); len(ws) == 0 { // tail12n: "Co. Industry", "Deputy Tervane Bank", "the Tervaner"
		return out
	}
	ws = cutStateBefore(text, ws)
	if country, ok := r.countryNoun(ws); ok {
		// "U.S. Market" names the country; "H.K. Dlrs" nothing.
		if len(country) > 0 {
			if m := r.build(text, country, sent, Location); m != nil {
				out = append(out, m)
			}
		}
		return out
	}
	// "Federal Reserve Board Vice" of "Federal Reserve Board Vice Chairman
	// Manuel Johnson": a title's first words end no organization.
	if typ != Person {
		ws = cutTitleTail(ws)
	}
	if r.gluedOpener(text, ws, typ) { // tail10yv: "Singer Ann Vell"
		ws = ws[1:]
	}
	ws, typ = r.firmKindOpener(text, ws, typ)  // tail16t: "Jeweller Quarbin said"
	ws, typ = jobFirmOpener(text, ws, typ)     // tail17d: "Stockbroker Vell Ltd will"
	ws = ws[r.kindBeforeGiven(text, ws, typ):] // tail11a: "late DJ Ann Vell"
	ws, typ = cutInnerHonorific(ws, typ)       // tail11a: "in Quarbin Mr Vell said"
	// tail11e: "U.S. Subsidiary Quarbin Inc"
	if relationOpener(ws, typ) {
		return r.unitMentions(out, text, ws[1:], sent, typ)
	}
	if typ == Org {
		// Two clubs joined by a hyphen, "Manchester United-Arsenal", or
		// two companies in one span, "Microsoft Corp. AOL".
		if first, rest := orgCut(text, ws); len(rest) > 0 {
			out = r.mentions(out, text, first[0].start, first[len(first)-1].end, sent, typ)
			return r.mentions(out, text, rest[0].start, rest[len(rest)-1].end, sent, typ)
		} else if len(first) > 0 {
			return r.mentions(out, text, first[0].start, first[len(first)-1].end, sent, typ)
		}
		// "Kestrel Capital Corp of New York": the company and its town.
		if i := r.corpOfPlace(ws); i > 0 {
			out = r.mentions(out, text, ws[0].start, ws[i-2].end, sent, typ)
			return r.mentions(out, text, ws[i].start, ws[len(ws)-1].end, sent, Location)
		}
	}
	if typ == Org || typ == Location || typ == Misc {
		if more, ok := r.roleMentions(out, text, ws, sent, typ); ok {
			return more
		}
	}
	if typ == Org && honorificFirm(ws) { // tail10zv: "Mrs Quarbin Inc" is a firm's name
		return r.appendBuilt(out, text, ws, sent, typ)
	}
	// "Lord Liverpool", "Sir Alex Ferguson": an honorific makes a person,
	// whatever the recognizer said.
	if typ != Person && len(ws) >= 2 && personOpener(text, ws) { // tail12n: and a short rank, "Gen Vellor"
		typ = Person
	}
	k := 0
	if typ == Person || typ == Misc {
		out, k = r.countryBeforeTitle(out, text, ws, sent)
	}
	if m := r.buildPerson(text, ws[k:], sent, typ); m != nil {
		out = append(out, m)
	}
	return out
}

// cutTickers cuts the stock symbols after a company ("Enbridge Inc.
// ENB.TO"): they name nothing. A span that is a symbol alone gives nil.
func cutTickers(ws []word) []word {
	for len(ws) > 1 && isTicker(ws[len(ws)-1].text) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 1 && isTicker(ws[0].text) {
		return nil
	}
	return ws
}

// tableWords runs the rules of tables over a span's words, in order: a
// basis table's price words ([Resolver.basisLead]), a market heading's
// words ([Resolver.headingWords]), a row's figures at the span's ends
// ([Resolver.figureCut]; before the table's own cut, whose periodCut would
// drop a span a period opens), the table's own cut ([Resolver.tableCut],
// with a column's slug, [slugCut]), a table heading ([Resolver.tableHeading])
// and the grain and unit rules after them. It reports false when the span
// names nothing.
func (r *Resolver) tableWords(text string, ws []word, typ Type) ([]word, Type, bool) {
	ws, typ, ok := r.basisLead(text, ws, typ)
	if ok {
		ws, typ, ok = r.headingWords(text, ws, typ)
	}
	if ok {
		ws, typ, ok = r.figureCut(ws, typ) // tail11q; before tableCut, whose periodCut drops a span a period opens
	}
	if ok && r.townGood(text, ws, typ) { // tail16m
		ws, typ = ws[:len(ws)-1], Location
	}
	if ok {
		ws, typ, ok = r.tableCut(ws, typ)
	}
	if ok {
		ws, typ, ok = r.tableHeading(priceKindCut(text, ws), typ) // tail11q; the stocks column's slug is tableCut's (slugCut)
	}
	if ok {
		ws, typ = r.reportHeading(text, ws, typ) // tail12c
	}
	if ok {
		ws, typ, ok = r.grainLine(ws, typ) // tail10yk
	}
	if ok {
		ws = figureUnitLead(text, ws) // tail10yk
	}
	return ws, typ, ok && len(ws) > 0
}

// cutCarriageReturn drops a carriage return that the wire's copy kept,
// written out, and the ellipsis before it: "REUTER...^M".
func cutCarriageReturn(ws []word) []word {
	if n := len(ws); n > 0 && strings.HasSuffix(ws[n-1].text, "^M") {
		w := &ws[n-1]
		w.text = strings.TrimRight(strings.TrimSuffix(w.text, "^M"), ".")
		w.end = w.start + len(w.text)
		if w.text == "" {
			ws = ws[:n-1]
		}
	}
	return ws
}

// definition makes the mentions of a name and the acronym it defines in
// the same span, "Korean Central News Agency (KCNA)", "American Stock
// Exchange (Amex)", or reports nil when the last word in parentheses is no
// acronym or a short form blended of the name ("Premier Zhao (Ziyang)" is
// no definition).
func (r *Resolver) definition(text string, ws []word, sent int, typ Type) (full, acr *mention) {
	n := len(ws)
	a := ws[n-1]
	a.start++
	a.text = strings.TrimPrefix(a.text, "(")
	if !names.IsAcronym(a.text) && !blendOf(a.text, ws[:n-1]) && !initialsOf(a.text, ws[:n-1]) { // tail17u: initialsOf
		return nil, nil
	}
	full = r.build(text, ws[:n-1], sent, typ)
	acr = r.build(text, []word{a}, sent, typ)
	if full == nil || acr == nil {
		return nil, nil
	}
	acr.defines = full
	return full, acr
}

// roleMentions finds an office inside an organization or place span: "U.N.
// Secretary-General", "Federal Reserve Chairman Alan Greenspan". The title
// is no part of the organization; the name after it is a person's. It
// reports false when the span holds no office.
func (r *Resolver) roleMentions(out []*mention, text string, ws []word, sent int, typ Type) ([]*mention, bool) {
	before, title, after, ok := splitRole(ws)
	if !ok || typ == Misc && len(after) > 0 {
		return out, false
	}
	if officeField(before) {
		before, title = nil, joinWords(before)+" "+title // tail15j: officeField
	}
	if len(before) > 0 {
		if m := r.build(text, before, sent, typ); m != nil {
			out = append(out, m)
		}
	}
	if len(after) > 0 {
		if m := r.build(text, after, sent, Person); m != nil {
			m.Title = title
			out = append(out, m)
		}
	}
	return out, true
}

// countryNoun reports whether words are a country (or an abbreviation)
// and a common noun or a currency after it, "U.S. Market", "S.A. Rand",
// and returns the words of the country, if they name one.
func (r *Resolver) countryNoun(ws []word) ([]word, bool) {
	n := len(ws)
	if n < 2 || n > 4 {
		return nil, false
	}
	var lb, kb [64]byte
	last := names.AppendKey(lb[:0], ws[n-1].text)
	if !names.CountryNouns[string(last)] && !names.Currencies[string(last)] {
		return nil, false
	}
	name := names.StripPossessive(joinWords(ws[:n-1]))
	if r.t.Country(name, string(names.AppendKey(kb[:0], name))) >= 0 {
		return ws[:n-1], true
	}
	if names.Currencies[string(last)] && n == 2 && strings.Contains(ws[0].text, ".") {
		return nil, true
	}
	return nil, false
}

// cutParens drops the part of a span cut off from its parenthesis: the
// span "Europe) Ltd" of "Nikko Securities Co (Europe) Ltd" names nothing,
// and "Kestrel Capital (Europe" is "Kestrel Capital".
func cutParens(text string, ws []word) []word {
	open := false
	for i, w := range ws {
		if strings.Contains(w.text, "(") {
			open = true
		}
		if j := strings.IndexByte(w.text, ')'); j >= 0 && !open {
			rest := ws[i+1:]
			for len(rest) > 0 && names.CorpSuffixes.Has(rest[0].text) {
				rest = rest[1:]
			}
			return rest
		}
		if strings.Contains(w.text, ")") {
			open = false
		}
	}
	if open {
		for i, w := range ws {
			closed := i == len(ws)-1 && strings.HasPrefix(text[w.end:], ")")
			if strings.HasPrefix(w.text, "(") && !strings.Contains(w.text, ")") && i > 0 && !closed {
				return ws[:i]
			}
		}
	}
	return ws
}

// countryBeforeTitle finds a country or demonym of up to four words before
// a title at the start of a person's span ("Russian President Vladimir
// Putin", "North Korea leader Kim Jong Un"). It appends the country's
// mention (a demonym's only with Demonyms) and returns how many words it
// took, 0 when there is none.
func (r *Resolver) countryBeforeTitle(out []*mention, text string, ws []word, sent int) ([]*mention, int) {
	for l := min(4, len(ws)-2); l >= 1; l-- {
		name := joinWords(ws[:l])
		key := names.Key(name)
		c := r.t.Country(name, key)
		d, isDem := r.t.DemonymByKey[key]
		if (c < 0 && !isDem) || !names.Titles.Has(ws[l].text) || names.TitleOnly.Has(ws[l].text) {
			continue
		}
		if c >= 0 {
			if m := r.build(text, ws[:l], sent, Location); m != nil {
				out = append(out, m)
			}
		} else if r.opts.Demonyms && d >= 0 {
			if m := r.build(text, ws[:l], sent, Misc); m != nil {
				out = append(out, m)
			}
		}
		return out, l
	}
	return out, 0
}

// buildPerson strips titles from a person's name and builds the mention.
// The title is read by a grammar ([names.SplitTitle]): "Chancellor of the
// Exchequer Nigel Lawson" is Nigel Lawson, and so is a span that begins
// inside the title ("Exchequer Nigel Lawson"). A royal or religious title
// before a given name stays in the name, inside the span or before it:
// "Prince Charles".
func (r *Resolver) buildPerson(text string, ws []word, sent int, typ Type) *mention {
	if typ != Person && typ != Misc {
		return r.build(text, ws, sent, typ)
	}
	if len(ws) == 1 && typ == Person && names.Titles.Has(ws[0].text) && !names.TitleOnly.Has(ws[0].text) {
		return nil // a bare "President"
	}
	if r.titledCountry(ws) { // tail12p: "DR Congo"
		return r.build(text, ws, sent, Location)
	}
	all, n, keep := ws, 0, 0
	if n, keep = names.SplitTitle(wordTexts(ws)); n == 0 {
		n = particleTitle(ws) + rightTitle(ws) // tail12g: "Mr da Quarbo", "Rt Rev Vell"
	}
	if n == 0 {
		prev := titleRunBefore(text, ws[0].start)
		full := append(prev, ws...)
		if pn, pk := names.SplitTitle(wordTexts(full)); pn > 0 && (pn > len(prev) || pk > 0 && pn == len(prev)) {
			all, n, keep = full, pn, pk
		}
	}
	m := r.build(text, all[n-keep:], sent, typ)
	if m == nil || n == 0 {
		return m
	}
	var title []string
	for _, w := range all[:n] {
		if names.Key(w.text) != "former" {
			title = append(title, w.text)
		}
	}
	m.Title = strings.Join(title, " ")
	if typ == Misc {
		m.typ = Person
	}
	return m
}

func wordTexts(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// titleRunBefore returns the words on the line before offset i that could
// end in a title: capitalized words and the small words inside titles
// ("of", "the", "and"), at most six, in order.
func titleRunBefore(text string, i int) []word {
	var run []word
	for len(run) < 6 {
		w, ws := prevWord(text, i)
		if w == "" || strings.ContainsAny(w, ",;:()\"") || !softGap(text[ws+len(w):i]) {
			break
		}
		if k := names.Key(w); !names.IsCapitalized(w) && k != "of" && k != "the" && k != "and" {
			break
		}
		run = append(run, word{text: w, start: ws, end: ws + len(w)})
		i = ws
	}
	slices.Reverse(run)
	for len(run) > 0 && !names.IsCapitalized(run[0].text) {
		run = run[1:]
	}
	return run
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// openingArticle reports whether ws open with "A" or "An" at the start of
// a sentence and a lower-case word other than a verb of speech follows
// them: the name is then a modifier of a noun, "A Tervane Bank official",
// "An Okafor spokesman". A man named An ("An Okafor said") or an initial
// in a list ("A Okafor, B Lindqvist") is left alone.
func openingArticle(text string, ws []word) bool {
	if ws[0].text != "A" && ws[0].text != "An" || !names.IsCapitalized(ws[1].text) || !sentenceStart(text, ws[0].start) {
		return false
	}
	next, _ := nextWord(text, ws[len(ws)-1].end)
	return next != "" && lowerWord(next) && !reportVerbs[next] && next != "says"
}

// build makes a mention of the words ws.
func (r *Resolver) build(text string, ws []word, sent int, typ Type) *mention {
	// A verb a headline glued to a name is none of it: "Was Oscar"; nor is
	// "California-based" of "California-based Baker", "Top-seeded" of
	// "Top-seeded Ann Okafor" (tail11z).
	for len(ws) > 1 && (leadingVerbs.Has(ws[0].text) || compoundAdjective(ws[0].text) || participleOpener(text, ws[0]) || openingPreposition(text, ws[0]) || openingClauseWord(text, ws, typ)) {
		ws = ws[1:]
	}
	if roleOpener(text, ws, typ) { // tail10yd: "Promoters Zorbit Live booked"
		ws = ws[1:]
	}
	// Nor is an indefinite article that opens a sentence before a name
	// used as a modifier: "An Electoral Commission spokeswoman said".
	if len(ws) > 1 && openingArticle(text, ws) {
		switch {
		case len(ws) > 2:
			ws = ws[1:]
		case names.GenericOrgHeads.Has(strings.ToLower(ws[1].text)):
			return nil // "A Department spokesman": a common noun alone
		}
		// "A Quarbin official" is left whole: one word alone is a
		// short form that, linked across articles, may find the wrong
		// full name.
	}
	// Nor is a word kept in lower case that a sentence's capital glued to
	// a name the article writes alone: "All Quarbin Club agreements"
	// (tail11y).
	for len(ws) > 1 && r.lowerOrCompoundOpener(text, ws, typ) { // tail15n: "Pointscorer Okafor"
		ws = ws[1:]
	}
	// A leading lower-case "the" is not part of the name.
	afterThe := false
	for len(ws) > 1 && (ws[0].text == "the" || ws[0].text == "The" && typ != Org) {
		ws = ws[1:]
		afterThe = true
	}
	if len(ws) == 0 {
		return nil
	}
	if !afterThe {
		if w, _ := prevWord(text, ws[0].start); w == "the" || w == "The" {
			afterThe = true
		}
	}
	name, plain := plainName(text, ws)
	letters, spelled := spelledLetters(ws)
	if spelled {
		name = letters // "S and P" is "S&P"
	} else if !plain {
		parts := make([]string, len(ws))
		for i, w := range ws {
			parts[i] = w.text
		}
		if typ != Org || !names.PossessiveNames[names.Key(strings.Join(parts, " "))] {
			// "Moody's" and "Standard & Poor's" keep their "'s".
			parts[len(parts)-1] = names.StripPossessive(parts[len(parts)-1])
		}
		if last := parts[len(parts)-1]; strings.HasPrefix(last, "(") && !strings.HasSuffix(last, ")") {
			parts[len(parts)-1] += ")"
		}
		parts = fixCase(parts, r.t.Acronyms)
		if len(parts) == 1 && utf8.RuneCountInString(parts[0]) > 2 && names.IsUpperWord(parts[0]) && !r.t.Acronyms.Has(parts[0]) && shoutedContext(text, ws[0].start, ws[0].end) {
			parts[0] = titleCase(parts[0])
		}
		name = strings.Join(parts, " ")
	}
	key := names.Key(name)
	if key == "" {
		return nil
	}
	start, end := ws[0].start, ws[len(ws)-1].end
	m := &mention{
		Mention: Mention{Text: text[start:end], Name: nfc(name), Start: start, End: end, Sentence: sent},
		typ:     typ, key: key,
		acronym: len(ws) == 1 && names.IsAcronym(name) || spelled,
		country: -1, agency: -1, afterThe: afterThe,
	}
	m.words = m.wordBuf[:0]
	for w := range strings.FieldsSeq(key) {
		m.words = append(m.words, w)
	}
	return m
}

// compoundAdjective reports whether a word is an adjective made with a
// hyphen ("California-based", "Scottish-born", "state-owned").
func compoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && adjectiveTails[strings.ToLower(w[i+1:])]
}

// adjectiveTails end the compound adjectives that stand before names.
var adjectiveTails = names.Set{"based": true, "born": true, "owned": true, "led": true,
	"controlled": true, "backed": true, "run": true, "listed": true, "registered": true, "published": true,
	"funded": true, "headquartered": true,
	// A leader's adjective: "the Okafor-inspired Lions" (tail11z).
	"inspired": true,
	// An award's adjective: "the Oscar-nominated Quarbin", "Bafta-winning".
	"nominated": true, "winning": true}

// titleStarts are the words that begin a title and end no name: "Vice",
// "Deputy", "Acting", "Managing".
var titleStarts = names.Set{"vice": true, "deputy": true, "acting": true, "former": true,
	"managing": true, "assistant": true, "associate": true,
	// A member's seat after the party: "Labour MP Stephen Pound", "34
	// Labour MPs".
	"mp": true, "mps": true, "mep": true, "meps": true, "msp": true, "msps": true}

// leadingVerbs are the verbs that a title-cased headline writes in
// capitals before a name ("Was Oscar", "Says Blair"), and the words that
// begin a sentence before one ("Unlike Paul Volcker").
var leadingVerbs = names.Set{"was": true, "is": true, "are": true, "were": true, "has": true,
	"have": true, "had": true, "says": true, "said": true, "does": true, "did": true,
	"unlike": true, "like": true, "despite": true, "although": true, "though": true,
	"meanwhile": true, "however": true, "but": true, "and": true, "while": true}

// spelledLetters reports whether words are capital letters joined by
// "and" or "&" ("S and P", "P & G"), and returns them as one acronym.
func spelledLetters(ws []word) (string, bool) {
	if len(ws) != 3 || ws[1].text != "and" && ws[1].text != "&" {
		return "", false
	}
	a, b := strings.TrimSuffix(ws[0].text, "."), strings.TrimSuffix(ws[2].text, ".")
	if len(a) != 1 || len(b) != 1 || !names.IsUpperWord(a) || !names.IsUpperWord(b) {
		return "", false
	}
	return a + "&" + b, true
}

// plainName returns the text of words that need no repair, the common
// case: single spaces between them, no entity debris, no possessive and no
// word in capitals. It reports false for any other.
func plainName(text string, ws []word) (string, bool) {
	for i, w := range ws {
		if w.text != text[w.start:w.end] || names.IsUpperWord(w.text) {
			return "", false
		}
		if i > 0 && (w.start != ws[i-1].end+1 || text[ws[i-1].end] != ' ') {
			return "", false
		}
	}
	last := ws[len(ws)-1].text
	if names.StripPossessive(last) != last {
		return "", false
	}
	name := text[ws[0].start:ws[len(ws)-1].end]
	if strings.Count(name, "(") > strings.Count(name, ")") {
		return "", false // "Harbour Minerals (California" lost its parenthesis
	}
	return name, true
}

// shoutedContext reports whether a word in capitals stands where capitals
// say nothing: a dateline ("WASHINGTON (Reuters) -", "BAGHDAD, Iraq") or a
// headline written in capitals.
func shoutedContext(text string, start, end int) bool {
	if !names.IsUpperWord(text[start:end]) {
		return false
	}
	if lineStart(text, start) {
		next, _ := nextWord(text, end)
		if strings.HasPrefix(next, "(") || isDash(next) || strings.HasPrefix(text[end:], ",") {
			return true
		}
	}
	// The line it is on is in capitals.
	ls, le := lineAround(text, start, end)
	line := text[ls:le]
	lower, upper := 0, 0
	for _, r := range line {
		if unicode.IsLower(r) {
			lower++
		} else if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper > 8 && lower*10 < upper
}

// isTitleWord reports whether every part of a word ("Secretary-General")
// is a title word, and whether one of them is an office.
func isTitleWord(w string) (title, role bool) {
	if strings.IndexFunc(w, isWordBreak) < 0 {
		// One part: look it up without folding it into a new string.
		if !names.Titles.Has(w) {
			return false, false
		}
		return true, names.Offices.Has(w)
	}
	k := names.Key(w)
	if k == "" {
		return false, false
	}
	title = true
	for part := range strings.FieldsSeq(k) {
		if !names.Titles[part] {
			return false, false
		}
		role = role || names.Offices[part]
	}
	return title, role
}

// splitRole finds a title inside the words of an organization or place span:
// "U.N. Secretary-General", "Commission President Ursula von der Leyen",
// "Governor Arnold Schwarzenegger". It returns the words before the title,
// the title and the words after it; ok is false when the span holds no
// title or is itself a name made of title words ("Premier League", "Coach
// Inc.").
func splitRole(ws []word) (before []word, title string, after []word, ok bool) {
	for i := 0; i < len(ws); i++ {
		if i > 0 {
			p := strings.ToLower(ws[i-1].text)
			if names.MinorWords[p] || p == "for" {
				continue // "Department of Energy", "Office of the President"
			}
		}
		if !names.IsCapitalized(ws[i].text) {
			continue
		}
		j, role := i, false
		for j < len(ws) && names.IsCapitalized(ws[j].text) {
			t, r := isTitleWord(ws[j].text)
			if !t {
				break
			}
			role = role || r
			j++
		}
		if !role || j == i {
			continue
		}
		before, after = ws[:i], ws[j:]
		if len(before) == 0 && len(after) == 0 {
			return nil, "", nil, false
		}
		if officeInFirm(after) {
			return nil, "", nil, false // tail11x: "Quarbin Boss Group Ltd" is one firm
		}
		if len(after) > 0 {
			// The rest must read as a person's name: capitalized words that
			// are no organization ("Premier League", "Chief Executives Club").
			m := &mention{words: strings.Fields(names.Key(joinWords(after)))}
			if len(m.words) == 0 || looksLikeOrg(m) || names.OrgHeads[m.words[len(m.words)-1]] || names.CorpSuffixes[m.words[len(m.words)-1]] || !names.IsCapitalized(after[0].text) || !allCapitalized(after) {
				if len(before) == 0 {
					return nil, "", nil, false
				}
				after = nil
			}
		}
		var parts []string
		for _, w := range ws[i:j] {
			if names.Key(w.text) != "former" {
				parts = append(parts, w.text)
			}
		}
		return before, strings.Join(parts, " "), after, true
	}
	return nil, "", nil, false
}

// cutLowerTail drops the words of a person's name from the first one in
// lower case that no name holds: "Donald sinks" is "Donald". The last
// word of a name written all in lower case, after a name's particle, is
// the name's ("juan del vell" of a lower-case headline, tail12e's
// [particleTailSpans]).
func cutLowerTail(ws []word) []word {
	for i := 1; i < len(ws); i++ {
		w := ws[i].text
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) || names.MinorWords[w] || names.Titles[w] || strings.ContainsAny(w, "-'’") {
			continue
		}
		if i == len(ws)-1 && nameParticles[ws[i-1].text] && !upperWord(ws[0].text) {
			continue
		}
		return ws[:i]
	}
	return ws
}

// cutTenure drops the word of a person's time in office that ends a
// person's span ([names.TenureWords]): "Bush Presidency" is Bush.
func cutTenure(ws []word) []word {
	for len(ws) > 1 && names.TenureWords.Has(ws[len(ws)-1].text) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// orgCut splits the words of an organization span that hold two names:
// at a hyphen, after a company suffix, at "and" or at a comma. When the
// words after a hyphen are a title alone ("Conservative Party
// Co-Chairman"), it returns the name before it as first and no rest; when
// nothing is to be cut, neither.
func orgCut(text string, ws []word) (first, rest []word) {
	first, rest, ok := hyphenCut(text, ws)
	if ok && len(rest) == 1 && names.Titles.Has(rest[0].text) {
		// The title names no one here, and its prefix is no word of the
		// name's.
		if len(first) > 1 && hyphenPrefixes[strings.ToLower(first[len(first)-1].text)] {
			first = first[:len(first)-1]
		}
		return first, nil
	}
	if p := limitedPartnershipCut(ws); p != nil && !ok { // tail15u: limitedPartnershipCut
		return p, nil
	}
	if !ok {
		first, rest = corpCut(ws)
	}
	if len(rest) == 0 {
		first, rest = andCut(ws)
	}
	if len(rest) == 0 {
		first, rest = andKnownCut(ws)
	}
	if len(rest) == 0 {
		first, rest = commaCut(ws)
	}
	if len(rest) == 0 {
		first, rest = orCut(text, ws) // tail12n: "Tervane Fund or Quarbin Fund"
	}
	if len(rest) == 0 {
		return nil, nil
	}
	return first, rest
}

// hyphenCut splits the words of an organization span at a hyphen that
// joins two names, the first of several words: "Manchester
// United-Arsenal" is Manchester United and Arsenal, "Mercedes-Benz" and
// "Hewlett-Packard Co" are one name. A hyphen inside a compound word
// ("National Hi-Tech Crime Unit", "US Anti-Doping Agency") joins no
// names, nor one before the head of the name's words when the words
// before the hyphen have none ("United States-Iraq Business Forum",
// "Robert Kilroy-Silk Party").
func hyphenCut(text string, ws []word) (first, rest []word, ok bool) {
	for i := 1; i < len(ws); i++ {
		w := ws[i]
		j := strings.IndexByte(w.text, '-')
		if j <= 0 || j == len(w.text)-1 || !names.IsCapitalized(w.text[j+1:]) || !names.IsCapitalized(w.text) ||
			saintWords[strings.ToLower(w.text[:j])] || compoundWord(w.text[:j], w.text[j+1:]) || hyphenOfOneName(text, w, j) {
			continue
		}
		if i+1 < len(ws) && bodyHead(ws[len(ws)-1].text) && !slices.ContainsFunc(ws[:i], func(w word) bool { return bodyHead(w.text) }) &&
			!bodyHead(w.text[:j]) {
			continue
		}
		left := word{text: w.text[:j], start: w.start, end: w.start + j}
		right := word{text: w.text[j+1:], start: w.start + j + 1, end: w.end}
		return append(slices.Clone(ws[:i]), left), append([]word{right}, ws[i+1:]...), true
	}
	return nil, nil, false
}

// bodyHead reports whether w is the head of an organization's name: an
// institution's head, a company suffix, or a body's head the tables leave
// out ("Forum"). Company words are none: "United" of "United States".
func bodyHead(w string) bool {
	k := names.Key(w)
	return names.OrgHeads[k] || names.GenericOrgHeads[k] || names.CorpSuffixes[k] ||
		k == "forum" || k == "unit" || k == "alliance" || k == "society" || k == "office"
}

// compoundWord reports whether left and right, the halves of a hyphenated
// word, make one word of a name: a prefix ("Anti-Fraud",
// "Tele-Communications") or two common words ("Hi-Tech", "Tax-Free",
// "All-Star"). A title is no word of the name ("Co-Chairman").
func compoundWord(left, right string) bool {
	if names.Titles.Has(right) {
		return false // "Co-Chairman", "Vice-President": a title after the name
	}
	if hyphenPrefixes[strings.ToLower(left)] {
		return true
	}
	return ner.CommonWord(left) && ner.CommonWord(right) && names.IsCapitalized(right) && strings.IndexFunc(right, unicode.IsUpper) == 0 &&
		strings.IndexFunc(right[1:], unicode.IsUpper) < 0
}

// hyphenPrefixes are prefixes written with a hyphen before a capital in
// names: "Anti-Fraud Office", "Tele-Communications", "Co-Operative".
var hyphenPrefixes = names.Set{"anti": true, "co": true, "non": true, "pro": true, "multi": true,
	"inter": true, "tele": true, "hi": true, "self": true, "post": true, "pre": true, "trans": true,
	"pan": true, "sub": true, "under": true, "vice": true, "ex": true, "mid": true, "semi": true}

// saintWords begin a hyphenated name of one place or club: "Paris
// Saint-Germain", "AS Saint-Etienne" are no fixtures.
var saintWords = names.Set{"saint": true, "st": true, "sainte": true, "ste": true, "san": true, "santa": true}

// corpCut splits an organization span after a company suffix that is not
// its last word, or drops a stock symbol after it: "Microsoft Corp. AOL" is
// two companies, "Enbridge Inc. ENB.TO" one. A span that ends in
// "International" and a suffix is one firm's international arm ("Quarbin
// Bank Corp International Ltd"), not two ([internationalArm]).
func corpCut(ws []word) (first, rest []word) {
	for i := 1; i < len(ws)-1; i++ {
		k := names.Key(ws[i].text)
		if !names.CorpSuffixes[k] || k == "holdings" || k == "co" && names.Key(ws[i+1].text) == "ltd" || coNameTail(ws, i) || companyNameTail(ws, i) { // tail12j: coNameTail; tail15m: companyNameTail
			continue
		}
		if internationalArm(ws[i+1:]) || ws[i-1].text == "on" || legalTail(ws, i) || trustTail(ws, i) { // tail14a: trustTail; tail12r: "Committee on Company Law Reform", a subject's word; tail13h: legalTail
			continue
		}
		if names.CorpSuffixes.Has(names.StripPossessive(ws[i+1].text)) || !names.IsCapitalized(ws[i+1].text) || coTails.Has(ws[i+1].text) ||
			ofAfterSuffix(ws[i], ws[i+1]) { // tail17v
			continue
		}
		return ws[:i+1], ws[i+1:]
	}
	return ws, nil
}

// internationalArm reports whether ws, the words after a company suffix,
// are "International", at most two words of a region ([armRegion]) and a
// suffix: the end of a firm's international arm, "Quarbin Corp International Ltd",
// "Quarbin Corp International Asia Inc".
func internationalArm(ws []word) bool {
	n := len(ws)
	if n < 2 || n > 4 || names.Key(ws[0].text) != "international" || !names.CorpSuffixes.Has(ws[n-1].text) {
		return false
	}
	if n == 2 {
		return true
	}
	region := make([]string, 0, n-2)
	for _, w := range ws[1 : n-1] {
		region = append(region, names.Key(w.text))
	}
	return armRegion(region)
}

// armRegion reports whether the words between "International" and a
// suffix name the region of a firm's arm: a place the tables know ("Asia",
// "Holland"), not the rest of another firm's name ("Quarbin Corp"
// "International Lease Finance Corp" are two firms).
func armRegion(ws []string) bool {
	return isPlaceWords(ws) || names.IsRegion(strings.Join(ws, " "))
}

// andCut splits an organization span at an "and" between two names of
// the same make, of two words or more each: "Ohio Bell and Wisconsin
// Bell", "Bank of England and Bank of France". The names of
// [names.ConnectorNames] are one.
func andCut(ws []word) (first, rest []word) {
	for i := 2; i < len(ws)-2; i++ {
		if t := ws[i].text; t != "and" && t != "&" {
			continue
		}
		l, r := ws[:i], ws[i+1:]
		joined := joinWords(ws)
		if _, known := names.Known(joined); known || names.ConnectorNames[names.OrgKey(names.Key(joined))] {
			return ws, nil
		}
		if names.Key(l[len(l)-1].text) == names.Key(r[len(r)-1].text) || names.Key(l[0].text) == names.Key(r[0].text) {
			return l, r
		}
	}
	return ws, nil
}

// quantifiers begin a phrase, not a name, before a body's acronym or a
// country: "All OPEC states", "Both Iran and Iraq".
var quantifiers = names.Set{"all": true, "both": true, "some": true, "many": true, "most": true,
	"several": true, "every": true, "each": true, "other": true}

// cutQuantifier drops a quantifier that begins a span before an acronym
// or a country ("All OPEC" of "All OPEC states"); "All Nippon Airways"
// and the All Blacks keep theirs.
func (r *Resolver) cutQuantifier(ws []word) []word {
	if len(ws) < 2 || !quantifiers.Has(ws[0].text) {
		return ws
	}
	rest := ws[1:]
	if len(rest) == 1 && names.IsAcronym(rest[0].text) {
		return rest
	}
	if j := joinWords(rest); r.t.Country(j, names.Key(j)) >= 0 {
		return rest
	}
	return ws
}

// cutStateBefore drops a state's abbreviation that ends the sentence
// before a name and that the recognizer glued to it: "Hollister, Calif.
// Atlantic Richfield Co said" holds Atlantic Richfield Co. The
// abbreviation follows a town and a comma and ends in a period.
func cutStateBefore(text string, ws []word) []word {
	if len(ws) < 2 || !strings.Contains(text[ws[0].start:min(len(text), ws[0].end+1)], ".") {
		return ws
	}
	if _, ok := names.StateAbbrevs[names.Key(ws[0].text)]; !ok {
		return ws
	}
	if before := strings.TrimRight(text[:ws[0].start], " \n\t"); !strings.HasSuffix(before, ",") {
		return ws
	}
	return ws[1:]
}

// commaCut splits an organization span at a comma after an institution's
// head between two names of two words or more each, items of a list the
// recognizer read as one: "Football Licensing Authority, Investors in
// People UK". A company's partners ("Sears, Roebuck and Co") have no head
// before their comma.
func commaCut(ws []word) (first, rest []word) {
	for i := 1; i < len(ws)-2; i++ {
		t := ws[i].text
		if !strings.HasSuffix(t, ",") || !names.OrgHeads.Has(strings.TrimSuffix(t, ",")) || remitComma(ws, i) { // tail16f: remitComma
			continue
		}
		l, r := ws[:i+1], ws[i+1:]
		if !upperWord(r[0].text) || names.CorpSuffixes.Has(r[0].text) || isPlaceWords([]string{names.Key(r[0].text)}) {
			return ws, nil // "Inc", a town or a state after the comma
		}
		l[i].text = strings.TrimSuffix(t, ",")
		l[i].end -= len(",")
		return l, r
	}
	return ws, nil
}

// corpOfPlace returns the index of the place's first word in an
// organization span of a company, "of" and a town or state the tables
// know ("Kestrel Capital Corp of New York"), or 0. A country after "of"
// is the company's ("Dynamics Corp of America").
func (r *Resolver) corpOfPlace(ws []word) int {
	for i := 1; i+2 < len(ws); i++ {
		if ws[i+1].text != "of" || !names.CorpSuffixes[names.Key(ws[i].text)] {
			continue
		}
		k := names.Key(joinWords(ws[i+2:]))
		if r.t.Country(joinWords(ws[i+2:]), k) < 0 && (r.t.CityCountry[k] != "" || r.t.Places[k]) {
			return i + 2
		}
	}
	return 0
}

// isWordBreak reports whether Key would split a word at r.
func isWordBreak(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '.' && r != '’'
}

// isTicker reports whether w is a stock symbol with its exchange, as wire
// copy writes them after a company: "JNJ.N", "ENB.TO", "CYBX.O".
func isTicker(w string) bool {
	sym, ex, ok := strings.Cut(w, ".")
	if !ok || len(sym) < 2 || len(sym) > 6 || len(ex) < 1 || len(ex) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.') {
			return false
		}
	}
	return true
}

// tickerBlocks returns the byte ranges of the parentheses that give a
// company's stock symbol: "(JNJ.N: Quote, Profile, Research)", "(ENB.TO)".
// The words in them name nothing.
func tickerBlocks(text string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '(')
		if j < 0 {
			return out
		}
		s := i + j
		e := strings.IndexByte(text[s:], ')')
		if e < 0 {
			return out
		}
		e += s
		inner := text[s+1 : e]
		first := inner
		if k := strings.IndexAny(inner, ": ,;"); k >= 0 {
			first = inner[:k]
		}
		if e-s < 80 && (isTicker(first) || strings.Contains(inner, "Quote, Profile")) {
			out = append(out, [2]int{s, e + 1})
		}
		i = s + 1
	}
}

// tableBlocks returns the byte ranges of the lines of figures that wire
// copy sets as tables ("Shr 34 cts vs 1.19 dlrs", "Net 807,000 vs
// 2,858,000", "May 203 up 0.80") and of the short headings above them
// ("Nine mths"): the capitals in them ("Shr", "Oper", "Nine") name
// nothing. A line of figures holds "vs" or a unit of money or quantity;
// a results line of sport ("Leeds United 1 Liverpool 1") holds neither.
func tableBlocks(text string) [][2]int {
	var out [][2]int
	var lines [][2]int
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		lines = append(lines, [2]int{i, i + j})
		i += j + 1
	}
	table := make([]bool, len(lines))
	for k, l := range lines {
		table[k] = figureLine(text[l[0]:l[1]])
	}
	for k, l := range lines {
		heading := k+1 < len(lines) && table[k+1] && len(strings.Fields(text[l[0]:l[1]])) <= 3 &&
			!strings.ContainsAny(text[l[0]:l[1]], ".,:0123456789")
		if table[k] || heading {
			out = append(out, l)
		}
	}
	return out
}

// figureLine reports whether a line is a line of figures: half its words
// at least are numbers, units and the labels of results tables, and one is
// a number. A sentence that gives a figure is none.
//
// It reads the words in place and stops at the fifteenth: every line of
// every article goes through it.
func figureLine(line string) bool {
	if !hasDigit(line) {
		return false
	}
	n, words := 0, 0
	for w := range strings.FieldsSeq(line) {
		if words++; words > 14 {
			return false
		}
		// strings.Trim(w, ".,;:()") and the tests below, byte by byte:
		// the cut sets are ASCII, and this ran for every word of every
		// line with a digit.
		k := trimFigurePunct(w)
		if figureChars(k) || figureWords[strings.ToLower(k)] {
			n++
		}
	}
	return words > 0 && 2*n >= words
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// trimFigurePunct is strings.Trim(w, ".,;:()").
func trimFigurePunct(w string) string {
	cut := func(c byte) bool {
		return c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')'
	}
	i, j := 0, len(w)
	for i < j && cut(w[i]) {
		i++
	}
	for j > i && cut(w[j-1]) {
		j--
	}
	return w[i:j]
}

// figureChars reports whether k is made only of digits and ".,/-+" (or is
// empty): a figure, as strings.Trim(k, "0123456789.,/-+") == "" said.
func figureChars(k string) bool {
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case c >= '0' && c <= '9', c == '.', c == ',', c == '/', c == '-', c == '+':
		default:
			return false
		}
	}
	return true
}

// figureWords are the units and labels of the tables of figures in wire
// copy.
var figureWords = names.Set{"vs": true, "mln": true, "dlrs": true, "cts": true, "pct": true,
	"unch": true, "billion": true, "tonnes": true, "stg": true, "yen": true, "marks": true,
	"shr": true, "shrs": true, "net": true, "revs": true, "oper": true, "qtr": true,
	"mths": true, "avg": true, "loss": true, "profit": true, "up": true, "down": true,
	"sales": true, "slrs": true, "nil": true}

// blendOf reports whether w is a short form blended of the beginnings of
// the words ws, as [spells] finds them: "Amex" of "American Stock Exchange".
func blendOf(w string, ws []word) bool {
	if !shortForm(w) {
		return false
	}
	keys := make([]string, 0, len(ws))
	for _, x := range ws {
		keys = append(keys, names.Key(x.text))
	}
	return spells(strings.ToLower(w), keys, 0) >= 2
}
