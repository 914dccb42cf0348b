package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cues by which a name the recognizer typed as an
// organization or a person is an owner's thing: a product, a technology,
// a programme or a service (MISC, no node of the graph).

// ownedNouns say what kind of thing a name is when they follow it after
// an owner's possessive: "its new Zorbit technology", "Quarbin's Zorbit
// browser", "their Zorbit software". "Game", "player" and "match" are
// left out: "their Quarbin game" is a match against Quarbin.
var ownedNouns = names.Set{"technology": true, "technologies": true, "software": true, "console": true,
	"consoles": true, "browser": true, "browsers": true, "handset": true, "handsets": true, "format": true,
	"programme": true, "program": true, "drug": true, "drugs": true, "vaccine": true, "computer": true,
	"computers": true, "model": true, "models": true, "suv": true, "car": true, "cars": true, "product": true,
	"products": true, "brand": true, "brands": true, "device": true, "devices": true, "chip": true,
	"chips": true, "phone": true, "phones": true, "system": true, "systems": true, "engine": true,
	"engines": true, "platform": true, "camera": true, "cameras": true, "laptop": true, "laptops": true,
	"service": true, "network": true, "processor": true, "microprocessor": true, "tablet": true}

// ownedTails are the [ownedNouns] that may end the name itself, glued on
// by the recognizer: "its Zorbit SUV", "its Zorbit console". A service, a
// network or a system at a name's end is often the organization's own
// word ("Quarbin Broadcasting Service").
var ownedTails = names.Set{"suv": true, "console": true, "browser": true, "handset": true, "software": true}

// ownedPlaces follow an owned noun when the name is a place's or a
// maker's that the noun and the word after it belong to: "its Quarbin car
// plant", "its Zorbit engine factory".
var ownedPlaces = names.Set{"plant": true, "plants": true, "factory": true, "factories": true, "works": true,
	"unit": true, "units": true, "division": true, "business": true, "businesses": true, "operations": true,
	"subsidiary": true, "maker": true, "makers": true, "company": true, "group": true, "dealers": true,
	"contract": true, "contracts": true, "order": true, "orders": true, "deal": true, "retail": true,
	"stores": true, "chain": true, "arm": true, "venture": true}

// ownedBefore are the words that may stand between an owner's possessive
// and the thing's name: "its new Zorbit", "Quarbin's latest Zorbit".
var ownedBefore = names.Set{"new": true, "latest": true, "own": true, "first": true, "forthcoming": true,
	"upcoming": true}

// ownerBefore reports whether an owner's possessive stands before i,
// maybe with a word of [ownedBefore] between: "its", "their", or a
// capitalized word with "'s" ("Quarbin's new").
func ownerBefore(text string, i int) bool {
	p, ps := prevWordFast(text, i)
	if ownedBefore[p] {
		p, _ = prevWordFast(text, ps)
	}
	return p == "its" || p == "their" || possessiveEnd(p) && upperWord(p)
}

// ownedNounAfter reports whether a kind of thing ([ownedNouns]) follows a
// name that ends at end: right after it, or after an acronym in brackets
// or one or two lower-case modifiers ("Zorbit (ZX) games console", "its
// Zorbit digital switching system"), and no word of [ownedPlaces] after
// the noun phrase ([placeAfter]).
func ownedNounAfter(text string, end int) bool {
	if rest, ok := strings.CutPrefix(text[end:], " ("); ok {
		c := strings.IndexByte(rest, ')')
		if c < 2 || c > 8 || !names.IsAcronym(rest[:c]) {
			return false
		}
		end += len(" (") + c + 1
	}
	for n := 0; n < 3; n++ {
		w, we := nextWord(text, end)
		k := strings.TrimRight(w, ",.;:")
		if k == "" || !isLowerASCII(k[0]) {
			return false
		}
		if ownedNouns[k] {
			return k != w || !placeAfter(text, we) // a comma or period: the noun ends a clause
		}
		if k != w || titleWords[k] || strings.HasSuffix(k, "ed") && n == 0 {
			return false // no modifier: "its Zorbit and", "its Zorbit owned"
		}
		end = we
	}
	return false
}

