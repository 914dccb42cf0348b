package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cues by which a name the recognizer typed as an
// entity is a work, an award, an event or a product (MISC, no node of the
// graph): the list a plural noun for works opens (asked by [titlePiece]), an award's word after
// the name, a broadcaster in brackets, a code name, a year after a
// title, a car maker's model.

// workPlurals open a list of works: "hits including A and B", "titles
// such as A, B and C", "films, including 1947's A", "films were A".
// "Tracks" (race tracks) are left out.
var workPlurals = names.Set{"hits": true, "films": true, "movies": true, "songs": true, "singles": true,
	"albums": true, "titles": true, "games": true, "shows": true, "programmes": true, "programs": true,
	"series": true, "novels": true, "books": true, "dramas": true, "soaps": true, "sitcoms": true,
	"comedies": true, "documentaries": true, "musicals": true, "operas": true, "sequels": true, "plays": true,
	"thrillers": true}

// bareWorkPlurals are the [workPlurals] that name works even right before
// the first title, without "including" or "such as": "the singles A and
// B". "The titles Arsenal won", "the games Sony sells", "the hits Chelsea
// took", "he plays Hamlet" are not lists of works.
var bareWorkPlurals = names.Set{"films": true, "movies": true, "songs": true, "singles": true,
	"albums": true, "novels": true, "sitcoms": true, "documentaries": true, "musicals": true, "operas": true}

// titleWords are the lower-case words that may stand inside a list of
// titles: "Do the Right Thing", "Gangs of New York", "Where the Streets
// Have No Name". Any other lower-case word ends the list.
var titleWords = names.Set{"and": true, "of": true, "the": true, "a": true, "an": true, "in": true, "on": true,
	"to": true, "for": true, "with": true, "at": true, "is": true, "no": true, "or": true, "from": true}

// workList reports whether a mention stands in a list of titles that a
// plural noun for works opens ([workPlurals]): before it, back to the
// noun and its "including", "such as", "like", "include" or "were"
// ("films were Zorbit's Choice and ..."), only capitalized words,
// numbers, commas and the small words of titles ([titleWords]). An
// acronym with "'s" after it inside the list is a maker ("and EA's Need
// for Speed"), not a work; after a comma, "like" is "such as" for anything ("games, like
// AOL and Yahoo", sites that offer games). Right after the plural noun
// ([bareWorkPlurals]) a list of one is no list: "the films Ann Rigby
// made".
func workList(text string, m *mention) bool {
	p, _ := prevWordFast(text, m.Start)
	if listEndsAt(p) {
		// the cheap first question, asked before the word after the name
		// is read or any word folded: most names follow a word that ends
		// a list of titles at once ("said", "by")
		return false
	}
	opener := p == "including" || p == "as" || p == "like" || p == "include" || p == "included" || p == "were" ||
		workPlurals[p]
	if m.acronym && !opener && possessiveAt(text, m.End) {
		return false // a maker in the list: "and EA's Need for Speed" (but "Hobson's Choice")
	}
	if m.typ == Person && p != "" && p != "and" && p != "the" && !strings.HasSuffix(p, ",") && !opener &&
		!(isDigit(p[0]) && possessiveEnd(p)) {
		// A person's name inside a title or before a noun is no title
		// of the list: "The Diary of Ann Rigby", "the 1981 Ann Rigby
		// cover"; "1947's Ann Rigby" is the title of that year.
		return false
	}
	i, after := m.Start, m.Name // after: the word after the one read
	listed := false             // "and", "plus" or a comma read: two titles or more
	loose := false              // a small word of titles other than "and" read
	var fold [16]byte           // room for a word folded to lower case
	for n := 0; n < 24; n++ {
		w, ws := prevWordFast(text, i)
		if w == "" {
			return false
		}
		lw := strings.TrimRight(w, ",")
		if len(lw) <= len(fold) && isASCII(lw) {
			// strings.ToLower without its allocation for a capitalized
			// word: lw stays in this function, so its bytes stay on the
			// stack
			for j := 0; j < len(lw); j++ {
				fold[j] = lowerByte(lw[j])
			}
			lw = string(fold[:len(lw)])
		} else {
			lw = strings.ToLower(lw)
		}
		switch {
		case bareWorkPlurals[lw] && !strings.HasSuffix(w, ","):
			// The first title right after the noun, and no small word
			// read: "movies from Quarbin Pictures" lists makers, "the
			// singles A and B for Quarbin Records" names a label.
			return (listed || listedAt(text, m)) && !loose && (upperWord(after) || isDigit(after[0]))
		case lw == "including":
			return pluralBefore(text, ws, false) || titleEnds(text, m) && pluralAcross(text, ws)
		case lw == "like" && !strings.HasSuffix(w, ","):
			return pluralBefore(text, ws, true)
		case w == "include":
			return pluralBefore(text, ws, true) || titleEnds(text, m) && pluralAcross(text, ws)
		case w == "included":
			return titleEnds(text, m) && (pluralBefore(text, ws, true) || pluralAcross(text, ws))
		case w == "were":
			return pluralBefore(text, ws, true)
		case lw == "as":
			// "films such as", "such films as"
			if p, ps := prevWordFast(text, ws); p == "such" {
				return pluralBefore(text, ps, false)
			}
			return pluralBefore(text, ws, true)
		case strings.HasSuffix(w, ".") || strings.ContainsAny(w, ";:()\"!"):
			return false // another sentence or clause
		case titleWords[lw] || lw == "plus" || upperWord(w) || isDigit(w[0]):
			listed = listed || lw == "and" || lw == "plus" || strings.HasSuffix(w, ",")
			loose = loose || titleWords[lw] && lw != "and"
			i, after = ws, w
		default:
			return false
		}
	}
	return false
}

