package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail11h's cues for works and products named in a list
// under their kind ("cartoons such as Zorbit, Lemmo and Tervane", "Zorbit
// Nights and other Quarbin songs") and after a kind noun that a modifier
// opens without an article ("hit soap Tervane Lane", "car show Zorbit
// Maniacs"). They are asked by [ownedThings], so that the article's other
// mentions of the name go with the one the cue shows.

// kindPlurals are the plural kinds of work or product whose examples a
// list names: "cartoons such as", "games like", "and other songs".
// Kinds a person or a firm may be an example of ("stars", "acts", "hits",
// "brands", "labels") are left out: "brands such as Quarbin" are often its
// makers'. tail14n: "classics", "titles", "franchises", "series" and
// "offerings" ("arcade classics such as Zorbit", "older titles such as
// Lemmo", "art-house offerings such as Vell Road"); tail15a: "browsers".
var kindPlurals = names.Set{"films": true, "movies": true, "cartoons": true, "shows": true, "programmes": true,
	"soaps": true, "sitcoms": true, "dramas": true, "comedies": true, "songs": true, "tracks": true, "singles": true,
	"albums": true, "novels": true, "books": true, "plays": true, "musicals": true, "games": true,
	"documentaries": true, "blockbusters": true, "thrillers": true, "drugs": true, "medicines": true,
	"painkillers": true, "antidepressants": true, "anti-depressants": true,
	"classics": true, "titles": true, "franchises": true, "series": true, "offerings": true, // tail14n
	"browsers": true} // tail15a: "alternative browsers such as Zorbit and Lemmo", as workKinds' "browser"

// kindListed reports whether a name typed as an entity is one of a list of
// examples of a kind of work or product ([kindPlurals]): right after the
// kind and "such as", "like" or "including" ("cartoons such as Zorbit,
// Lemmo and Tervane", "games like The Quarbin"; after a comma the cue may
// go with a noun before the kind: "sites which offer games, like
// Quarbin"), or before "and other" or "or
// other", up to two modifiers and the kind ("Zorbit Nights and other
// Quarbin songs"). A name of [thingName]'s kinds is left alone.
func kindListed(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 5 || m.Start > 0 && text[m.Start-1] == '<' {
		return false
	}
	// The cheap first question: a join, a comma or a cue word beside the name.
	p, _ := prevWordFast(text, m.Start)
	w, _ := nextWord(text, m.End)
	if !listJoin(w) && !listJoin(p) && !strings.HasSuffix(p, ",") && (m.End >= len(text) || text[m.End] != ',') &&
		!examplesCue(p) && p != "The" && p != "the" {
		return false
	}
	// tail13s: kindBeforeList; a person's name of two words there may be
	// a film's player ("films Ann Vell, Lemmo").
	return (examplesBefore(text, m.Start) || othersAfter(text, m.End) ||
		kindBeforeList(text, m.Start, m.End) && (m.typ != Person || len(m.words) == 1)) && thingName(m, m.words)
}

// examplesCue reports whether w opens a list of examples: "such as",
// "like", "including".
func examplesCue(w string) bool { return w == "as" || w == "like" || w == "including" }

// examplesBefore reports whether the list that a name at i is one of
// opens right after a kind of work ([kindPlurals]) and "such as", "like"
// or "including", with "the" maybe before the first item.
func examplesBefore(text string, i int) bool {
	start, _ := listStart(text, i)
	p, ps := prevWordFast(text, start)
	if p == "The" || p == "the" {
		p, ps = prevWordFast(text, ps)
	}
	if !examplesCue(p) || paragraphBreak(text[ps:start]) {
		return false
	}
	if p == "as" {
		if s, ss := prevWordFast(text, ps); s == "such" {
			ps = ss
		} else {
			return false
		}
	}
	k, _ := prevWordFast(text, ps)
	return kindPlurals[k] || kindAcrossPhrase(text, ps) // tail14f: kindAcrossPhrase
}

