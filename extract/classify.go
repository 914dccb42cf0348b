package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// classify applies alias rules, the country and agency tables and what a
// mention's words say of its type, and decides whether it credits a
// source.
func (r *Resolver) classify(text string, m *mention) {
	r.applyAlias(m)
	state := false
	if m.forced == "" && m.canon == "" && m.country < 0 {
		if st := stateAfterCity(text, m); st != "" {
			m.canon, m.typ, m.typed, state = st, Location, true, true
		}
	}
	if m.forced == "" && m.canon == "" && m.country < 0 {
		r.applyTables(text, m)
	}
	if m.country < 0 && m.agency < 0 && m.forced == "" && !state {
		was := m.typ
		r.typeByWords(text, m)
		if headOnlyRetyped(text, was, m) && (m.typ != Org || !houseHead(text, m)) { // tail10yx; tail14h: houseHead
			m.typ, m.typed = Person, false // "Ann Lane": the recognizer's person stands
		}
		if _, dem := r.t.DemonymByKey[m.key]; (dem || continentAdjectives[m.key]) && m.typ == Org && m.canon == "" && !r.opts.Demonyms && demonymAdjective(text, m) {
			m.typ, m.typed = Misc, true // "Japanese investors", "British shares"
		}
		if m.typ != Misc && m.typ != Person && m.canon == "" && compassDemonym(r.t, text, m) {
			m.typ, m.typed = Misc, true // "other Eastern European countries"
		}
	}
	if m.typ == Person && m.Title == "" {
		m.Title = titleBefore(text, m.Start)
	}
	if m.typ == Org {
		outlet := m.agency >= 0 || names.IsOutletName(m.key)
		if creditRole(text, m.Start, m.End, outlet) {
			m.Role = RoleSource
		}
	}
}

// applyAlias applies the user's alias rule for the mention's name, if any.
func (r *Resolver) applyAlias(m *mention) {
	a, ok := r.aliases[m.key]
	if !ok {
		return
	}
	if a.Type != "" {
		m.typ = a.Type
	}
	if id, ok := parseID(a.Canonical); ok {
		m.forced = id
		if strings.HasPrefix(id, "country:") {
			m.country = r.t.CountryByCode[strings.TrimPrefix(id, "country:")]
			m.forced = ""
		}
	} else if c, ok := names.LookupCountry(a.Canonical); ok && (a.Type == "" || a.Type == Country) {
		m.country = r.t.CountryByCode[c.Alpha2]
	} else {
		m.canon = a.Canonical
	}
	if m.country >= 0 {
		m.typ = Country
	}
}

// applyTables looks the mention up in the tables of countries, places,
// demonyms and agencies.
func (r *Resolver) applyTables(text string, m *mention) {
	if c := r.hyphenCountry(m); c >= 0 {
		m.country, m.typ = c, Country // "Trinidad-Tobago"
		return
	}
	if c := r.t.Country(m.Name, m.key); c >= 0 && (!r.t.Countries[c].Weak || m.typ == Location) {
		if bareTailAlias(text, m, r.t.Countries[c]) {
			return // tail15m: "a deal with Emirates", another name's
		}
		if countryTown(text, m) { // tail12u: "Peru, Ind.", a town
			m.typ, m.typed = Location, true
			return
		}
		m.country, m.typ = c, Country
		return
	}
	if c := r.stateForm(m.key); c >= 0 {
		m.country, m.typ = c, Country // "the Republic of Finland" issues bonds
		return
	}
	if r.t.Places[m.key] && m.typ != Location && !squadClub(text, m) { // tail11p
		// A capital or a big city the recognizer took for a person or
		// organization ("Pyongyang said").
		m.typ, m.typed = Location, true
		return
	}
	if names.OtherDemonyms[m.key] && m.typ != Person {
		m.typ = Misc
		return
	}
	if c, ok := r.t.DemonymByKey[m.key]; ok && m.typ != Person {
		if r.opts.Demonyms {
			m.country, m.typ = c, Country
		} else if m.typ != Org {
			m.typ = Misc
		}
		return
	}
	if a := r.t.Agency(m.Name, m.key); a >= 0 && (m.typ != Person || names.Agencies[a].Strong) {
		m.agency, m.typ = a, Org
	} else if a, ok := r.t.AgencyCredit[m.key]; ok && aloneOnLine(text, m.Start, m.End) {
		m.agency, m.typ = a, Org // "Reuter" alone on the last line
	}
}

// demonymAdjective reports whether a demonym of one word the recognizer
// took for an organization is an adjective before its noun: "Japanese
// investors", "British shares closed lower". A firm's short name of that
// word ("American said its traffic rose", the airline) is followed by a
// verb of [firmVerbs], or by no lower-case word.
func demonymAdjective(text string, m *mention) bool {
	if len(m.words) != 1 || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	w, _ := nextWord(text, m.End)
	if w == "" || !unicode.IsLower(rune(w[0])) {
		return false
	}
	return !firmVerbs[strings.TrimRight(w, ",.;:")]
}

// firmVerbs follow a firm's short name as its verb: "American said",
// "Continental has".
var firmVerbs = names.Set{"said": true, "says": true, "say": true, "has": true, "had": true, "have": true,
	"is": true, "was": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "reported": true, "reports": true, "posted": true, "posts": true,
	"announced": true, "agreed": true, "plans": true, "planned": true, "expects": true, "expected": true,
	"added": true, "told": true, "declined": true, "also": true, "and": true, "or": true, "to": true,
	"which": true, "who": true, "earned": true, "lost": true, "flies": true, "flew": true, "bought": true,
	"sold": true, "won": true, "did": true, "does": true, "filed": true, "raised": true, "cut": true}

// stateForms begin a country's formal name: "Republic of Finland",
// "Kingdom of Sweden".
var stateForms = []string{"republic of ", "kingdom of ", "grand duchy of ", "principality of "}