// listEndsAt reports whether p, the word before a mention, ends the list
// of titles that [workList] reads back at once: no word at all, or a word
// in lower-case ASCII letters that is no small word of titles
// ([titleWords], "plus"), no opener and no plural noun for works
// ([bareWorkPlurals]). A word in other letters is read by the list.
func listEndsAt(p string) bool {
	t := strings.TrimRight(p, ",")
	if t == "" {
		return p == ""
	}
	for i := 0; i < len(t); i++ {
		if !isLowerASCII(t[i]) {
			return false
		}
	}
	switch t {
	case "plus", "including", "include", "included", "like", "as", "were":
		return false
	}
	return !titleWords[t] && !bareWorkPlurals[t]
}

// listedAt reports whether a second title follows a mention, or stands in
// it: "A and B", "A, B", both in one span.
func listedAt(text string, m *mention) bool {
	next, _ := nextWord(text, m.End)
	return next == "and" || strings.HasPrefix(text[m.End:], ",") || strings.Contains(m.Name, " and ")
}

// lowerByte returns b in lower case when it is an ASCII capital.
func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// pluralBefore reports whether a plural noun for works ([workPlurals])
// ends right before i, with a comma after it unless tight ("hits
// including", "films, including", "films like").
func pluralBefore(text string, i int, tight bool) bool {
	p, _ := prevWordFast(text, i)
	if tight && strings.HasSuffix(p, ",") {
		return false
	}
	return workPlurals[strings.ToLower(strings.TrimSuffix(p, ","))]
}

// awardNouns follow an award's name: "the Quillsby prize", "five Varde
// awards", "the Varde film awards".
var awardNouns = names.Set{"award": true, "awards": true, "prize": true, "prizes": true}

// awardFields stand between an award's name and its noun: "the Varde film
// awards", "the Quillsby book prize".
var awardFields = names.Set{"film": true, "music": true, "book": true, "literary": true, "television": true,
	"tv": true, "theatre": true, "comedy": true, "drama": true, "poetry": true, "fiction": true}

