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
	start, labelled, ok := teamLabel(toks)
	if !ok {
		return sh, false
	}
	sh.strong = labelled
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
		// The separator after the name first: most sentences end here,
		// before the place look-up.
		k, strong, ok := afterPlayer(toks[:end], j)
		if !ok {
			return sh, false
		}
		if r.placeWords(toks[i:j]) {
			places++
		}
		sh.items = append(sh.items, [2]int{i, j})
		sh.items = append(sh.items, substitutes(toks, i, k)...)
		sh.strong = sh.strong || strong
		i = k + 1
	}
	if labelled && len(sh.items) >= 2 {
		return sh, true // "Subs Not Used: Jaidi, Poole."
	}
	if len(sh.items) < 4 || places*3 > len(sh.items) {
		return sh, false
	}
	sh.strong = sh.strong || initials >= 2 || groupedSheet(toks[start:end], len(sh.items)) // tail15b: groupedSheet
	return sh, true
}

// teamLabel returns where the names of a team sheet begin, after a short
// label and its colon ("Subs Not Used:", "Newcastle:"), and whether the
// label is one of substitutes; not ok when a colon comes after a longer
// run of words.
func teamLabel(toks []text.Token) (start int, labelled, ok bool) {
	for i, t := range toks {
		if t.Text != ":" {
			continue
		}
		if i > 4 {
			return 0, false, false
		}
		var label []string
		for _, l := range toks[:i] {
			label = append(label, l.Text)
		}
		return i + 1, teamSheetLabels.Has(strings.Join(label, " ")), true
	}
	return 0, false, true
}

// afterPlayer reads the parentheses after a player's name that ends at
// token j, "(Pitman 105)", "(capt)", and the comma or semicolon after
// them. It returns the separator's index, whether a minute or a captain
// was there, and whether the tokens fit a team sheet.
func afterPlayer(toks []text.Token, j int) (int, bool, bool) {
	strong := false
	for j < len(toks) && toks[j].Text == "(" {
		k := j + 1
		for ; k < len(toks) && toks[k].Text != ")" && k-j < 5; k++ {
			switch w := toks[k].Text; {
			case strings.IndexFunc(w, unicode.IsDigit) >= 0 || w == "capt" || w == "c" || w == "vc":
				strong = true
			case !playerWord(w):
				return j, false, false
			}
		}
		if k >= len(toks) || toks[k].Text != ")" {
			return j, false, false
		}
		j = k + 1
	}
	if j < len(toks) && toks[j].Text != "," && toks[j].Text != ";" {
		return j, false, false
	}
	return j, strong, true
}

// substitutes returns the token ranges of the substitutes named in the
// parentheses of a team sheet's item from i to its separator at j: the
// capitalized words right before a minute, "(Lindqvist 71)", "(Van
// Dorn 88)". A captain's mark or a word without a minute names no one.
func substitutes(toks []text.Token, i, j int) [][2]int {
	var subs [][2]int
	for k := i; k < j; k++ {
		if toks[k].Text != "(" {
			continue
		}
		n := k + 1
		for n < j && playerWord(toks[n].Text) {
			n++
		}
		if n > k+1 && n < j && minute(toks[n].Text) {
			subs = append(subs, [2]int{k + 1, n})
		}
	}
	return subs
}

// minute reports whether w is a minute of a match, "71", "90+2" or "105".
func minute(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	return d >= 1 && d <= 3 && (d == len(w) || w[d] == '+')
}

// placeWords reports whether ws name a country or a town the tables know.
func (r *Resolver) placeWords(ws []text.Token) bool {
	var words []string
	for _, t := range ws {
		words = append(words, t.Text)
	}
	name := strings.Join(words, " ")
	var kb [64]byte
	k := string(names.AppendKey(kb[:0], name))
	return r.t.Country(name, k) >= 0 || r.t.CityCountry[k] != "" || r.t.Places[k]
}

// playerWord reports whether w may be a word of a player's name: a
// capitalized word ("Mo'unga", "Wright-Phillips") or an initial.
func playerWord(w string) bool {
	if !names.IsCapitalized(w) {
		return false
	}
	return strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' && c != '-' && c != '.' }) < 0
}