// stateForm returns the country a formal name names ("republic of
// finland"), or -1. The Republic of China is Taiwan's name, not China's,
// the Republic of Vietnam was South Vietnam, and the Federal Republic of Germany was West Germany's until 1990, which
// the country table knows by date.
func (r *Resolver) stateForm(key string) int {
	for _, f := range stateForms {
		if rest, ok := strings.CutPrefix(key, f); ok && rest != "china" && rest != "vietnam" {
			if c := r.t.Country(rest, rest); c >= 0 && !r.t.Countries[c].Weak {
				return c
			}
		}
	}
	return -1
}

// typeByWords types a mention by its own words and the words around it,
// whatever the recognizer said: an event or law, a street or a stadium, a
// company suffix or an institution's head, an inner capital, a company
// cue.
func (r *Resolver) typeByWords(text string, m *mention) {
	switch {
	case names.MiscByWords(m.words) || r.notEntity(text, m) || modelProduct(text, m) || kindOnly(m.words) || sevensEvent(m.words) || titleAlone(text, m):
		m.typ, m.typed = Misc, true
	case financeTerm(text, m) || elevatorHeading(m) || planName(m) || reuterProduct(m) || creditRatingName(text, m) || r.weatherPhenomenon(text, m) || securityClass(m) || officeUnit(text, m) || commodityContract(text, m) || documentName(m) || postOfName(m) || demonymNoun(text, m): // tail14g: the last three
		m.typ, m.typed = Misc, true
	case brandPlural(text, m), quotedPerson(text, m), priceRowLabel(text, m), currencyPerWeight(text, m), medalEvent(text, m), // tail13e: quotedPerson, priceRowLabel; tail13j: currencyPerWeight; tail13l: medalEvent
		resultRowLabel(text, m),                                                                  // tail14e
		holidayName(text, m), possessiveOpener(m), pollName(text, m), maruShip(m), dowAverage(m), // tail14m
		feastFigure(text, m),   // tail14z
		policyPaper(m),         // tail16c
		r.unnamedBody(text, m): // tail14v
		m.typ, m.typed = Misc, true
	case sentenceAdverb(text, m), formAlone(m), digitPerson(m), genreOpener(text, m), lyOpener(text, m): // tail12c: formAlone; tail13w: digitPerson; tail13v: genreOpener; tail14g: lyOpener
		m.typ, m.typed = Misc, true
	case suffixOpener(text, m), languageName(m): // tail16k: languageName
		m.typ, m.typed = Misc, true
	case screenThing(m), r.qualifiedGrade(text, m),
		treatyName(m),         // tail10yh
		r.crudeGrade(m),       // tail10yn
		r.crudeByCue(text, m): // tail10yw
		m.typ, m.typed = Misc, true
	case numberName(m) && m.canon == "":
		m.typ, m.typed = Misc, true
	case len(m.words) >= 2 && names.PlaceTails[m.words[len(m.words)-1]] && m.canon == "" && !officerApposition(text, m), // tail14w: officerApposition
		names.FacilityByWords(m.words) && m.canon == "", facilityAfter(text, m), facilitySite(text, m), ownedSite(text, m), // tail13s: ownedSite
		worksSiteAfter(text, m),
		len(m.words) == 1 && names.Shires[m.key] && m.canon == "", shireAfterTown(text, m), bornInTown(text, m), provincePlace(text, m), blocRegion(m), ownedProperty(text, m), // tail13s: shireAfterTown, bornInTown; tail14b: provincePlace; tail14d: blocRegion, ownedProperty
		(m.typ == Org || m.typ == Person) && (naturalPlace(m) || townBeforeState(text, m) || townInList(text, m)), compassCounty(text, m), headPlace(m), plantUnit(text, m), weatherTown(text, m),
		pairedTownList(text, m), countyPair(text, m), pluralCountyName(m), // tail17w
		addressTown(text, m), firmSeat(text, m), townPairList(text, m), addressRegion(text, m), countyPlace(text, m), theKindPlace(text, m), // tail11d; tail13v: townPairList; tail14e: addressRegion, countyPlace, theKindPlace
		mineSite(text, m), petroleumReserve(m), countyAbbrev(text, m), wellSite(text, m), // tail14h: countyAbbrev; tail14l: wellSite
		provinceSeat(text, m), stateListMember(text, m), spanishPlaceOpener(text, m), placeListMember(text, m), // tail14m; tail14n: spanishPlaceOpener; tail15h: placeListMember
		placeKindOf(text, m), mineWorking(text, m), ownPlant(text, m), // tail10yl
		disasterTown(text, m), elevatorTown(text, m),
		givenNamePlace(text, m), thePluralPlace(text, m), // tail17n: thePluralPlace
		powerStation(text, m): // tail12i
		m.typ, m.typed = Location, true
	case tablePlaceByWords(r.t, m):
		m.typ, m.typed = Location, true
	case constituencyCue(text, m) || seatName(text, m) || groundPerson(text, m) || placeKindApposition(text, m): // tail13l: seatName; tail16q: groundPerson, placeKindApposition
		m.typ, m.typed = Location, true
	case nearTown(text, m) || r.placePosition(text, m): // tail10zy
		m.typ, m.typed = Location, true
	case airBase(m) || buildingName(text, m), // tail10yb, tail10yw
		r.judicialDistrict(m): // tail10yn
		m.typ, m.typed = Location, true
	case radioStation(m) || radioOutlet(m) || resultLine(text, m) || bourseName(m) || callSign(m), // tail10yb, tail10yw; tail14m: radioOutlet; tail14n: callSign
		airlineName(text, m), fleetFirm(m), theFirmKind(text, m), // tail12w; tail13s: fleetFirm; tail14b: theFirmKind
		kindTheName(text, m): // tail13d
		m.typ, m.typed = Org, true
	case provinceTown(text, m): // tail10yc
		m.typ, m.typed = Location, true
	case (m.typ == Org || m.typ == Person) && placeNounList(text, m): // tail10yc
		m.typ, m.typed = Location, true
	case policeStation(text, m), // tail10yd
		venuePerson(text, m), // tail10yi
		hillPlace(text, m):   // tail10yp
		m.typ, m.typed = Location, true
	case fashionLabel(text, m) || firmTailPerson(m) || chainFirm(text, m) || houseName(text, m), // tail10yd; tail14h: houseName
		divisionName(m) || outletChain(text, m) || suffixOwnerUnit(text, m) || namedUnit(text, m), // tail14m; tail14w: suffixOwnerUnit; tail15h: namedUnit
		firmKindTail(m),           // tail12i
		worksFirmName(m),          // tail17q
		r.firmApposition(text, m): // tail11d
		m.typ, m.typed = Org, true
	case firstNamePerson(text, m) || roleCharacter(text, m) || roleGivenPerson(text, m) || sovereignName(m) || officerApposition(text, m), // tail10zy; tail13s: roleGivenPerson; tail14m: sovereignName; tail14w: officerApposition
		initialPerson(text, m) || initialsListPerson(text, m): // tail14v; tail15l: initialsListPerson
		m.typ, m.typed = Person, true
	case djPerson(m) || kinPerson(text, m) || stagePerson(text, m) || peopleKindList(text, m): // tail13v: peopleKindList
		m.typ, m.typed = Person, true
	case looksLikeOrg(m), danishForm(m), foreignFirmWord(m), nationalSide(m.words), foreignFirm(m), foreignBody(m), firmUnit(text, m), sportsClub(m), headOrg(m), fixtureLine(text, m),
		ensembleName(m), mastheadName(m), magazineName(m), // tail12w; tail14n: magazineName
		articleUnit(text, m), operaCompany(text, m): // tail11i; tail18a: operaCompany
		m.typ, m.typed = Org, true
	case len(m.words) == 1 && names.IsCamelCase(m.Name) && m.canon == "" && !r.t.Places[m.key] && !camelPlayer(text, m): // tail15b: camelPlayer
		m.typ, m.typed = Org, true
	case (m.typ == Location || m.typ == Misc) && anyField(m.Name, names.IsCamelCase) && !r.t.KnownPlace(m.key): // tail14v: a place the tables know, miscased ("New jErsey"), stays one
		// "Channel NewsAsia": people's names with inner capitals are
		// tagged as people ("Matt LaFleur"), places' never have one.
		m.typ, m.typed = Org, true
	case m.typ != Org && !r.t.KnownPlace(m.key) && companyCue(text, m, m.typ != Person):
		m.typ, m.typed = Org, true
	case m.typ != Org && m.country < 0 && leadManager(text, m):
		m.typ, m.typed = Org, true
	case (staffAfterFirm(text, m) || staffOfFirm(text, m)) && !r.t.KnownPlace(m.key): // tail10ya; tail13r: staffOfFirm
		m.typ, m.typed = Org, true
	case m.typ != Org && (firmRoleAfter(text, m) || firmBuyer(text, m) || bandCue(text, m) || genreAct(text, m) || carrierCue(text, m) || firmPossessive(text, m) || firmWhich(text, m) || firmList(text, m) || firmPluralRun(text, m) || bodyKindList(text, m) || leaderAfter(text, m) || // tail13s: genreAct; tail13v: bodyKindList
		r.dealFirm(text, m) || r.firmNounBefore(text, m) || // tail10yl
		firmOfIts(text, m) || businessOf(text, m) || titledFirm(text, m) || sharePriceAfter(text, m) || basedFirm(text, m) || // tail13e: sharePriceAfter, basedFirm; firmOfIts reads a firm's possessive too
		leadPlaceBasedFirm(text, m) || // tail13k
		r.officeEmployer(text, m) || firmStaffPossessive(text, m) || // tail12p: officeEmployer, firmStaffPossessive
		adviserFirm(text, m) || // tail12w: adviserFirm
		firmSaidIt(text, m) || // tail16s: firmSaidIt
		r.stakeFirm(text, m) || // tail17e: stakeFirm
		spokesFirm(text, m) || dealVerbFirm(text, m) || firmPossessiveSaid(text, m) || // tail17k: spokesFirm, dealVerbFirm, firmPossessiveSaid
		bandMemberOf(text, m) || // tail18a
		decimalMoveFirm(text, m)) && !r.t.KnownPlace(m.key): // tail17q
		m.typ, m.typed = Org, true
	case (fullFirmCue(text, m) || leaderOrBandBefore(text, m)) && !r.t.KnownPlace(m.key): // tail11i: leaderOrBandBefore
		m.typ, m.typed = Org, true
	case tradeFirm(text, m) && !r.t.KnownPlace(m.key):
		m.typ, m.typed = Org, true
	case outletAfter(text, m), editorOutlet(text, m): // tail16k: editorOutlet
		m.typ, m.typed = Org, true
	case webFirm(m) || mixedAcronym(m): // tail17i: mixedAcronym
		m.typ, m.typed = Org, true
	case r.firmShortPlace(text, m) || r.matchOpponent(text, m): // tail14y: matchOpponent
		m.typ, m.typed = Org, true
	case realNameAfter(text, m) || r.whoPerson(text, m): // tail14o: whoPerson
		m.typ, m.typed = Person, true
	case initialPlayer(text, m) || refereeName(text, m): // tail13s: refereeName
		m.typ, m.typed = Person, true
	default:
		if t := cmp.Or(kindNounType(text, m), kindSubjectType(text, m), kindBeforePlace(text, m), lateKindType(text, m), bareKindSubject(text, m)); t != "" { // tail10yx; tail12p: kindBeforePlace; tail12q: lateKindType; tail13d: bareKindSubject
			m.typ, m.typed = t, true
		}
	}
}

