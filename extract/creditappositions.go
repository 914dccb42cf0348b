package extract

import "strings"

// creditPhrases follow a film's or a show's name and begin the credits of
// the people who play in it: "Tervane, which starred Jon Quarbe".
// "Starring" right after a name is [starringAfter]'s.
var creditPhrases = [...]string{", which starred ", ", which stars "}

// creditApposition reports whether a name typed as an organization or a
// place is a work by the credits right after it ([creditPhrases]): "The
// Zorbit Nights, which stars Ann Vell, won", "Lemmo, which starred Jon
// Quarbe, opened". A person's name is left ("thanked Ann Vell, which
// stars often do"), as is a name of [thingName]'s kinds (a firm's word, a
// known place, a country).
func creditApposition(text string, m *mention) bool {
	if m.End >= len(text) || text[m.End] != ',' && text[m.End] != ' ' {
		return false // the cheap first question
	}
	if m.typ != Org && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 6 {
		return false
	}
	rest := text[m.End:]
	for _, p := range creditPhrases {
		if strings.HasPrefix(rest, p) {
			return thingName(m, m.words)
		}
	}
	return false
}