// awardAfter reports whether a name the recognizer took for a person is
// an award's, by an award's noun after it ([awardNouns], maybe after a
// field, [awardFields]): "France's Varde film awards", "won five Varde
// awards". A body's or a company's name before "awards" may be the giver
// of the award ("the Quarbin Radio awards"), so only a person's is taken;
// a person's own award has a possessive ("Ann Rigby's award").
func awardAfter(text string, m *mention) bool {
	if m.typ != Person || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	w, we := nextWord(text, m.End)
	w = strings.TrimRight(w, ",.;:")
	if awardFields[w] {
		w, _ = nextWord(text, we)
		w = strings.TrimRight(w, ",.;:")
	}
	return awardNouns[w]
}

// categoryHeads end an award's category named in full after "Best": "Best
// Directorial Debut", "Best Solo Female", "Best Breakthrough Artist".
// "Best Buy" (a retailer) or "Best Western" end in no such word.
var categoryHeads = names.Set{"debut": true, "female": true, "male": true, "artist": true, "act": true,
	"actor": true, "actress": true, "film": true, "feature": true, "director": true, "album": true,
	"single": true, "song": true, "newcomer": true, "group": true, "band": true, "picture": true,
	"documentary": true, "screenplay": true, "video": true, "comedy": true, "drama": true, "game": true,
	"performance": true, "score": true, "soundtrack": true, "animation": true, "programme": true}

// awardCategory reports whether words name an award's category: "Best"
// first and a category's head last ([categoryHeads]).
func awardCategory(words []string) bool {
	return len(words) >= 2 && words[0] == "best" && categoryHeads[last(words)]
}

// channelNames are the broadcasters whose name in brackets follows a
// programme's: "Harbour Nights (BBC One)".
var channelNames = [...]string{"BBC One", "BBC Two", "BBC Three", "BBC Four", "BBC1", "BBC2", "BBC3", "BBC4",
	"ITV", "ITV1", "ITV2", "Channel 4", "Channel Five", "Five", "Sky One", "E4", "More4", "S4C"}

// channelAfter reports whether a broadcaster in brackets follows a
// mention ([channelNames]), which makes it a programme: "won best comedy
// over Harbour Nights (BBC One)".
func channelAfter(text string, m *mention) bool {
	rest, ok := strings.CutPrefix(text[m.End:], " (")
	if !ok {
		return false
	}
	for _, c := range channelNames {
		if r, ok := strings.CutPrefix(rest, c); ok && strings.HasPrefix(r, ")") {
			return true
		}
	}
	return false
}

// codeName reports whether a code name's words stand before a mention:
// "codenamed Quarbin", "code-named Quarbin", "the codename Quarbin",
// "code name Quarbin". A code name is a product's or a project's, no
// entity's.
func codeName(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p == `"` || p == "'" || p == "the" { // tail11c: `code-named "Quarbin"`, "codenamed the Quarbin"
		p, ps = prevWordFast(text, ps)
	}
	p = strings.ToLower(strings.TrimRight(p, ",:"))
	switch p {
	case "codenamed", "code-named", "codename", "code-name":
		return true
	case "name", "named":
		q, _ := prevWordFast(text, ps)
		return strings.EqualFold(q, "code")
	}
	return false
}

// yearAfter reports whether a year of four digits follows a mention, with
// nothing between: "Quarbin Rally 2005", "Varde Expo 2005", "Athens 2004"
// name a game, a show or an event of that year. A year after a comma
// ("Ann Rigby, 2005") or in brackets is not taken, nor a year before
// another name, nor a body's name.
func yearAfter(text string, m *mention) bool {
	rest := text[m.End:]
	if len(rest) < 5 || rest[0] != ' ' || !(rest[1] == '1' && rest[2] == '9' || rest[1] == '2' && rest[2] == '0') {
		return false
	}
	if !isDigit(rest[3]) || !isDigit(rest[4]) || len(rest) > 5 && (isWordByte(rest[5]) || rest[5] == '-') {
		return false // "1978-2", a partnership's number
	}
	// A name after the year is another name ("the Quarbin Academy 2004
	// Varde Lecture"), a figure's noun makes the year the figure's
	// ("Quarbin Falls 1986 production"), and a body's words make a body
	// of the name.
	next, _ := nextWord(text, m.End+5)
	return !upperWord(next) && !yearFigures[strings.TrimRight(next, ",.;:")] && !names.OrgByWords(m.words)
}