// sevensEvent reports whether a name is a rugby sevens tournament's by its
// last word: "the Tervane Sevens", "the World Sevens". After a country or
// a home nation it is the country's sevens side ("the Wales Sevens
// squad"), no event, and after a word of [stationWords] a broadcaster's.
func sevensEvent(words []string) bool {
	n := len(words)
	if n < 2 || words[n-1] != "sevens" {
		return false
	}
	side := strings.Join(words[:n-1], " ")
	return !homeNations[side] && names.Tables().Country(side, side) < 0 && !stationWords[words[n-2]]
}

// stationWords name a broadcaster's outlets before a number's plural: "the
// Channel Sevens in two cities" are stations, no tournament.
var stationWords = names.Set{"channel": true, "network": true, "station": true}

// notEntity reports whether a mention names a work, a product, a people or
// an illness rather than an entity, by its words or the words around it: a
// kind of work before it ("the album Lifeblood", "PlayStation 2 title
// Singstar"), a capitalized "The" inside a sentence that begins a title
// ("a sequel to The Mask of Zorro"), a question word that begins a title
// ("Who Wants" of "Who Wants to be a Millionaire?"), a people ("Swedes",
// "British Citizens", "British TV") or "'s disease" after a surname
// ("Parkinson's and Motor Neurone disease").
func (r *Resolver) notEntity(text string, m *mention) bool {
	if m.canon != "" || len(m.words) == 0 {
		return false
	}
	if _, known := names.Known(m.Name); known || r.t.KnownPlace(m.key) {
		return false
	}
	first, last := m.words[0], m.words[len(m.words)-1]
	switch {
	case len(m.words) >= 2 && names.Interrogatives[first] && upperWord(m.Name):
		return true
	case len(m.words) == 1 && m.typ != Person && pluralDemonym(r.t, m.key):
		return true
	case len(m.words) == 2 && r.t.IsDemonym(first) && names.PeopleNouns[last]:
		return true
	case m.typ == Person && len(m.words) == 1 && illnessAfter(text, m.End):
		return true
	case strings.Contains(m.Name, `."`) || strings.Contains(m.Name, `,"`):
		return true // words glued across a lost space: `carpet."It`
	case len(m.words) == 1 && m.typ == Location && r.t.CityCountry[m.key] == "" && !r.t.Places[m.key] && !names.IsRegion(m.key) &&
		upperWord(m.Name) && !stateAbbrev(text, m) && ner.CommonWord(m.Name):
		// A common word taken for a place: "Born", "Floor", "Network". The
		// towns among them that the tables do not know go too ("Split",
		// "Mobile"): they are far fewer.
		return true
	case partyTag(text, m):
		return true
	case len(m.words) == 1 && m.typ != Person && openingWord(text, m):
		return true
	case m.typ == Person && m.Title != "" && (m.key == "election" || m.key == "elections" || m.key == "agreement"):
		return true // "the General Election", the General Agreement on Tariffs and Trade: "General" is no general's title here
	case modelName(m.Name) || indexName(m):
		return true
	case len(m.words) == 1 && (tickerAfter(text, m) || wireCode(text, m) || closedWord(m)): // closedWord: tail13x
		return true
	case kindTitle(text, m):
		return true
	case indexAfter(text, m):
		return true
	case titleByShape(text, m) || familyGroup(text, m): // tail10zv
		return true
	case stockSeries(m): // tail10ya
		return true
	case shipTakenPart(text, m): // tail10ya
		return true
	case portfolioOfOffice(text, m): // tail10yc
		return true
	case len(m.words) == 1 && tickerInBrackets(text, m): // tail10yc
		return true
	case productThing(text, m): // tail10yd
		return true
	case tradeNoun(text, m): // tail10yj
		return true
	case makerProduct(text, m): // tail10yi
		return true
	case monthTypo(m) || calendarPhrase(text, m) || ofEnding(m): // tail10yk; tail15v: calendarPhrase, ofEnding
		return true
	case lonelyOpener(text, m): // tail11e
		return true
	case noteRunOn(text, m): // tail12i
		return true
	case commonStart(text, m) || pluralOwnerStart(text, m): // tail11u; tail13y: pluralOwnerStart
		return true
	case portfolioAfterOffice(text, m) || officeTail(text, m) || portfolioBeforeOffice(text, m) || portfolioBeforeAnd(text, m) || portfolioBeforeHolder(text, m): // tail11j, tail11o; tail14c: portfolioBeforeAnd; tail14p: portfolioBeforeHolder
		return true
	case numberedModel(text, m): // tail13u
		return true
	}
	return workCue(text, m) || workAfter(text, m) || workByKind(text, m) || workNames(text, m) || lawAfter(text, m) || shipCue(text, m) || shipPrefix(m) || shipTaken(text, m) || shipBracket(text, m) || shipTonnage(text, m) || seePageCode(text, m) || starringAfter(text, m) ||
		shipApposition(text, m) || // tail16y
		titlePiece(text, m) || workApposition(text, m) || castAfter(text, m) || workTitle(text, m) || eventName(text, m) ||
		thingTail(text, m) || titleCaseRun(text, m) // tail14z: titleCaseRun
}

