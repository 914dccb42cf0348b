package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cue of a player named by an initial and a surname
// in a squad or results list, typed an organization by the recognizer:
// "A Vell, Q Zorn (Tervane), L Marro; ...". The list itself is the cue:
// an item of the same shape beside the name, maybe after a club in
// brackets. Such a name is a person.

// initialPlayer reports whether a name of two words, a capital letter
// alone and a capitalized surname with no organization's word, typed an
// organization, stands in a list beside another item of that shape
// ([initialItemAfter], [initialItemBefore]). A name with a number after it
// ("Q Club 7") or a period in it ("Q. Zorn Ltd") is left: firms are
// written so.
func initialPlayer(text string, m *mention) bool {
	if m.typ != Org || len(m.words) != 2 || len(m.Name) < 4 || m.Name[1] != ' ' || m.Name[0] < 'A' || m.Name[0] > 'Z' ||
		m.canon != "" || m.forced != "" || m.agency >= 0 || !upperWord(m.Name[2:]) || orgWord(m.words[1]) {
		return false
	}
	if _, known := names.Known(m.Name); known {
		return false
	}
	if athleteClubAfter(text, m.End) {
		return false
	}
	return initialItemAfter(text, m.End) || initialItemBefore(text, m.Start)
}

// athleteClubAfter reports whether an athletics club in brackets follows
// i ("Q Zorn (Tervane Harriers)"): an athletes' list is left. Its
// surnames, typed people, became context that linked another athlete of
// the list ("S Jones (Trafford AC)") to a rugby player of that name,
// seen on a first run; the line-up rule of corpus linking reads bare
// surnames, not initials.
func athleteClubAfter(text string, i int) bool {
	inner, _, ok := bracketAfter(text[i:])
	if !ok {
		return false
	}
	ws := strings.Fields(inner)
	return len(ws) > 0 && athleticsClubTails[strings.ToLower(ws[len(ws)-1])]
}

// bracketAfter returns the words of a club or a country in brackets that
// s begins with (" (Tervane)"), at most 40 bytes, and what follows the
// closing bracket.
func bracketAfter(s string) (inner, after string, ok bool) {
	rest, ok := strings.CutPrefix(s, " (")
	if !ok {
		return "", "", false
	}
	c := strings.IndexByte(rest, ')')
	if c < 0 || c > 40 {
		return "", "", false
	}
	return rest[:c], rest[c+1:], true
}

// initialItemAfter reports whether, after i and a club in brackets if
// any, a comma or a semicolon and an initial's item follow: ", Q Zorn",
// " (Tervane); Q Zorn".
func initialItemAfter(text string, i int) bool {
	rest := text[i:]
	if _, after, ok := bracketAfter(rest); ok {
		rest = after
	} else if strings.HasPrefix(rest, " (") {
		return false
	}
	if rest == "" || rest[0] != ',' && rest[0] != ';' {
		return false
	}
	return initialItem(strings.TrimLeft(rest[1:], " "))
}

// initialItemBefore reports whether an initial's item ends right before
// i with a comma or a semicolon, maybe with a club in brackets: "Q Zorn,
// ", "Q Zorn (Tervane); ".
func initialItemBefore(text string, i int) bool {
	before := strings.TrimRight(text[:i], " ")
	if before == "" || !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ";") {
		return false
	}
	before = before[:len(before)-1]
	if strings.HasSuffix(before, ")") {
		o := strings.LastIndexByte(before, '(')
		if o < 0 || len(before)-o > 40 {
			return false
		}
		before = strings.TrimRight(before[:o], " ")
	}
	s, ss := prevWordFast(before, len(before))
	in, _ := prevWordFast(before, ss)
	return len(in) == 1 && in[0] >= 'A' && in[0] <= 'Z' && upperWord(s)
}

// initialItem reports whether s begins with a capital letter alone and a
// capitalized word: "Q Zorn".
func initialItem(s string) bool {
	return len(s) >= 4 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == ' ' && upperWord(s[2:])
}
