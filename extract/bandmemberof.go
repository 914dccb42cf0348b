package extract

import "strings"

// This file holds the rule of a group named after its member's place in
// it: "his days in Quarbin", "lead singer with the Vell Lemmos", "a
// member of the Tervane Rose movement". One is a member of a band or a
// body, not of a town.

// memberOfNouns stand before "of", "with" or "in" and a group's name.
var memberOfNouns = map[string]string{
	"days": "in", "member": "of", "members": "of",
	"singer": "of with", "frontman": "of with", "frontwoman": "of with", "guitarist": "of with",
	"drummer": "of with", "bassist": "of with", "keyboardist": "of with",
}

// bandMemberOf reports whether a name the recognizer took for a place
// follows a member's noun and its preposition ([memberOfNouns]), "the"
// between them or not: a group's name, an organization. A possessive
// after the name ("a member of Tervane's council") makes it the owner of
// the group, and is left; so is a place the tables know (the caller asks)
// and a country's name. Cost: a byte test, then two or three words read
// back.
func bandMemberOf(text string, m *mention) bool {
	if m.typ != Location || m.country >= 0 || m.Start < 4 || text[m.Start-1] != ' ' {
		return false
	}
	if rest := text[m.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasSuffix(m.Text, "'s") {
		return false
	}
	p, i := prevWordFast(text, m.Start)
	if p == "the" || p == "The" {
		p, i = prevWordFast(text, i)
	}
	if p != "in" && p != "of" && p != "with" {
		return false
	}
	noun, j := prevWordFast(text, i)
	preps, ok := memberOfNouns[noun]
	if !ok || !strings.Contains(preps, p) {
		return false
	}
	switch noun {
	case "days":
		return ownerBeforeDays(text, j)
	case "member", "members":
		return groupWordAfter(text, m.End)
	}
	return true
}

// dayPossessives stand before "days in" of a member's time in a group: "his
// days in Quarbin", "their early days in Quarbin"; "ten days in Quarbin"
// is a stay in a place.
var dayPossessives = map[string]bool{"his": true, "her": true, "their": true, "my": true, "our": true}

// ownerBeforeDays reports whether a possessive, or a possessive and "early"
// or "final", ends before i.
func ownerBeforeDays(text string, i int) bool {
	w, j := prevWordFast(text, i)
	if w == "early" || w == "final" {
		w, _ = prevWordFast(text, j)
	}
	return dayPossessives[strings.ToLower(w)]
}

// groupWordAfter reports whether the word after a name at end is no noun the
// name qualifies ("a member of the Quarbin council", a body of the place),
// or is a word for a group ("a member of the Vellor Rose movement").
func groupWordAfter(text string, end int) bool {
	w, _ := nextWord(text, end)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return true
	}
	switch strings.TrimRight(w, ".,;:") {
	case "movement", "group", "band":
		return true
	}
	return w == "and" || w == "or"
}