// tickerAfter reports whether a one-word name in capitals is a stock's
// ticker symbol after the word "symbol" or "ticker", perhaps in quotes:
// "under the symbol QRBN", "under the Nasdaq symbol \"QRBNW.\"". The
// firm's own name is elsewhere; Reuters' angle brackets ("<QRBN>") are
// another matter, left to linking.
func tickerAfter(text string, m *mention) bool {
	if !tickerShape(text, m) {
		return false
	}
	i := m.Start
	if i > 0 && text[i-1] == '"' {
		i--
	}
	p, _ := prevWord(text, i)
	return tickerCue(p) // tail13x: a comma too
}

// wireCode reports whether a one-word name of three to five capitals is a
// wire story's code between brackets with its time of day, as a digest
// of stories ends each: "(NRQZ 0213)".
func wireCode(text string, m *mention) bool {
	if !upperLetters(m.Name) || len(m.Name) < 3 || len(m.Name) > 5 || m.Start == 0 || text[m.Start-1] != '(' {
		return false
	}
	rest := text[m.End:]
	if len(rest) < 6 || rest[0] != ' ' || rest[5] != ')' {
		return false
	}
	for _, c := range rest[1:5] {
		if c < '0' || c > '9' {
			return false
		}
	}
	// A time of day, HHMM, not a year ("(OPEC 1987)").
	return rest[1:3] <= "23" && rest[3] <= '5'
}