// yearFigures are the nouns of a year's figures after a name and a year:
// "Quarbin Falls 1986 production", "Zorbit 1987 sales".
var yearFigures = names.Set{"production": true, "sales": true, "output": true, "results": true, "net": true,
	"profit": true, "profits": true, "earnings": true, "revenue": true, "revenues": true, "budget": true,
	"exports": true, "imports": true, "figures": true, "income": true, "loss": true, "losses": true,
	"shipments": true, "capacity": true, "crop": true, "harvest": true, "dividend": true, "total": true,
	"prices": true, "deliveries": true, "spending": true}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// carMakers are car makers whose name, with one more word after it, is a
// model of theirs: "Quarbin" is not one, "Vauxhall Corsa" and "VW Beetle"
// are.
var carMakers = names.Set{"vw": true, "volkswagen": true, "vauxhall": true, "ford": true, "toyota": true,
	"honda": true, "nissan": true, "renault": true, "peugeot": true, "citroen": true, "fiat": true, "bmw": true,
	"audi": true, "mercedes": true, "porsche": true, "ferrari": true, "jaguar": true, "volvo": true,
	"saab": true, "skoda": true, "mazda": true, "hyundai": true, "kia": true, "chevrolet": true,
	"chrysler": true, "lexus": true, "mini": true, "bentley": true, "subaru": true, "mitsubishi": true,
	"cadillac": true, "buick": true, "opel": true, "lamborghini": true, "maserati": true, "dodge": true,
	"plymouth": true, "pontiac": true, "gmc": true, "isuzu": true, "oldsmobile": true, "daihatsu": true,
	"land rover": true, "range rover": true, "alfa romeo": true, "aston martin": true, "rolls royce": true,
	"smart": true}

// notModels are the words after a car maker's name that make a body or an
// event of the maker's, not a model: "Volvo Women" (a golf tournament),
// "Mercedes Benz" (the maker in full), "Ford Foundation".
var notModels = names.Set{"women": true, "men": true, "masters": true, "open": true, "benz": true,
	"foundation": true, "trust": true, "credit": true, "finance": true, "financial": true, "cars": true,
	"trucks": true, "racing": true, "team": true, "f1": true, "dealers": true, "dealer": true, "uk": true,
	"usa": true, "europe": true, "powertrain": true, "auto": true, "division": true, "brand": true,
	"brands": true, "heavy": true, "research": true, "administration": true, "supervisory": true}

// modelBefore are the words before a car model's name, as a thing: "the
// Quarbin Zorbit", "its new Quarbin Zorbit", "the sporty Quarbin Zorbit".
// A maker's unit follows other words: "its subsidiary Volvo Quarbin",
// "supplied by Nissan Quarbin".
var modelBefore = names.Set{"the": true, "a": true, "an": true, "new": true, "its": true, "their": true,
	"his": true, "her": true, "sporty": true, "used": true, "latest": true}

// modelAfter are the words after a car model's name that say what it is:
// "Quarbin Zorbit cars", "Quarbin Zorbit subcompact cars", "Saab Zorbit
// aircraft".
var modelAfter = names.Set{"car": true, "cars": true, "sedan": true, "sedans": true, "model": true,
	"models": true, "coupe": true, "coupes": true, "hatchback": true, "hatchbacks": true, "saloon": true,
	"subcompact": true, "compact": true, "minivan": true, "minivans": true, "aircraft": true, "crossover": true}

