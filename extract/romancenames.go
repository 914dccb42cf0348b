package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14c) joins a Romance firm's or body's name that the
// recognizer cut at one of its own small words: "Banca Di Tervane" "Delle
// Province Quarbine", "Union des Fabricants" "pour le" "Commerce et
// Industrie", "Cassa di Tervane" "e" "Quarbino". A name that already
// holds a Romance particle is written in its own language, and there a
// particle, "pour", "per" or the Italian "e" goes on with the name; in
// English copy the words after them would be no name of their own.

// romanceParticles are the particles of Italian, French, Spanish and
// Portuguese names, folded: [nameParticles] and the Italian plural and
// elided forms it leaves out.
var romanceParticles = names.Set{"de": true, "di": true, "do": true, "da": true, "dos": true, "das": true,
	"des": true, "du": true, "del": true, "della": true, "delle": true, "dei": true, "degli": true,
	"dello": true, "dell'": true}

// romanceJoiners are the lower-case words that go on with a Romance name
// ("e" and "ed", Italian "and"; "pour", "per", "para", "for"), and the
// articles that may follow them ([romanceArticles]).
var romanceJoiners = names.Set{"e": true, "ed": true, "pour": true, "per": true, "para": true}

// romanceArticles are the articles after a joiner: "pour le", "per la",
// "para el".
var romanceArticles = names.Set{"le": true, "la": true, "les": true, "l'": true, "il": true, "lo": true,
	"gli": true, "el": true, "los": true, "las": true}

// romanceSpans joins an organization's span that holds a Romance particle
// after its first word to the name after it (a place's span too, when
// the name after it is an organization's span: the recognizer takes
// "Cassa di Tervane" for a place and its second half for a firm): a span or capitalized words
// that open with a capitalized particle right after it ("Delle
// Province"), or that follow a lower-case joiner ([romanceJoiners], maybe
// with an article). The joined span is an organization's. Left alone: a
// span with no particle inside ("Quarbin Bank" "e" ...), a possessive at
// its end, a person's name after "e" ("Banca di Vell e Ann Quarbo" are
// two), words past a paragraph's break. It returns the spans, the joined ones
// dropped.
func romanceSpans(txt string, sents []text.Sentence, spans []Span) []Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.Type != Org && sp.Type != Location || sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End+1 >= len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			out = append(out, sp)
			continue
		}
		toks := sents[sp.Sentence].Tokens
		from, joiner := romanceNext(toks, sp)
		if from < 0 || !romanceInside(toks, sp) {
			out = append(out, sp)
			continue
		}
		e := foreignNameEnd(toks, from)
		nextOrg := false
		if i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start == from {
			if joiner && spans[i+1].Type == Person {
				out = append(out, sp)
				continue
			}
			e, nextOrg = max(e, spans[i+1].End), spans[i+1].Type == Org
		}
		if e <= from || sp.Type == Location && !nextOrg || hardGapBetween(txt, toks, sp.End-1, e) {
			out = append(out, sp)
			continue
		}
		for i+1 < len(spans) && spans[i+1].Sentence == sp.Sentence && spans[i+1].Start < e {
			i++
			e = max(e, spans[i].End) // the right half's own span, maybe longer
		}
		sp.End, sp.Type = e, Org
		out = append(out, sp)
	}
	return out
}

// romanceNext returns where the name after sp begins: at sp's end when a
// capitalized particle opens it ("Delle"), after a joiner and its article
// ("pour le"); -1 when none. joiner says whether a joiner parts them.
func romanceNext(toks []text.Token, sp Span) (from int, joiner bool) {
	k := sp.End
	w := toks[k].Text
	if possessiveEnd(toks[k-1].Text) {
		return -1, false
	}
	if upperWord(w) && romanceParticles[strings.ToLower(w)] && !allCaps(w) {
		if k+1 < len(toks) && particleWord(toks[k+1].Text) {
			return k, false
		}
		return -1, false
	}
	if !romanceJoiners[w] {
		return -1, false
	}
	k++
	if k < len(toks) && romanceArticles[toks[k].Text] {
		k++
	}
	if k < len(toks) && particleWord(toks[k].Text) {
		return k, true
	}
	return -1, false
}

// romanceInside reports whether a word of sp after its first is a Romance
// particle, in any case: "Cassa di Tervane", "Banca Di Vell".
func romanceInside(toks []text.Token, sp Span) bool {
	for j := sp.Start + 1; j < sp.End-1; j++ {
		if romanceParticles[strings.ToLower(toks[j].Text)] {
			return true
		}
	}
	return false
}

// hardGapBetween reports whether a gap that no name runs across (a
// paragraph's break, [softGap]) parts two of the tokens a to b-1.
func hardGapBetween(txt string, toks []text.Token, a, b int) bool {
	for j := max(a, 0); j+1 < b && j+1 < len(toks); j++ {
		if !adjacent(txt, toks[j], toks[j+1]) {
			return true
		}
	}
	return false
}