// upperLetters reports whether w is two or more capital letters A to Z.
func upperLetters(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// partyTag reports whether a mention is the party and state an American
// legislator's name carries, in brackets or between commas: "D-Wis" of
// "William Proxmire, D-Wis.", "R-Iowa" of "Sen. Ann Rigby (R-Iowa)".
func partyTag(text string, m *mention) bool {
	party, state, ok := strings.Cut(m.Name, "-")
	if !ok || party != "D" && party != "R" && party != "I" || state == "" || !upperWord(state) {
		return false
	}
	letters := strings.ReplaceAll(state, ".", "")
	if len(letters) > 6 || strings.IndexFunc(letters, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	p, _ := prevWord(text, m.Start)
	before := m.Start > 0 && text[m.Start-1] == '('
	return before || strings.HasSuffix(p, ",")
}

// openingWords are the common words after which a sentence's first word
// ending in "-ing" is a preposition or a gerund, never a name: "Following
// the vote", "According to", "Trading of the shares".
var openingWords = names.Set{"the": true, "to": true, "of": true, "a": true, "an": true,
	"its": true, "their": true, "his": true, "her": true, "this": true, "that": true,
	"these": true, "those": true, "in": true, "on": true, "at": true, "for": true, "with": true}

// openingWord reports whether a mention of one word is a sentence's
// opening gerund or preposition: a common word ending in "-ing" that
// begins the sentence and is followed by a function word ("Following the
// exchange, ..."). "Reading said" is a company.
func openingWord(text string, m *mention) bool {
	if !strings.HasSuffix(m.key, "ing") || !sentenceStart(text, m.Start) || !ner.CommonWord(m.Name) {
		return false
	}
	w, _ := nextWord(text, m.End)
	return openingWords[w]
}

// productNouns name the kind of a product just after its name, after the
// maker's possessive: "its PATRAN software", "their new Orbit console".
// "His" and "her" are left out: "her Chanel model" is a person.
var productNouns = names.Set{"software": true, "product": true, "products": true, "system": true,
	"model": true, "drug": true, "console": true, "game": true, "computer": true, "computers": true,
	"handset": true, "program": true, "programme": true, "initiative": true}

// medicineNouns name a medicine after its name: "Cardizem tablets",
// "Meltus cough medicine" ("cough" before "medicine" or "syrup": alone
// "Chinese medicine" is a practice).
var medicineNouns = names.Set{"tablets": true, "capsules": true, "analgesic": true, "painkiller": true,
	"ointment": true}

// workAfter reports whether the words around a mention make it a work or a
// product by what follows it: its creator ("Buffy creator", "the creator
// of Family Guy"), a kind of product after the maker's possessive ("its
// PATRAN software", "its latest Orbit initiative"), or a medicine ("Meltus
// cough medicine"). A name that ends in an organization's word ("its
// Honeywell Information Systems computer business") is the maker's unit.
func workAfter(text string, m *mention) bool {
	if orgWord(last(m.words)) {
		return false
	}
	next, ne := nextWord(text, m.End)
	if strings.HasPrefix(next, "'s") || strings.HasPrefix(next, "’s") {
		next, _ = nextWord(text, ne)
	} else if next == "cough" {
		if n, _ := nextWord(text, ne); strings.TrimRight(n, ",.;:") == "medicine" || strings.TrimRight(n, ",.;:") == "syrup" {
			return true
		}
	}
	next = strings.TrimRight(next, ",.;:")
	if next == "creator" || medicineNouns[next] && m.End < len(text) && lineGap(text, m.End) {
		return true
	}
	p, ps := prevWord(text, m.Start)
	if p == "of" {
		if q, _ := prevWord(text, ps); q == "creator" {
			return true
		}
	}
	if !productNouns[next] || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	if p == "new" || p == "latest" {
		p, _ = prevWord(text, ps)
	}
	// "their Chelsea game" is a match: a game is a product only after "its".
	return p == "its" || p == "their" && next != "game"
}

// stateAbbrev reports whether m is a state's abbreviation with its period
// after it: "Ill.", "Mass.".
func stateAbbrev(text string, m *mention) bool {
	_, state := names.StateAbbrevs[m.key]
	return state && m.End < len(text) && text[m.End] == '.'
}

// pluralDemonym reports whether key is a people in the plural, "swedes" or
// "norwegians"; "swiss" is a people and a company's name.
func pluralDemonym(t *names.Index, key string) bool {
	if !strings.HasSuffix(key, "s") || strings.HasSuffix(key, "ss") {
		return false
	}
	return t.IsDemonym(key) || t.IsDemonym(strings.TrimSuffix(key, "s"))
}

// illnessAfter reports whether "'s" at i begins an illness's name:
// "Parkinson's disease", "Alzheimer's, Parkinson's and Motor Neurone
// disease".
func illnessAfter(text string, i int) bool {
	rest := text[i:]
	if !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
		return false
	}
	e := i
	for n := 0; n < 5; n++ {
		w, we := nextWord(text, e)
		if n == 0 {
			w = strings.TrimPrefix(strings.TrimPrefix(w, "'s"), "’s")
			if w != "" {
				return false // "Parkinson's" glued to more
			}
		}
		k := strings.ToLower(strings.Trim(w, ",.;:\"()"))
		if k == "disease" || k == "syndrome" || k == "diseases" {
			return true
		}
		if n > 0 && (w == "" || strings.ContainsAny(w, ".;:\"()")) {
			return false
		}
		e = we
	}
	return false
}

// workCue reports whether the words before a mention make it a work or a
// product: a kind of work ([names.WorkCues], [names.LooseWorkCues] after
// an article, a possessive, a number or a name), or a capitalized "The"
// inside a sentence before a person's name or a name with "of" that has
// no institution's words ("The Quiet Man", "The Mask of Zorro").
func workCue(text string, m *mention) bool {
	p, ps := prevWord(text, m.Start)
	cue := strings.ToLower(strings.TrimRight(p, ","))
	if strings.HasSuffix(p, ",") && !names.WorkCues[cue] {
		return false // "the film's stars, Jude Law"
	}
	if names.WorkCues[cue] {
		// "the director of the film, Vinod Pande, says": a person's full
		// name after the comma is an apposition to someone else.
		return !strings.HasSuffix(p, ",") || m.typ != Person || len(m.words) == 1
	}
	if names.LooseWorkCues[cue] && !strings.HasSuffix(p, ",") && !paragraphStart(text, m.Start) { // tail14b: paragraphStart
		q, _ := prevWord(text, ps)
		lq := strings.ToLower(q)
		switch {
		case lq == "a" || lq == "an" || lq == "new" || lq == "latest" || lq == "debut" || lq == "smash" || lq == "hit":
			return true
		case strings.HasSuffix(q, "'s") || strings.HasSuffix(q, "’s"):
			return true
		case q != "" && (upperWord(q) || unicode.IsDigit(rune(q[len(q)-1]))) && !sentenceStart(text, ps) && !strings.ContainsAny(q, ",.;:"):
			return true
		}
		return false
	}
	if p == "The" && !sentenceStart(text, ps) && !lineStart(text, ps) {
		// A plural is a band's ("The Red Hot Chili Peppers"), and a
		// company's words make a company ("The First National Bank of
		// Olney").
		if m.typ == Person {
			return !strings.HasSuffix(last(m.words), "s")
		}
		return slices.Contains(m.words, "of") && m.typ != Location && !slices.ContainsFunc(m.words, orgWord)
	}
	return false
}

// nationalSide reports whether words name a country's or a town's side by
// its number of players: "England XV", "Yorkshire XI" (not Louis XV).
func nationalSide(words []string) bool {
	return len(words) == 2 && (words[1] == "xv" || words[1] == "xi") && (isPlaceWords(words[:1]) || homeNations[words[0]] || names.Shires[words[0]])
}

// homeNations are the nations of the United Kingdom, which field their
// own sides but are no countries of the country table.
var homeNations = names.Set{"england": true, "scotland": true, "wales": true}

// last returns the last of words.
func last(words []string) string { return words[len(words)-1] }

// orgWord reports whether w is a word of organizations' names: a head, a
// company word or suffix.
func orgWord(w string) bool {
	return orgWords[w]
}

// anyOrgWord reports whether one of words is an organization's word
// ([orgWord]): the guard of the rules that take a name for a place, a
// person or a thing ("Acme Bank, West Sussex" stays a body).
func anyOrgWord(words []string) bool {
	for _, w := range words {
		if orgWords[w] {
			return true
		}
	}
	return false
}

// unmarkedName reports whether a mention's name has no organization's word
// ([anyOrgWord]) and is no well-known name ([names.Known]): the guard the
// rules that retype a name by the words around it share ([siteName],
// [Resolver.placePosition]).
func unmarkedName(m *mention) bool {
	if anyOrgWord(m.words) {
		return false
	}
	_, known := names.Known(m.Name)
	return !known
}

// orgWords is the union of the sets orgWord stands for, asked once
// instead of five times (some 30 rules ask it for every word of a name).
var orgWords = func() names.Set {
	u := names.Set{}
	for _, s := range []names.Set{names.OrgHeads, names.GenericOrgHeads, names.CompanyWords, names.CorpSuffixes, names.GenericOrgWords} {
		for w, ok := range s {
			if ok {
				u[w] = true
			}
		}
	}
	return u
}()

// looksLikeOrg reports whether a mention's words make it an organization
// whatever the recognizer said: a company suffix, an institution's head
// word, or an acronym that is no country.
func looksLikeOrg(m *mention) bool {
	if m.acronym {
		return m.typ == Location || m.typ == Misc
	}
	return names.OrgByWords(m.words)
}

// titleBefore returns the title words just before a person's name that the
// recognizer left out of the span: "President" in "Russian President
// Vladimir Putin", "leader" in "North Korea leader Kim Jong Un".
func titleBefore(text string, start int) string {
	var title []string
	for i := start; len(title) < 5; {
		w, ws := prevWord(text, i)
		k := names.Key(w)
		if w == "of" && len(title) > 0 {
			if p, _ := prevWord(text, ws); names.Titles.Has(p) && !names.TitleOnly.Has(p) {
				title = append(title, w)
				i = ws
				continue
			}
		}
		if w == "" || !names.Titles[k] || strings.ContainsAny(w, ",;:()\"") {
			break
		}
		if k != "former" {
			title = append(title, w)
		}
		i = ws
	}
	slices.Reverse(title)
	for len(title) > 0 && (names.TitleOnly.Has(title[0]) || title[0] == "of") {
		title = title[1:]
	}
	return strings.Join(title, " ")
}

// stateAfterCity returns the state or Canadian province an abbreviation
// names when it follows a city and a comma, as in a dateline ("SANTA
// MARIA, Calif. -", "Oshawa, Ont."), or "".
// "New York" and "Washington" are the states, not the cities, after a
// town ("Bedford, New York") or beside another state ("Ohio, Minnesota
// and New York").
func stateAfterCity(text string, m *mention) string {
	if st, ok := cityStates[m.key]; ok {
		if stateBeside(text, m) {
			return st
		}
		return ""
	}
	st, ok := names.StateAbbrevs[m.key]
	if !ok {
		st, ok = names.ProvinceAbbrevs[m.key] // "Oshawa, Ont."
	}
	if !ok || len(m.words) != 1 {
		return ""
	}
	before := strings.TrimRight(text[:m.Start], " \n\t") // Reuters wraps its lines: "Napa,\nCalif"
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	p, _ := prevWord(text, len(before)-1)
	if !upperWord(p) {
		return ""
	}
	return st
}

// sentenceStart reports whether the word at i begins a sentence: the text
// or a line begins there, or a period ends the word before.
func sentenceStart(text string, i int) bool {
	if lineStart(text, i) {
		return true
	}
	w, ws := prevWord(text, i)
	if strings.HasSuffix(w, ".") && abbreviationEnd(w) { // tail10yh
		return false
	}
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, `"`) ||
		w == "-" && datelineDash(text, ws) // tail16z
}