// carModel reports whether a mention is a car model: a car maker's name
// ([carMakers]) and one word of the model ("Vauxhall Corsa", "Land Rover
// Zorbit"), which is no organization's word, no place and no maker's
// ([notModels]), written as a thing ([modelBefore], a year or number
// before it, [modelAfter] after it) or in a list after another maker's
// model ("the Pontiac Zorbit and Chevrolet Quarbin"); or any name after a
// verb of driving and "a" ("drove a Rolls Royce", "driving a red
// Quarbin"). A firm in Reuters' angle brackets, a hyphenated name
// ("Saab-Scania") and a name after "by" (an author: "a picture book by
// Mini Quarbin") are no models.
func carModel(text string, m *mention) bool {
	if m.Start > 0 && text[m.Start-1] == '<' || strings.Contains(m.Name, "-") {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p == "by" {
		return false
	}
	if n := len(m.words); n >= 2 && n <= 3 {
		maker, model := strings.Join(m.words[:n-1], " "), m.words[n-1]
		if carMakers[maker] && !carMakers[model] && !notModels[model] && !orgWord(model) &&
			!names.Tables().KnownPlace(model) && !names.IsRegion(model) && !possessiveAt(text, m.End) {
			next, _ := nextWord(text, m.End)
			if modelBefore[strings.ToLower(p)] || p != "" && isDigit(p[0]) || modelAfter[strings.TrimRight(next, ",.;:")] ||
				afterModel(text, p, ps) {
				return true
			}
		}
	}
	if p != "a" && p != "an" {
		if p == "" || !isLowerASCII(p[0]) {
			return false
		}
		p, ps = prevWordFast(text, ps) // an adjective: "a red Quarbin"
		if p != "a" && p != "an" {
			return false
		}
	}
	v, _ := prevWordFast(text, ps)
	return v == "drove" || v == "drives" || v == "driving" || v == "drive"
}

// afterModel reports whether p, the word before a name that begins at ps,
// is "and" or ends in a comma after another maker's model of one word:
// "Chevrolet Zorbit and", "17,815 Buick Quarbins,".
func afterModel(text, p string, ps int) bool {
	switch {
	case p == "and":
		_, ms := prevWordFast(text, ps) // the model's word
		maker, _ := prevWordFast(text, ms)
		return carMakers[names.Key(maker)]
	case strings.HasSuffix(p, ","): // p is the model's word
		maker, _ := prevWordFast(text, ps)
		return carMakers[names.Key(maker)]
	}
	return false
}

// calledWords introduce a work's title after a kind of work: "a
// documentary called 'Harbour Nights'", "an album entitled Quarbin".
var calledWords = names.Set{"called": true, "entitled": true, "titled": true}

// calledWork reports whether a mention follows a kind of work
// ([names.WorkCues], [names.LooseWorkCues], [genreCues]) and a word that
// gives its title ([calledWords]), maybe in quotes: "a BBC documentary
// called 'Harbour Nights'". "A company called Quarbin" is no work.
func calledWork(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p == "'" || p == `"` || p == "‘" || p == "“" {
		p, ps = prevWordFast(text, ps)
	}
	p = strings.TrimRight(p, `'"‘“`)
	if !calledWords[p] {
		return false
	}
	q, _ := prevWordFast(text, ps)
	q = strings.ToLower(strings.TrimRight(q, ","))
	return names.WorkCues[q] || names.LooseWorkCues[q] || genreCues[q]
}

// hitKinds stand before "hit" when it is a work's: "the horror hit
// Quarbin", "cult hit Harbour Nights". "A hit Arsenal needed" is a blow.
var hitKinds = names.Set{"horror": true, "comedy": true, "cult": true, "box-office": true, "surprise": true,
	"chart": true, "pop": true, "rock": true, "dance": true, "tv": true, "sleeper": true, "summer": true,
	"animated": true, "indie": true, "festival": true, "critical": true}

// hitOfKind reports whether "hit" after a kind of hit ([hitKinds])
// stands right before a mention: "the US horror hit Quarbin".
func hitOfKind(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p != "hit" {
		return false
	}
	q, _ := prevWordFast(text, ps)
	return hitKinds[strings.ToLower(q)]
}

// workNames reports whether the cues of this file ([awardAfter], [awardCategory], [channelAfter], [codeName], [yearAfter],
// [carModel], [calledWork], [hitOfKind]) make a mention a work, an award,
// an event or a product.
func workNames(text string, m *mention) bool {
	return awardCategory(m.words) || awardAfter(text, m) || channelAfter(text, m) ||
		codeName(text, m) || yearAfter(text, m) || carModel(text, m) || calledWork(text, m) || hitOfKind(text, m)
}
