package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/internal/names"
)

// commonStart reports whether a mention typed an organization is one word,
// nearly always written in lower case ([ner.MostlyLower]), that opens a
// sentence before a word in lower case that is no verb: "Electronic mail
// is one area", "Concurrent with the offering", "Domestic group turnover
// rose". The capital is the sentence's; the word modifies the next. Left
// alone: a word the article writes capitalized inside a sentence too (a
// name's use), a word before a word and a capitalized name ("Oasis singer
// Liam Gallagher": a role), a word before a verb ("Equitable said", "Reading have"),
// before "and", "or" or "v" (a list of names), and before a title or a
// word of a body's people or shares ("Reading boss", "Citadel shares").
func commonStart(text string, m *mention) bool {
	if m.typ != Org || len(m.words) != 1 || !upperWord(m.Name) || allCaps(m.Name) {
		return false
	}
	next, end := nextWord(text, m.End)
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) || !ner.MostlyLower(m.Name) || !sentenceOpen(text, m.Start) {
		return false // the usual case, decided at once
	}
	if after, _ := nextWord(text, end); upperWord(after) && !strings.ContainsAny(next, ".,;:") {
		return false // "Oasis singer Liam Gallagher": a role before a name
	}
	next = strings.TrimRight(next, ".,;:'\")")
	if verbLike(next) || listJoiners.Has(next) || names.Titles.Has(next) || names.SportWords.Has(next) || bodyNouns.Has(next) {
		return false
	}
	return !capitalizedElsewhere(text, m.Name, m.Start)
}

// sentenceOpen reports whether the word at i opens a sentence: after a
// sentence's stop, a dateline's dash, a blank line, or at the start of a
// line when the line before ends a sentence (a wire's lines break inside
// sentences: "... of Mesa Limited\nPartnership which").
func sentenceOpen(text string, i int) bool {
	if !lineStart(text, i) {
		w, _ := prevWord(text, i)
		return w == "-" || sentenceStart(text, i)
	}
	before := strings.TrimRight(text[:i], " \t")
	t := strings.TrimRight(before, " \t\n")
	if t == "" || strings.HasSuffix(before, "\n\n") {
		return true
	}
	return strings.ContainsAny(t[len(t)-1:], ".\"':?!")
}

// verbLike reports whether w, in lower case, is a verb's form the tagger's
// list knows, or an auxiliary: "said", "resumes", "originate", "is".
func verbLike(w string) bool {
	if auxWords.Has(w) || names.SayVerbs.Has(w) || pos.IsVerbBase(w) {
		return true
	}
	return pos.IsVerbBase(pos.Lemma(w, pos.VBZ)) && strings.HasSuffix(w, "s") ||
		pos.IsVerbBase(pos.Lemma(w, pos.VBD)) && strings.HasSuffix(w, "ed")
}

// auxWords are the auxiliaries and adverbs that follow a sentence's
// subject, which a name may be.
var auxWords = names.Set{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "shall": true, "should": true, "does": true, "did": true, "also": true, "then": true,
	"already": true, "still": true, "now": true, "yesterday": true, "today": true}

// listJoiners join the names of a list or a fixture.
var listJoiners = names.Set{"and": true, "or": true, "v": true, "vs": true, "&": true}

// bodyNouns are the nouns that follow a body's name: its people, its
// shares, its parts.
var bodyNouns = names.Set{"shares": true, "stock": true, "fans": true, "players": true, "shareholders": true,
	"officials": true, "spokesman": true, "spokeswoman": true, "executives": true, "unit": true,
	"subsidiary": true, "sources": true, "staff": true, "workers": true, "management": true}