// phraseEnd reports whether a place's name that ends at i ends its phrase:
// punctuation, or a word that begins another ("Goldendale, Washington,
// and Portland", "in Richmond, Washington that makes ...").
func phraseEnd(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " ")
	if rest == "" || strings.ContainsAny(rest[:1], ",.;:)\n") {
		return true
	}
	w, _ := nextWord(text, i)
	return phraseWords[strings.ToLower(w)]
}

// phraseWords begin a phrase after a place's name.
var phraseWords = names.Set{"and": true, "or": true, "that": true, "which": true, "where": true, "state": true}

// upperWord reports whether w begins with a capital letter: a town's name
// may stand before a state's, a year not ("In October 1985, Washington
// outlined a strategy").
func upperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// cityStates are the states that share their name with a city.
var cityStates = map[string]string{"new york": "New York State", "washington": "Washington State"}

// stateBeside reports whether the mention at m names a state rather than
// a city: it follows a town and a comma ("Bedford, New York") or stands in
// a list beside a state ("Ohio, Minnesota and New York").
func stateBeside(text string, m *mention) bool {
	t := names.Tables()
	isState := func(w string) bool {
		k := names.Key(strings.Trim(w, ",.;:"))
		_, abbr := names.StateAbbrevs[k]
		return abbr || t.CityCountry[k] == "US" && !t.Places[k] && t.KnownPlace(k)
	}
	before := strings.TrimRight(text[:m.Start], " \n\t") // Reuters wraps its lines: "Napa,\nCalif"
	p, _ := prevWord(text, len(before))
	if strings.HasSuffix(before, ",") {
		var ps int
		p, ps = prevWord(text, len(before)-1)
		// A town the tables do not know as a city, "Bedford, New York",
		// not in a list of cities ("Bonn, Washington and Tokyo") nor after
		// an opening word ("On Friday, Washington announced"): the state
		// ends its phrase.
		k := names.Key(p)
		if p2, _ := prevWord(text, ps); upperWord(p2) {
			if k2 := names.Key(p2 + " " + p); t.Places[k2] || t.CityCountry[k2] != "" {
				k = k2 // "New York, Washington and Miami"
			}
		}
		town := upperWord(p) && !t.Places[k] && t.CityCountry[k] == "" && t.Country(p, k) < 0 && !names.NoExtend.Has(p) && !sentenceStart(text, ps)
		if town && phraseEnd(text, m.End) || isState(p) {
			return true
		}
	} else if p == "and" || p == "or" {
		q, _ := prevWord(text, len(before)-len(p))
		return isState(q)
	}
	n, _ := nextWord(text, m.End)
	return (strings.HasPrefix(n, ",") || n == "and") && isState(nextAfter(text, m.End))
}

