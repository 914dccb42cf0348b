package extract

import "strings"

// This file (tail17k) types as a firm a name of one word taken for a
// person whose "'s" belongs to its name, as a shop's or a restaurant
// chain's does: "Quarbin's said it would close two stores", "Velmora's
// reported net income of ...". A possessive owns a noun after it, and a
// verb there shows that the "'s" is the name's; a contraction of "has"
// ("Tervane's said he would stay", a speaker's quote) is left, and so is a
// name the article writes as a person's ([personCue]).

// firmPossessiveSaid reports whether a name of one word taken for a
// person, with no canonical name, country, agency or forced type, is
// followed by "'s said" or "'s also said" (not before "he" or "she"), or
// "'s reported net", and the article never writes it as a person's
// ([personCue]).
func firmPossessiveSaid(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	rest := text[m.End:]
	if !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
		return false // the usual case, decided at once
	}
	at := m.End + strings.IndexByte(rest, 's') + 1
	if at >= len(text) || !asciiSpace(text[at]) {
		return false // a space or a line's end after the "'s"
	}
	w, e := nextWord(text, at)
	if w == "also" {
		w, e = nextWord(text, e)
	}
	n, _ := nextWord(text, e)
	switch w {
	case "said":
		if n == "he" || n == "she" {
			return false
		}
	case "reported":
		if n != "net" {
			return false
		}
	default:
		return false
	}
	return !personCue(text, m)
}
