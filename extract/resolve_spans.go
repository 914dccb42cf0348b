package extract

import (
	"cmp"
	"slices"
	"strings"
)

// placeHead are words that begin place names the recognizer often takes for
// a person: "Camp David", "Fort Hood", "Lake Placid".
var placeHead = map[string]bool{"camp": true, "fort": true, "mount": true, "mt": true, "lake": true,
	"port": true, "cape": true, "gulf": true, "bay": true, "river": true, "st": true, "saint": true,
	"san": true, "santa": true, "los": true, "las": true, "el": true, "new": true, "north": true,
	"south": true, "east": true, "west": true, "upper": true, "lower": true, "isle": true, "glen": true}

// repairSpans fixes what weak recognizers commonly do to names: split them
// into adjacent spans ("Vladimir" "Putin", "North" "Korea") and miss the
// first word of a place ("Camp" "David"). It returns new, sorted spans.
func (r *Resolver) repairSpans(text string, sents []Sentence, spans []Span) []Span {
	spans = slices.Clone(spans)
	slices.SortFunc(spans, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	out := spans[:0]
	for _, sp := range spans {
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 0 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if prev.Sentence == sp.Sentence && sp.Start < prev.End {
				continue // overlapping: keep the first
			}
			if prev.Sentence == sp.Sentence && prev.End == sp.Start && r.joinable(text, toks, *prev, sp) {
				prev.End = sp.End
				if r.t.country(spanText(text, toks, *prev), Key(spanText(text, toks, *prev))) >= 0 {
					prev.Type = Location
				}
				continue
			}
		}
		// "Camp David": a capitalized place word just before a person.
		if sp.Type == Person && sp.Start > 0 {
			p := toks[sp.Start-1].Text
			if isCapitalized(p) && placeHead[Key(p)] && (sp.Start-1 > 0 || len(out) == 0 || out[len(out)-1].Sentence != sp.Sentence) {
				if n := len(out); n == 0 || out[n-1].Sentence != sp.Sentence || out[n-1].End < sp.Start {
					sp.Start--
					sp.Type = Location
				}
			}
		}
		out = append(out, sp)
	}
	return out
}

// spanText is the text a span covers.
func spanText(text string, toks []Token, sp Span) string {
	return text[toks[sp.Start].Start:toks[sp.End-1].End]
}

// joinable reports whether two adjacent spans are one name the recognizer
// split: same type (or together a country), only spaces between, and not two
// names that stand on their own ("Russia Ukraine").
func (r *Resolver) joinable(text string, toks []Token, a, b Span) bool {
	ae, bs := toks[a.End-1].End, toks[b.Start].Start
	if ae > bs || strings.TrimSpace(text[ae:bs]) != "" || strings.Contains(text[ae:bs], "\n") {
		return false
	}
	joined := text[toks[a.Start].Start:toks[b.End-1].End]
	if r.t.country(joined, Key(joined)) >= 0 {
		return true
	}
	if a.Type != b.Type {
		return false
	}
	at, bt := spanText(text, toks, a), spanText(text, toks, b)
	known := func(s string) bool {
		k := Key(s)
		return r.t.country(s, k) >= 0 || r.t.agency(s, k) >= 0
	}
	return !known(at) && !known(bt)
}
