package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// teamSheetTypes makes people of the names in a team sheet that the
// recognizer typed as places or organizations: "Mawson, Travis, Halcombe
// (Pitman 105), Stansfield. Subs Not Used: Smith, Poole." A team sheet is a
// sentence of four or more names (two after a label of substitutes), each of a few capitalized words with
// parentheses after it, parted by commas or semicolons, and nothing else
// but a short label before a colon. A player's substitute and minute
// "(Pitman 105)", a captain "(capt)", a label of substitutes or names
// written with an initial ("S Byrne") make it one; once the article has
// one, lists of five names without them are team sheets too. A list that
// names countries or towns is not one.
func (r *Resolver) teamSheetTypes(sents []text.Sentence, spans []Span) {
	var sheets []teamSheet
	strong := false
	for si, s := range sents {
		sh, ok := r.parseTeamSheet(s.Tokens)
		if !ok {
			continue
		}
		sh.sentence = si
		sheets = append(sheets, sh)
		strong = strong || sh.strong
	}
	if !strong {
		return
	}
	for _, sh := range sheets {
		if !sh.strong && len(sh.items) < 5 {
			continue
		}
		for i := range spans {
			sp := &spans[i]
			if sp.Sentence != sh.sentence || sp.Type != Location && sp.Type != Org {
				continue
			}
			for _, it := range sh.items {
				if it[0] <= sp.Start && sp.End <= it[1] {
					sp.Type = Person
					break
				}
			}
		}
	}
}

// teamSheet is a sentence read as a team sheet: the token ranges of its
// players' names, and whether it shows itself to be one.
type teamSheet struct {
	sentence int
	items    [][2]int
	strong   bool
}

// teamSheetLabels are the labels, by key, of a list of substitutes.
var teamSheetLabels = names.Set{"subs not used": true, "subs": true, "substitutes": true, "replacements": true, "subs used": true, "unused substitutes": true,
	"booked": true, "sent off": true, "dismissed": true}

// parseTeamSheet reads toks as a team sheet.
func (r *Resolver) parseTeamSheet(toks []text.Token) (teamSheet, bool) {
	var sh teamSheet
	start, labelled := 0, false
	for i, t := range toks {
		if t.Text == ":" {
			if i > 4 {
				return sh, false
			}
			var label []string
			for _, l := range toks[:i] {
				label = append(label, l.Text)
			}
			labelled = teamSheetLabels.Has(strings.Join(label, " "))
			sh.strong = labelled
			start = i + 1
			break
		}
	}
	end := len(toks)
	if end > start && toks[end-1].Text == "." {
		end--
	}
	places, initials := 0, 0
	for i := start; i < end; {
		j := i
		for j < end && j-i < 4 && playerWord(toks[j].Text) {
			j++
		}
		if j == i {
			return sh, false
		}
		if j-i == 2 && len(toks[i].Text) == 1 {
			initials++
		}
		var words []string
		for _, t := range toks[i:j] {
			words = append(words, t.Text)
		}
		name := strings.Join(words, " ")
		if k := names.Key(name); r.t.Country(name, k) >= 0 || r.t.CityCountry[k] != "" || r.t.Places[k] {
			places++
		}
		sh.items = append(sh.items, [2]int{i, j})
		// Parentheses after the name: "(Pitman 105)", "(capt)".
		for j < end && toks[j].Text == "(" {
			k := j + 1
			for k < end && toks[k].Text != ")" && k-j < 5 {
				w := toks[k].Text
				switch {
				case strings.IndexFunc(w, unicode.IsDigit) >= 0 || w == "capt" || w == "c" || w == "vc":
					sh.strong = true
				case !playerWord(w):
					return sh, false
				}
				k++
			}
			if k >= end || toks[k].Text != ")" {
				return sh, false
			}
			j = k + 1
		}
		if j < end && toks[j].Text != "," && toks[j].Text != ";" {
			return sh, false
		}
		i = j + 1
	}
	if labelled && len(sh.items) >= 2 {
		return sh, true // "Subs Not Used: Jaidi, Poole."
	}
	if len(sh.items) < 4 || places*3 > len(sh.items) {
		return sh, false
	}
	sh.strong = sh.strong || initials >= 2
	return sh, true
}

// playerWord reports whether w may be a word of a player's name: a
// capitalized word ("Mo'unga", "Wright-Phillips") or an initial.
func playerWord(w string) bool {
	if !names.IsCapitalized(w) {
		return false
	}
	return strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' && c != '-' && c != '.' }) < 0
}