// othersAfter reports whether the list that a name ending at i is one of
// ends with "and other" or "or other", up to two modifiers (a band's name
// may be one: "other Quarbin songs") and a kind of work ([kindPlurals]).
func othersAfter(text string, i int) bool {
	end, _ := listEnd(text, i)
	if strings.HasPrefix(text[end:], ",") {
		end++
	}
	j, je := nextWord(text, end)
	if !listJoin(j) {
		return false
	}
	o, oe := nextWord(text, je)
	if o != "other" {
		return false
	}
	for n := 0; n < 3; n++ {
		w, we := nextWord(text, oe)
		k := strings.TrimRight(w, ",.;:")
		if kindPlurals[k] {
			return true
		}
		if k != w || k == "" || notModifiers[strings.ToLower(k)] {
			return false
		}
		oe = we
	}
	return false
}

// bareKinds are the kinds of work that stand right before a work's name
// after a modifier with no article: "hit soap Tervane Lane", "car show
// Zorbit Maniacs", "martial arts epic Lemmo". "Game" is left out ("a home
// game Quarbin won" is a match), and so are "film" and "movie", which
// the older cues read after an article ([kindWorkBefore]).
var bareKinds = names.Set{"soap": true, "sitcom": true, "epic": true, "show": true, "series": true,
	"drama": true, "cartoon": true, "documentary": true, "musical": true, "thriller": true, "blockbuster": true,
	"album": true, "novel": true, "flick": true, "biopic": true} // tail14x: "gangster flick Lemmo"

// bareKindModifierNot are lower-case words before a kind noun that make
// it a verb or a part of a clause: "data show Zorbit", "figures show".
var bareKindModifierNot = names.Set{"data": true, "media": true, "people": true, "police": true, "staff": true}

