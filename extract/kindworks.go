package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the kind noun of a work or a product written right
// before its name, after an article or an owner's possessive: "the album
// Zorbit Nights", "Quarbin's humanoid robot Lemmox", "the online TV
// channel Tervo". The name is a thing (MISC, no node), asked by
// [ownedThings].

// workKinds are the kinds of work or product written right before a
// name. Kinds of person ("singer", "director") and of firm ("maker",
// "label", "studio") are not among them: their names are entities.
// "Game" after "of" is a sport's ("the queen of the game Ann Vell").
var workKinds = names.Set{"album": true, "single": true, "song": true, "film": true, "movie": true,
	"programme": true, "show": true, "channel": true, "robot": true, "laptop": true, "console": true,
	"browser": true, "game": true, "sitcom": true, "documentary": true, "musical": true, "novel": true,
	"opera": true, "track": true, "feature": true, "handset": true, "smartphone": true, "book": true,
	"autobiography": true, "memoir": true, "biopic": true} // tail14x: a life's book or film, "his autobiography Zorbit"

// workDeterminers open the noun phrase of a kind noun: "the film",
// "a new album", "its online channel".
var workDeterminers = names.Set{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "this": true, "new": true}

// kindWorkBefore reports whether a name the recognizer typed as an
// entity is a work or a product by a kind noun right before it
// ([workKinds]) that an article or a possessive opens, maybe with up to
// two modifiers between, lower-case words, acronyms or a year
// ("Quarbin's humanoid robot Lemmox", "the online TV channel Tervo", "her
// 1998 debut feature Vella Quarn"), and the noun phrase ending with the name
// ([kindAfterOK]: "the film Ann Vell made" is a clause). A channel needs
// an owner's possessive ("Tervane Telecom's online TV channel Tervo"):
// without one a channel's name is its broadcaster's. A name of an
// organization's words, a place or a well-known name ([thingName]) is
// left alone.
func kindWorkBefore(text string, m *mention) bool {
	ok, _ := kindWorkCue(text, m)
	return ok
}

// kindWorkCue reports [kindWorkBefore]'s answer, and whether an owner's
// capitalized possessive opened the kind noun's phrase ("Quarbin's
// humanoid robot Lemmox"): the name is then no owner, and its own
// possessive elsewhere ("Lemmox's legs") does not make it a firm
// ([ownedThings], tail12b).
func kindWorkCue(text string, m *mention) (ok, owned bool) {
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 4 {
		return false, false
	}
	k, ks := prevWordFast(text, m.Start)
	if !workKinds[k] {
		return false, false
	}
	ends := kindAfterOK(text, m.End)
	if !ends && m.typ == Person {
		return false, false
	}
	i := ks
	for n := 0; n < 4; n++ {
		p, ps := prevWordFast(text, i)
		switch {
		case p == "":
			return false, false
		case possessiveEnd(p) && upperWord(p) || ownerWord(p):
			if k == "channel" && sharesWord(strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "’s"), m.words) {
				return false, false
			}
			ok := (ends || ownerVerbAfter(text, p, m.End)) && kindThingName(m, m.words) // tail12b
			return ok, ok && possessiveEnd(p) && upperWord(p)
		case workDeterminers[strings.ToLower(p)] && k != "channel":
			if o, _ := prevWordFast(text, ps); k == "game" && o == "of" {
				return false, false
			}
			return ends && kindThingName(m, m.words), false // tail12b
		case n < 2 && (modifierWord(p, k) || names.IsAcronym(p)):
			i = ps
		default:
			return false, false
		}
	}
	return false, false
}

// sharesWord reports whether a word of the owner's name, folded to lower
// case, is a word of the thing's: "Tervo's channel Tervo One" is the
// firm's own.
func sharesWord(owner string, words []string) bool {
	for _, w := range strings.Fields(strings.ToLower(owner)) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// verbKinds are the [workKinds] that are also verbs: after a plural noun
// they open a clause ("the latest polls show Ann Vell ahead").
var verbKinds = names.Set{"show": true, "shows": true, "feature": true, "film": true, "track": true, "single": true,
	"programme": true}

// notModifiers are the small words and the verbs' helpers that end a kind
// noun's modifiers: "the same time as single Zorbit", "the story will
// feature Ann Vell" are no noun phrases.
var notModifiers = names.Set{"as": true, "of": true, "for": true, "to": true, "in": true, "on": true, "at": true,
	"with": true, "by": true, "from": true, "that": true, "than": true, "and": true, "or": true, "is": true,
	"was": true, "be": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"also": true, "not": true, "should": true, "must": true, "did": true, "does": true, "do": true}

// modifierWord reports whether a word may stand between a determiner and
// the kind noun k: a lower-case word, not a small word ([notModifiers])
// nor, before a kind that is also a verb ([verbKinds]), a plural.
func modifierWord(w, k string) bool {
	if w == "" || !isLowerASCII(w[0]) || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz-") != "" || notModifiers[w] {
		return false
	}
	return !verbKinds[k] || !strings.HasSuffix(w, "s")
}

// ownerWord reports whether a word is a possessive pronoun, in either case.
func ownerWord(w string) bool {
	switch strings.ToLower(w) {
	case "its", "their", "his", "her":
		return true
	}
	return false
}