// firmKinds are kinds of firm written right before a firm's name:
// "literary agency Curtis Brown", "carmaker Nissan", "computer giant
// Quarbin Zorbit".
var firmKinds = names.Set{"agency": true, "firm": true, "company": true, "brokerage": true, "retailer": true,
	"carmaker": true, "automaker": true, "chipmaker": true, "drugmaker": true, "insurer": true,
	"airline": true, "supermarket": true, "conglomerate": true, "giant": true}

// industryBefore reports whether the word before i, ending at i, names a
// trade, as in "software giant Zorbit" or "mobile phone giant Zorbit": a
// lower-case word that is no article or possessive ("the giant Quarbin
// Field" is an oil field, no firm).
func industryBefore(text string, i int) bool {
	q, _ := prevWordFast(text, i)
	return q != "" && unicode.IsLower(rune(q[0])) && !giantNot[q] && !strings.ContainsAny(q, ".,;:()\"!")
}

// giantNot are the lower-case words before "giant" that say nothing of a
// trade.
var giantNot = names.Set{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "one": true, "another": true, "of": true, "and": true, "or": true}

// firmPlurals open a list of firms: "companies such as A, B and C",
// "firms including A and B".
var firmPlurals = names.Set{"companies": true, "firms": true, "makers": true, "manufacturers": true,
	"carmakers": true, "chipmakers": true, "retailers": true, "insurers": true, "airlines": true,
	"giants": true}

