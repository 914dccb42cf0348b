package extract

// This file holds tail12h's cue of a work by what a reader sees right
// after its title: the year it came out in brackets ("Zorbit Wheels
// (1987) and Quarbin (1991) followed", "The Lemmo Hour (2003)"). A
// person's dates are a span ("Ann Vell (1901-1977)"), and a firm's year in
// brackets goes on with its legal form ("Quarbin (1962) Ltd"). Asked by
// [ownedThings].

// titleYear reports whether a name typed as an organization, a person or
// a place is followed at once by a year from 1880 to 2029 alone in
// brackets, no capitalized word right after the bracket, is no person's
// name by its words ([personByWords]), and may name a thing ([thingName]: no organization's word,
// place, region, demonym, country or well-known name).
func titleYear(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person && m.typ != Location || m.ruled() || m.acronym || len(m.words) == 0 {
		return false
	}
	rest := text[m.End:]
	if len(rest) < 7 || rest[0] != ' ' || rest[1] != '(' || rest[6] != ')' || !bracketYear(rest[2:6]) {
		return false
	}
	if len(rest) > 8 && rest[7] == ' ' && upperWord(rest[8:]) {
		return false // "Quarbin (1962) Ltd": the year is the firm's name
	}
	return !personByWords(text, m) && thingName(m, m.words)
}

// personByWords reports whether m, typed as a person, is two words or
// more that neither "The" nor a number opens: "Ann Vell (1980)" gives her
// year of birth, where "The Quarbin Men (1957)" and "12 Lemmo Men (1957)"
// are titles.
func personByWords(text string, m *mention) bool {
	if m.typ != Person || len(m.words) < 2 {
		return false
	}
	p, _ := prevWordFast(text, m.Start)
	return p != "The" && (p == "" || !isDigit(p[0]))
}

// bracketYear reports whether y is four digits of a year from 1880 to
// 2029.
func bracketYear(y string) bool {
	if len(y) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigit(y[i]) {
			return false
		}
	}
	return y >= "1880" && y <= "2029"
}