// placeAfter reports whether a word of [ownedPlaces] is among the
// lower-case words of the noun phrase that goes on after i: "its Zorbit
// products retail unit", "its Zorbit car plant".
func placeAfter(text string, i int) bool {
	for n := 0; n < 3; n++ {
		w, we := nextWord(text, i)
		k := strings.TrimRight(w, ",.;:")
		if k == "" || !isLowerASCII(k[0]) || titleWords[k] {
			return false
		}
		if ownedPlaces[k] {
			return true
		}
		if k != w {
			return false
		}
		i = we
	}
	return false
}

// ownedThing reports whether a mention is an owner's thing: written after
// an owner's possessive ([ownerBefore]) and before a kind of thing
// ([ownedNounAfter]), or ending in one of [ownedTails] ("its Zorbit SUV").
// A name of an organization's words, a place, a country, a well-known
// name or a car maker's is no thing of an owner's: "its Quarbin Corp
// computers", "its Texas service", "AMC's Renault cars".
func ownedThing(text string, m *mention) bool {
	if m.typ == Location {
		return broadcastShow(text, m)
	}
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 4 || !ownerBefore(text, m.Start) || m.Start > 0 && text[m.Start-1] == '<' {
		return false
	}
	words := m.words
	tail := len(words) >= 2 && ownedTails[last(words)]
	if tail {
		words = words[:len(words)-1]
	} else if !ownedNounAfter(text, m.End) {
		return false
	}
	return thingName(m, words)
}

// showNouns are the kinds of broadcast that follow a programme's name
// after its broadcaster's possessive: "Tervane One's Zorbit Hour show".
var showNouns = names.Set{"programme": true, "show": true, "series": true, "sitcom": true, "soap": true}

