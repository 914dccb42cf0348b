package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17x) holds an abbreviation that an article gives in
// brackets or between commas right after an organization's full name,
// whose letters are not only the name's initials: "the Quarbin Cocoa
// Organization (QCCO)", "Tervane Stock Exchange Ltd (TSX)", "Harl Oil Co
// [HEC]", "the Tervane Meat Institute, TME, said". The recognizer takes the
// abbreviation apart from the name; the initials of the name's words
// ([Resolver.linkShortNames]) do not read it, so the two were two entities
// of one article (and two nodes of the graph).

// abbrevAfterName makes an acronym typed as an organization a definition
// of the organization's name of two words or more right before it
// ([linkDefinitions]) when it stands in round or square brackets right
// after the name, or between a comma after the name and a comma after it,
// and its letters read the name as an abbreviation does
// ([lettersAbbreviate]), are four or more, and are not its initials
// ([writtenInitials]), nor in another order ([initialsAnyOrder]). A bare
// acronym of three letters stands for many bodies across a corpus
// ("CTC", "SIA", "DRI"), and the corpus parts it by the bodies its
// articles spell out: a fourth reading moved the bare ones of other
// articles (tail17x's first draft), so those are left.
// Neither may be a country's or an agency's, or named by an alias rule.
// It asks the two bytes after the name first.
func abbrevAfterName(text string, ms []*mention) {
	for i := 1; i < len(ms); i++ {
		m, n := ms[i-1], ms[i]
		if n.Start != m.End+2 || n.typ != Org || m.typ != Org || len(m.words) < 2 || n.End >= len(text) || !abbrevFrame(text, m.End, n.End) {
			continue // the usual case, decided at once
		}
		if n.defines != nil || n.canon != "" || n.forced != "" || n.agency >= 0 || n.country >= 0 ||
			m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 || !names.IsAcronym(text[n.Start:n.End]) {
			continue
		}
		l, name := acronymLetters(text[n.Start:n.End]), text[m.Start:m.End]
		if len(l) >= 4 && !writtenInitials(l, name) && !initialsAnyOrder(strings.ToUpper(l), strings.Fields(name)) && lettersAbbreviate(l, name) {
			n.defines = m
		}
	}
}

// abbrevFrame reports whether the two bytes from end (a name's end) open a
// bracket after a space, or are a comma and a space, and the byte at next
// (the abbreviation's end) closes it: "Name (AB)", "Name [AB]", "Name,
// AB,".
func abbrevFrame(text string, end, next int) bool {
	switch {
	case (text[end] == ' ' || text[end] == '\n') && text[end+1] == '(':
		return text[next] == ')'
	case (text[end] == ' ' || text[end] == '\n') && text[end+1] == '[':
		return text[next] == ']'
	case text[end] == ',' && (text[end+1] == ' ' || text[end+1] == '\n'):
		return text[next] == ','
	}
	return false
}

// writtenInitials reports whether letters are the initials of the words
// of name as written, with or without its minor words and its legal forms
// at its end ("amc" of "Amalgamated Metal Corporation Plc"): the short
// names' links of the article and of the corpus read those already, and
// an acronym so spelled out is the corpus' to part by its bodies.
func writtenInitials(letters, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	for len(ws) >= 2 {
		if names.InitialsMatch(letters, ws) {
			return true
		}
		if !names.CorpSuffixes[strings.TrimSuffix(ws[len(ws)-1], ".")] {
			return false
		}
		ws = ws[:len(ws)-1]
	}
	return false
}

// lettersAbbreviate reports whether letters (folded, [acronymLetters])
// abbreviate name as writers abbreviate names: the first letter opens the
// name's first word, and each letter after it stands, in order, at a
// later place of the name, the opening of a word or within one ("tsx" of
// "Tervane Stock Exchange Ltd", "qcco" of "Quarbin Cocoa Organization").
// The letters are matched from the last, each at the latest place left,
// as Schwartz and Hearst's abbreviation search (2003) does. tail13z's
// bounds of a name's syllables hold ([syllableName]): the letters come
// from two words at least ("Zorbex Commodity Exchange (ZORB)" is no
// definition), a small word gives one letter at most, and a name with a
// word written with stops before its last ("U.N.") is left.
func lettersAbbreviate(letters, name string) bool {
	if len(letters) < 2 || name == "" || lowerByte(name[0]) != letters[0] {
		return false
	}
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 || slices.ContainsFunc(ws[:len(ws)-1], func(w string) bool { return strings.Contains(w, ".") }) {
		return false
	}
	w, j := len(ws)-1, len(ws[len(ws)-1])-1 // the word and the byte within it
	given := 0                              // letters the word w gave
	last := -1                              // the word the last letter stands in
	for i := len(letters) - 1; i >= 1; i-- {
		for w > 0 || j > 0 {
			if j < 0 {
				w, j, given = w-1, len(ws[w-1])-1, 0
				continue
			}
			if ws[w][j] == letters[i] {
				break
			}
			j--
		}
		if w == 0 && j <= 0 {
			return false // the letter stands nowhere after the first
		}
		given++
		if last < 0 {
			last = w
		}
		if given > 1 && (names.MinorWords[ws[w]] || ws[w] == "and" || ws[w] == "to") {
			return false // a small word gives one letter at most
		}
		j--
	}
	return last > 0
}