// firmList reports whether a name the recognizer took for a person stands
// in a list of firms that a plural noun for firms opens ([firmPlurals]):
// before it, back to "such as" or "including" and the noun, only
// capitalized words, commas and "and" ("technology companies such as
// Quarbin, Zorbit, and Ann Lemmo"). A person in such a list is a firm
// named after its founders.
func firmList(text string, m *mention) bool {
	if m.typ != Person {
		return false
	}
	i := m.Start
	for n := 0; n < 16; n++ {
		w, ws := prevWordFast(text, i)
		lw := strings.ToLower(w)
		switch {
		case w == "":
			return false
		case lw == "including":
			return firmPluralBefore(text, ws) // tail12w
		case lw == "as":
			p, ps := prevWordFast(text, ws)
			q, _ := prevWordFast(text, ps)
			return p == "such" && firmPlurals[strings.ToLower(q)]
		case lw == "and" || upperWord(w) && !strings.ContainsAny(strings.TrimSuffix(w, ","), ".,;:()\"!"):
			i = ws
		default:
			return false
		}
	}
	return false
}

// staffNouns are a firm's staff that "at" or "with" and the firm follow:
// "an analyst at Petercam".
var staffNouns = names.Set{"analyst": true, "analysts": true, "economist": true, "strategist": true,
	"consultant": true, "dealer": true, "trader": true, "broker": true}

// companyCue reports whether the words around a mention say it is a
// company: a stock symbol after it ("(CSCO.O)", "<TEX>"), Reuters' angle
// brackets around it ("<Texas Air Corp>"), "shares of" before it or
// "shares" after it, a firm's kind or staff before it ("carmaker Nissan",
// "analyst at Petercam", "chief executive of Metrojaya"), or, unless strong is asked, "its" soon after it
// ("Linksys will keep its brand"). "Said it would" is no cue: people say
// it of other things all the time.
func companyCue(text string, m *mention, strong bool) bool {
	after := text[m.End:min(len(text), m.End+60)]
	if strings.HasPrefix(after, ">") && strings.HasSuffix(text[:m.Start], "<") {
		return true
	}
	w1, e1 := nextWord(text, m.End)
	w1 = strings.TrimPrefix(w1, "'s")
	if isTicker(strings.Trim(w1, "()<>,.;:")) && (strings.HasPrefix(w1, "(") || strings.HasPrefix(w1, "<")) {
		return true
	}
	if k := strings.ToLower(strings.Trim(w1, ",.;:")); k == "shares" || k == "stock" {
		return true
	}
	if p, ps := prevWord(text, m.Start); strings.ToLower(p) == "of" {
		q, qs := prevWord(text, ps)
		if q = strings.ToLower(q); q == "shares" || q == "stake" {
			return true
		}
		// "chief executive of Metrojaya", "managing director of Paion".
		if r, _ := prevWord(text, qs); (q == "executive" && strings.ToLower(r) == "chief" || q == "director" && strings.ToLower(r) == "managing") &&
			!names.Tables().IsDemonym(m.key) {
			return true
		}
	} else if (firmKinds[p] || p == "operator" && (m.typ != Person || len(m.words) == 1)) && !names.Tables().IsDemonym(m.key) &&
		(p != "giant" || industryBefore(text, ps)) {
		// "literary agency Curtis Brown", "mobile operator Cellnet": a
		// firm's kind right before its name ("camera operator Jo Pike" is
		// a person's full name, "a firm Japanese market" an adjective).
		// "Chairman of the firm Gordon Wu" names the chairman.
		q, qs := prevWord(text, ps)
		r, _ := prevWord(text, qs)
		return m.typ != Person || q != "the" || r != "of"
	} else if p == "at" || p == "with" {
		// "an analyst at Petercam", "a consultant with Ovum"; not "at
		// Swiss Re" or "with London-based Cazenove", cut short.
		if q, _ := prevWord(text, ps); staffNouns[strings.ToLower(q)] && !strings.HasSuffix(m.key, "-based") && !names.Tables().IsDemonym(m.key) {
			return true
		}
	}
	if strong || strings.ContainsAny(w1, ",.;:") || peerNamed(m) { // tail11n: peerNamed
		return false
	}
	// "its" in the three words after it, before any punctuation; but a
	// name right before "its" or "as its" and an office is the office's
	// holder: "named Ann Okafor as its treasurer".
	w, e := w1, e1
	for i := 0; i < 3 && w != ""; i++ {
		if strings.ToLower(strings.Trim(w, ",.;:")) == "its" {
			return !(i == 0 || i == 1 && strings.EqualFold(w1, "as")) || !officeAfter(text, e)
		}
		if strings.ContainsAny(w, ",.;:\"") {
			break
		}
		w, e = nextWord(text, e)
	}
	return false
}

// officeWords name a firm's offices: "its chairman", "its chief
// executive", "its new general manager".
var officeWords = names.Set{"president": true, "chairman": true, "chairwoman": true, "treasurer": true,
	"chief": true, "vice": true, "executive": true, "director": true, "controller": true, "secretary": true,
	"senior": true, "general": true, "managing": true, "deputy": true, "counsel": true, "officer": true,
	"manager": true, "founder": true}

// officeAfter reports whether an office of [officeWords] begins right
// after i, maybe after "new" or "acting".
func officeAfter(text string, i int) bool {
	w, e := nextWord(text, i)
	if w = strings.ToLower(w); w == "new" || w == "acting" {
		w, _ = nextWord(text, e)
		w = strings.ToLower(w)
	}
	return officeWords[strings.TrimRight(w, ",.;:")]
}

// anyField reports whether f holds for a field of s, as
// slices.ContainsFunc(strings.Fields(s), f) did, without the slice.
func anyField(s string, f func(string) bool) bool {
	for w := range strings.FieldsSeq(s) {
		if f(w) {
			return true
		}
	}
	return false
}
