package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail14l) holds an acronym that an article defines between
// commas rather than in brackets, after the name of a thing: "the Quarbin
// Tin Agreement, QTA, was extended", "a price known as the Zorbit Floor
// Price, ZFP, paid". The recognizer takes the acronym alone for an
// organization; the name it abbreviates says what it is. Brackets make a
// definition in the span ([Resolver.definition]); names of one type are
// linked by their initials ([Resolver.linkShortNames]); a thing's name and
// an organization's acronym were left apart.

// commaAcronyms makes an acronym typed as an organization (written in
// capitals in the text, whatever case its name was given), right after a
// name typed MISC and a comma and followed by a comma, a bracket, a full
// stop or a semicolon, a definition of that name ([linkDefinitions]) when
// its letters are the initials of the name's last two words or more
// ([names.InitialsMatch]: "Sixth Quarbin Tin Agreement, QTA"). The two are
// then one entity, of the name's type.
func commaAcronyms(text string, ms []*mention) {
	for i := 1; i < len(ms); i++ {
		m, n := ms[i-1], ms[i]
		if n.typ != Org || m.typ != Misc || n.Start != m.End+2 || text[m.End] != ',' ||
			n.End >= len(text) || !commaAcronymEnd(text[n.End]) || !names.IsAcronym(text[n.Start:n.End]) {
			continue // the usual case, decided at once; the text, not the name, for an acronym a line opens ("Ita")
		}
		if n.defines != nil || n.canon != "" || n.forced != "" || n.agency >= 0 || n.country >= 0 {
			continue
		}
		letters := acronymLetters(n.Name)
		for j := 0; j+2 <= len(m.words); j++ {
			if names.InitialsMatch(letters, m.words[j:]) {
				n.defines = m
				break
			}
		}
	}
}

// commaAcronymEnd reports whether b may close an acronym set off after a
// name: a comma, a bracket, a full stop or a semicolon.
func commaAcronymEnd(b byte) bool {
	return b == ',' || b == ')' || b == '.' || b == ';'
}