// broadcastShow reports whether a name the recognizer took for a place is
// a programme: after a capitalized possessive, maybe with "new" between
// ("the Quarbin Channel's Lemmo Stuff show"), and right before a word of
// [showNouns]; not a known place or region ("the BBC's Scotland
// programme" is the BBC's programme for Scotland) nor a well-known name.
// A word of an organization's may be in a programme's name ("Quarbin
// One's Network Tervane programme").
func broadcastShow(text string, m *mention) bool {
	if m.canon != "" || m.forced != "" || m.country >= 0 || len(m.words) == 0 || len(m.words) > 4 || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	next, _ := nextWord(text, m.End)
	if !showNouns[strings.TrimRight(next, ",.;:")] {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if ownedBefore[p] {
		p, _ = prevWordFast(text, ps)
	}
	if !possessiveEnd(p) || !upperWord(p) || isPlaceWords(m.words) || homeNations[m.key] || names.IsRegion(m.key) {
		return false
	}
	_, known := names.Known(m.Name)
	return !known
}

// thingName reports whether a mention's words, less a kind of thing glued
// on, may name a thing: no organization's word, place, region, demonym,
// country, well-known name or car maker.
func thingName(m *mention, words []string) bool {
	return !anyOrgWord(words) && thingNameWords(m, words)
}

// thingNameWords reports whether a mention's words, less a kind of thing
// glued on, may name a thing by all [thingName] asks but an
// organization's words: no place, region, demonym, country, well-known
// name or car maker.
func thingNameWords(m *mention, words []string) bool {
	key := strings.Join(words, " ")
	if carMakers[key] || names.Tables().KnownPlace(key) || names.IsRegion(key) || names.Tables().IsDemonym(key) {
		return false
	}
	if _, known := names.Known(m.Name); known {
		return false
	}
	_, country := names.LookupCountry(m.Name)
	return !country
}

// ownedThings makes a thing (MISC) of every mention of the article whose
// name one mention shows to be an owner's product, technology, programme
// or service ([ownedThing], [thingApposition]) or a work or a browser by
// the words after it ([workKindAfter]): "Quarbin says its new Zorbit technology will
// ... Zorbit is designed to". A name the article also writes as a firm's,
// with a possessive ("Zorbit's sales") or in Reuters' angle brackets, is
// left alone.
func ownedThings(a *article) {
	var things []string // keys
	var played []string // tail11w: keys of works by a part or a prize, kept with a possessive
	// hitsList's word stands in few articles: asked once, not per mention.
	hits := strings.Contains(a.text, "hits")
	// episodeListed's word too (tail15l): "episode" in few articles.
	episodes := strings.Contains(a.text, "episode")
	for i, m := range a.ms {
		if ok, owned := kindWorkCue(a.text, m); ok && owned { // tail12b: "Quarbin's robot Lemmox", kept with "Lemmox's"
			things = append(things, m.key)
			played = append(played, m.key)
		} else if ownedThing(a.text, m) || thingApposition(a.text, m) || workKindAfter(a.text, m) || listedThing(a.text, m) ||
			kindWorkBefore(a.text, m) ||
			songCue(a.text, m) ||
			bookApposition(a.text, m) || // tail10yb
			workPhraseBefore(a.text, m) || // tail10yg
			pronounTitle(a.text, m) || genreHit(a.text, m) || hits && hitsList(a.text, m) ||
			personForTitle(a.text, a.ms, i) || // tail10yt
			productHead(a.text, m) || productKindBefore(a.text, m) || knownAsThing(a.text, m) || makerModel(a.text, m) || // tail11c
			ownedModel(a.text, m) || modelShortForm(a, i) || // tail12i
			kindListed(a.text, m) || bareKindBefore(a.text, m) || appositionWork(a.text, m) || bestPrizeFor(a.text, m) || // tail11h
			brandListed(a.text, m) || madeBrand(a.text, m) || workStar(a, i) || makerBehind(a.text, m) || // tail11m
			artistWork(a.text, a.ms, i) || // tail11s
			broadcasterWork(a.text, m) || kindTitleAcross(a.text, a.ms, i) || // tail12b; tail12k: kindTitleAcross
			artsPrizeFor(a.text, m) || // tail13b
			titleYear(a.text, m) || possessedEvent(a.text, m) || brandNameThing(a.text, m) || // tail12h; tail12o: possessedEvent; tail12q: brandNameThing
			pluralEvent(a.text, m) || workSibling(a.text, m) || honourAward(a.text, m) || // tail12v
			camelProduct(a.text, m) || madeWork(a.text, m) || creditApposition(a.text, m) || camelVariant(a.text, m) || // tail13c; tail13m: madeWork; tail13l: creditApposition, camelVariant
			medicineApposition(a.text, m) || productPlural(a.text, m) || theListThing(a.text, m) || // tail13r; tail13w: productPlural; tail14g: theListThing
			productFamily(a.text, m) || conferenceEvent(a.text, m) || worksProject(m) || kindApposition(a.text, m) || // tail14d
			chartWork(a.text, a.ms, i) || machineName(a.text, m) || ownedLine(a.text, m) || shipListed(a.text, m) || // tail14f; tail14l: machineName, ownedLine; tail14v: shipListed
			namedScale(a.text, m) || // tail15j
			degreeScale(a.text, m) || // tail17q
			soCalledTerm(a.text, m) || // tail15r
			ownedVehicle(a.text, m) || // tail15t
			ownedCraft(a.text, m) || // tail16e
			timeOwnedEvent(a.text, m) || // tail16j
			castClauseAfter(a.text, m) || // tail17b
			workDirector(a, i) || // tail17t
			definedConcept(a.text, m) || // tail17z
			shipNamed(a.text, m) || // tail17w
			versusTitle(m) || // tail17i
			makerList(a.text, m) || castBracket(a.text, a.ms, i) || includeListed(a.text, m) || episodes && episodeListed(a.text, m) { // tail14x; tail15l: episodeListed
			things = append(things, m.key)
			if ownedTails[last(m.words)] {
				things = append(things, strings.Join(m.words[:len(m.words)-1], " "))
			}
			things = append(things, meetingHead(m)...) // tail14d: "the Conference" of the meeting
		} else if peopleNoun(a.text, m) { // tail11s: a people and its plural
			things = append(things, m.key, m.key+"s")
		} else if partIn(a.text, m) || bestWork(a.text, a.ms, i) || // tail11w
			votedBestWork(a.text, m) { // tail17h
			things = append(things, m.key)
			played = append(played, m.key)
		} else if theOpenedTitle(a.text, m) { // tail16b
			things = append(things, m.key)
		}
	}
	things = subtitleThings(a, things) // tail12v
	if things == nil {
		return
	}
	things = listSiblings(a, things) // tail11h
	for _, m := range a.ms {
		if containsString(things, m.key) && (possessiveAt(a.text, m.End) && !containsString(played, m.key) ||
			m.Start > 0 && a.text[m.Start-1] == '<') {
			things = slices.DeleteFunc(things, func(k string) bool { return k == m.key })
		}
	}
	for _, m := range a.ms {
		if (m.typ == Org || m.typ == Person || m.typ == Location) && m.canon == "" && m.forced == "" && m.agency < 0 && m.country < 0 &&
			(containsString(things, m.key) || insideThing(a.text, m, things)) {
			m.typ, m.typed = Misc, true
		}
	}
}

// foreignFirmHeads begin the names of firms and banks in other languages:
// "Banque Quarbin", "Gruppo Zorbit", "Sociedad Iberica de Lemmo".
// "Credit" begins one only before a French "du", "de" or "des" ("Credit
// du Zorbit"), [foreignFirm].
var foreignFirmHeads = names.Set{"banque": true, "banco": true, "banca": true, "banka": true, "bankhaus": true,
	"compagnie": true, "compania": true, "companhia": true, "societe": true, "sociedad": true, "sociedade": true,
	"societa": true, "gruppo": true, "groupe": true, "grupo": true, "cia": true, "cie": true, "caisse": true,
	"empresa": true, "industrias": true,
	// tail12q: industry nouns that open firms' names in French, Spanish
	// and Italian ("Sistemas Lemmo de Quarbe", "Regie Nationale des
	// Zorbit"); no person's or place's name opens so.
	"regie": true, "usines": true, "etablissements": true, "entreprise": true, "raffinerie": true,
	"sistemas": true, "envases": true, "petroleos": true, "corporacion": true, "laboratorios": true,
	"construcciones": true, "transportes": true, "aceros": true, "cementos": true, "industrie": true,
	"compagnia": true, "cooperativa": true}

// foreignFirm reports whether a name the recognizer took for a person or
// a place is a firm's by its first word in another language
// ([foreignFirmHeads]), with one word or more after it: "Banque Quarbin",
// "Gruppo Zorbit", "Credit du Lemmo", or by its last, the suffix A/S. One
// word alone ("Banco") is a piece of a name, left as it is.
func foreignFirm(m *mention) bool {
	if m.typ != Person && m.typ != Location || len(m.words) < 2 || m.canon != "" || m.country >= 0 {
		return false
	}
	first := m.words[0]
	return foreignFirmHeads[first] || first == "credit" && (m.words[1] == "du" || m.words[1] == "de" || m.words[1] == "des") ||
		scandinavianSuffix(m.Name, m.words) || steFirm(m.words) // tail12g: "Ste de la Quarbe"
}

// scandinavianSuffix reports whether a name of two words or more before it
// ends in the Danish and Norwegian company suffix A/S ("Quarbin Banken
// A/S"), which folds to two words, "a s", that the table of company
// suffixes cannot hold.
func scandinavianSuffix(name string, words []string) bool {
	n := len(words)
	return n >= 3 && words[n-2] == "a" && words[n-1] == "s" && strings.HasSuffix(name, " A/S")
}

// athleticsClubTails end the names of athletics clubs: "Tervane AC",
// "Tervane AAC" (amateur athletic club), "Tervane Harriers".
var athleticsClubTails = names.Set{"ac": true, "aac": true, "harriers": true}

// sportsClub reports whether a name the recognizer took for a person or a
// place is a club's by its last word: an athletics club's
// ([athleticsClubTails]: "Tervane AC", "Lemmo Harriers"), or, for a name
// typed a place, a fox hunt's ("the Tervane Hunt"; "Ann Hunt" typed a
// person is a woman). One word alone is left.
func sportsClub(m *mention) bool {
	if m.typ != Person && m.typ != Location || len(m.words) < 2 || m.canon != "" || m.country >= 0 {
		return false
	}
	tail := last(m.words)
	return athleticsClubTails[tail] || tail == "hunt" && m.typ == Location ||
		teamOpener(m) // tail17i
}

// unitNouns say that the name before them is a firm's unit: "Quarbin's
// Zorbit unit", "Zorbit, an affiliate of Quarbin".
var unitNouns = names.Set{"unit": true, "subsidiary": true, "affiliate": true, "division": true}

// firmUnit reports whether a name the recognizer took for a person or a
// place is a firm's unit: after a capitalized possessive and before a
// word of [unitNouns] ("Quarbin Motor Co's Zorbit Lemmo unit"), or before
// a comma, "a" or "an" and such a word with "of" ("Zorbit Lemmo, an
// affiliate of Quarbin"). A place before the noun is where the unit is
// ("Quarbin's Tervane subsidiary"), as is a name after a preposition of
// place before the comma ([unitTowns]); a titled person is no
// unit.
func firmUnit(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 || m.Title != "" ||
		m.End >= len(text) || names.Tables().KnownPlace(m.key) || names.IsRegion(m.key) {
		return false
	}
	if lineGap(text, m.End) {
		p, _ := prevWordFast(text, m.Start)
		n, _ := nextWord(text, m.End)
		return possessiveEnd(p) && upperWord(p) && unitNouns[strings.TrimRight(n, ",.;:")]
	}
	rest, ok := commaRest(text, m.End) // tail16e: or a comma at a line's end
	if p, ps := prevWordFast(text, m.Start); !ok || unitTowns[strings.ToLower(p)] && !dealOf(text, p, ps) {
		return false // "Quarbin BV of Tervane, a subsidiary of", "a service in Tervane, a division of"
	}
	a, ae := nextWord(rest, 0)
	if a != "a" && a != "an" {
		return itsUnit(rest) // tail12g
	}
	n, ne := nextWord(rest, ae)
	of, _ := nextWord(rest, ne)
	return unitNouns[n] && of == "of"
}

// unitTowns stand before a town's name: "Quarbin BV of Tervane, a
// subsidiary of", "the statistics service in Tervane, a division of".
var unitTowns = names.Set{"of": true, "in": true, "at": true, "near": true, "from": true, "outside": true}

// appositionEnds end the words of an apposition: "Zorbit, a new chip
// that", "Zorbit, a drug used", "Zorbit, a system for".
var appositionEnds = names.Set{"that": true, "which": true, "for": true, "used": true, "to": true, "with": true,
	"from": true, "by": true, "in": true, "on": true, "and": true, "designed": true, "made": true,
	"developed": true, "sold": true, "being": true, "now": true, "due": true, "expected": true, "whose": true}

// thingApposition reports whether a name the recognizer took for an
// organization or a person is a thing by its apposition: a comma, "a" or
// "an", and lower-case words whose last (the head) is a kind of thing
// ([ownedNouns] but [firmLikeHeads], or "architecture"): "Zorbit, a recently
// announced PC-to-PC communications architecture", "Zorbit, an
// anti-asthma drug that". An apposition whose head a firm's noun follows
// is no thing's ("Zorbit, a software company"; the head is "company"),
// nor one that goes on with "of" ("Zorbit, a network of banks").
func thingApposition(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 4 {
		return false
	}
	rest, ok := commaRest(text, m.End) // tail16e: or a comma at a line's end
	if !ok {
		return false
	}
	head, ok := thingAppositionHead(rest)
	if !ok {
		return false
	}
	return (ownedNouns[head] && !firmLikeHeads[head] || head == "architecture") && thingName(m, m.words)
}

// thingAppositionHead reads the noun phrase after "a" or "an" at rest's start
// and returns its head: the last of up to seven lower-case (or hyphened)
// words before a word of [appositionEnds] or a mark. ok is false when rest
// does not begin with "a" or "an", or when the phrase goes on with "of"
// ("a network of banks": the head is the "of" phrase's, not read here).
func thingAppositionHead(rest string) (head string, ok bool) {
	a, i := nextWord(rest, 0)
	if a != "a" && a != "an" {
		return "", false
	}
	for n := 0; n < 7; n++ {
		w, we := nextWord(rest, i)
		k := strings.TrimRight(w, ",.;:")
		if k == w && appositionFigure(k) { // tail14d: "a 300 dlr program"
			i = we
			continue
		}
		if k == "" || !isLowerASCII(k[0]) && !strings.Contains(k, "-") || appositionEnds[k] {
			break
		}
		if k == "of" {
			return "", false
		}
		head = k
		if k != w {
			break
		}
		i = we
	}
	return head, true
}

// firmLikeHeads are the [ownedNouns] that an apposition gives a firm or a
// person as well as a thing: "Zorbit, a music download service", "Zorbit,
// a blog search engine" (web firms), "Ann Rigby, a model".
var firmLikeHeads = names.Set{"model": true, "models": true, "service": true, "network": true, "engine": true,
	"engines": true, "platform": true}