// bareKindBefore reports whether a kind of work ([bareKinds]) stands
// right before a name typed as an entity, with a lower-case modifier
// before the kind that is not a small word or a clause's subject (nor a
// plural before "show": "polls show Ann Rigby ahead") ([bareKindModifierNot]): "hit soap Tervane Lane", "car show
// Zorbit Maniacs". A person's name of two words must end its noun phrase
// ([kindAfterOK]: "the chat show Ann Rigby hosts") and follow no "show",
// a verb as often ("the data they gathered show Ann Rigby, the mayor,
// ahead"); a name of [thingName]'s kinds is left alone.
func bareKindBefore(text string, m *mention) bool {
	k, ks := prevWordFast(text, m.Start)
	if !bareKinds[k] {
		return false // the cheap first question
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 5 {
		return false
	}
	if m.typ == Person && len(m.words) > 1 && (k == "show" || !kindAfterOK(text, m.End)) {
		return false // a person's name may open a clause: "the chat show Ann Rigby hosts", "the data they gathered show Ann Rigby"
	}
	p, _ := prevWordFast(text, ks)
	if !lowerWord(p) || k == "show" && strings.HasSuffix(p, "s") || notModifiers[p] || workDeterminers[p] ||
		bareKindModifierNot[p] || phraseOpeners[p] {
		return false
	}
	return kindThingName(m, m.words) // tail12b
}

// workAppositionHeads are the head nouns of an apposition that make the name
// before it a work or a product: "Zorbit, the track that", "Lemmo - a 3D
// action title", "Tervane, the first single chamber pacemaker". Heads a
// person or a firm may be given ("star", "maker", "studio", "label") are
// not among them.
var workAppositionHeads = names.Set{"track": true, "song": true, "single": true, "album": true, "film": true,
	"movie": true, "drama": true, "comedy": true, "sitcom": true, "soap": true, "show": true, "programme": true,
	"title": true, "novel": true, "musical": true, "documentary": true, "cartoon": true, "thriller": true,
	"pacemaker": true, "drug": true, "vaccine": true, "painkiller": true, "antidepressant": true, "tale": true,
	"game": true, "epic": true, "blockbuster": true}

// appositionWork reports whether a name typed as an entity is a work or a
// product by the apposition after it: a comma or a dash, "the", "a", "an"
// or an owner's possessive, up to five modifiers (lower-case words, a
// year or a decade, "3D") and a head noun of [workAppositionHeads] that ends the noun
// phrase ("Zorbit, the track that launched Lemmo", "Lemmo - a 3D action
// title which", "Tervane, Ann Rigby's tale about", "Quarbin, the first
// single chamber pacemaker"). The modifiers hold no small word, verb or
// determiner ("Quarbin, the studio behind the film"). A head that goes on
// with a possessive or a noun ("the film's director", "the first single
// chamber pacemaker") is a modifier; "title" is a work's only after a dash ("in Tervane, a fourth
// title in six years" is a sport's); a name of [thingName]'s kinds is
// left alone.
func appositionWork(text string, m *mention) bool {
	rest, ok := strings.CutPrefix(text[m.End:], ", ")
	dash := false
	if !ok {
		rest, dash = strings.CutPrefix(text[m.End:], " - ")
	}
	if !ok && !dash {
		return false // the cheap first question
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 5 {
		return false
	}
	d, i := nextWord(rest, 0)
	if d != "the" && d != "a" && d != "an" && !(possessiveEnd(d) && upperWord(d)) {
		return false
	}
	if w, _ := nextWord(rest, i); possessiveEnd(w) && upperWord(w) {
		_, i = nextWord(rest, i) // "the star's", "Ann Rigby's": an owner after the article
	}
	for n := 0; n < 6; n++ {
		w, we := nextWord(rest, i)
		k := strings.TrimRight(w, ",.;:")
		if workAppositionHeads[k] && headEnds(rest, w[len(k):], we) || storyAboutHead(w, rest, we) { // tail13d: storyAboutHead
			return (k != "title" || dash) && thingName(m, m.words)
		}
		if k != w || !lowerWord(k) && !yearWord(strings.TrimSuffix(k, "s")) && k != "3D" || notModifiers[k] ||
			appositionEnds[k] || headNotModifier[k] || phraseOpeners[k] || workDeterminers[k] || phraseStops[k] {
			return false
		}
		i = we
	}
	return false
}

// headEnds reports whether an apposition's head noun ending at i ends its
// noun phrase: punctuation after it (punct; a comma before a lower-case
// word other than "which", "that" or "who" goes on with more modifiers:
// "a discount drug, health and beauty store"), or a word that opens a
// clause or a phrase ("that", "which", "about", "by", "from", "in",
// "with", "starring", "of" ...).
func headEnds(rest, punct string, i int) bool {
	w, _ := nextWord(rest, i)
	if punct == "," && lowerWord(w) && w != "which" && w != "that" && w != "who" {
		return false // a list of modifiers: "Quarbin, a discount drug, health and beauty store"
	}
	if punct != "" || i >= len(rest) {
		return true
	}
	w = strings.TrimRight(w, ",.;:")
	switch w {
	case "that", "which", "about", "by", "from", "in", "with", "starring", "of", "for", "on", "-", "and", "to":
		return true
	}
	return false
}

// prizeNouns end the noun phrase of a prize that a work wins: "the best
// song title for", "the best debut performance prize for", "the best
// actor Oscar for".
var prizeNouns = names.Set{"prize": true, "award": true, "title": true, "oscar": true, "bafta": true,
	"gong": true, "trophy": true, "nomination": true, "globe": true}

// workAfterFor reports whether m, a name typed as an organization or a
// place that may be a work ([workTyped]), follows "for" (maybe a quotation
// mark and "The"), and where that "for" starts: the cheap first question
// of [bestPrizeFor] and [artsPrizeFor].
func workAfterFor(text string, m *mention) (int, bool) {
	if m.typ != Org && m.typ != Location || !workTyped(m) {
		return 0, false
	}
	p, ps := prevWordFast(text, m.Start)
	if p = strings.TrimLeft(p, "'\"‘“"); p == "The" {
		p, ps = prevWordFast(text, ps)
	}
	return ps, p == "for"
}

// bestPrizeFor reports whether a name typed as an organization or a place
// follows "for" (maybe a quotation mark and "The") after the noun phrase
// of a prize of the arts that "best" opens, with up to three words
// between, one of them an art's ([prizeArts]) ([prizeNouns]:
// "took the best international song title for Zorbit Love", "won the
// best actor Oscar for 'The Colour of Lemmo'"): the name is the work the
// prize is for. A person typed so is left (a prize for a person is
// hers), and so is a name of [thingName]'s kinds ("the best employer
// award for Quarbin Bank").
func bestPrizeFor(text string, m *mention) bool {
	ps, ok := workAfterFor(text, m)
	if !ok {
		return false
	}
	n, ns := prevWordFast(text, ps)
	if !prizeNouns[strings.ToLower(n)] {
		return false
	}
	art := false
	for k := 0; k < 4; k++ {
		w, ws := prevWordFast(text, ns)
		if w == "best" || w == "Best" {
			return art && thingName(m, m.words)
		}
		if w == "" || !lowerWord(w) && !upperWord(w) || strings.ContainsAny(w, ",.;:") || phraseStops[w] {
			return false
		}
		art = art || prizeArts[w]
		ns = ws
	}
	return false
}

// prizeArts are the words of a prize's name that make it one of the arts:
// "best song title", "best debut performance prize", "best actor Oscar".
// A prize without one may be a sport's, for a club: "the best player
// award for Quarbin".
var prizeArts = names.Set{"song": true, "album": true, "single": true, "film": true, "movie": true, "actor": true,
	"actress": true, "director": true, "debut": true, "documentary": true, "drama": true, "comedy": true,
	"screenplay": true, "performance": true, "video": true, "book": true, "novel": true, "soundtrack": true,
	"picture": true, "musical": true, "show": true, "programme": true, "series": true, "track": true,
	"record": true, "feature": true}

// listSiblings returns things with the keys of the names that stand in a
// list beside a mention of a work: "Other nominees included the Zorbit
// Diaries, Lemmo and Tervane" once "Tervane" is a film by its cue ("the
// martial arts epic Tervane"). A key spreads only when one of its mentions
// is a work by a cue of works ([workCueAt]): the cues of products and
// technologies ("Quarbin's Zorbit and Lemmo") and of series ("the Tervane
// series") stand beside lists that mix firms and people with them ("gaming,
// Zorbit Rock and Lemmo Films"). The list is [listStart]'s and
// [listEnd]'s: capitalized names joined by commas, "and" or "or", outside
// the headline ("Lemmo and Tervane to remain teammates"). A sibling must be
// typed as an entity of [workTyped]'s kind and of [thingName]'s, and a
// person's name of two words is left (an award's list names the film's
// players beside it).
func listSiblings(a *article, things []string) []string {
	n := len(things)
	var works []string
	for _, m := range a.ms {
		if m.Start < a.titleEnd || !containsString(things[:n], m.key) {
			continue
		}
		start, before := listStart(a.text, m.Start)
		end, after := listEnd(a.text, m.End)
		if before+after == 0 {
			continue
		}
		if !containsString(works, m.key) {
			if !workCueKey(a, m.key) {
				continue
			}
			works = append(works, m.key)
		}
		for _, s := range a.ms {
			if s == m || s.Start < start || s.End > end || !workTyped(s) || containsString(things, s.key) ||
				s.typ == Person && len(s.words) > 1 || !thingName(s, s.words) {
				continue
			}
			things = append(things, s.key)
		}
	}
	return things
}

// workCueKey reports whether a mention of the key in the article is a
// work by a cue of works ([workCueAt]).
func workCueKey(a *article, key string) bool {
	for i, m := range a.ms {
		if m.key == key && workCueAt(a.text, a.ms, i) {
			return true
		}
	}
	return false
}

// workCueAt reports whether ms[i] is a work by a cue of works: a kind
// noun before it ([kindWorkBefore], [bareKindBefore]), a song's, a book's
// or a title's cue ([songCue], [bookApposition], [workPhraseBefore],
// [genreHit], [personForTitle], [bestPrizeFor]), a list of a kind's
// examples ([kindListed]) or an apposition ([appositionWork]).
func workCueAt(text string, ms []*mention, i int) bool {
	m := ms[i]
	return kindWorkBefore(text, m) || bareKindBefore(text, m) || songCue(text, m) || bookApposition(text, m) ||
		workPhraseBefore(text, m) || genreHit(text, m) || personForTitle(text, ms, i) || bestPrizeFor(text, m) ||
		kindListed(text, m) || appositionWork(text, m) ||
		makerBehind(text, m) || // tail11m
		artistWork(text, ms, i) || // tail11s
		partIn(text, m) || bestWork(text, ms, i) // tail11w
}
