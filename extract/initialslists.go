package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// initialsListPerson reports whether a name typed an organization of two
// words, one or two capitals with no full stop and a surname ("KT
// Vell"), stands in a list of names (commas, "and", "or") two others of
// which, at least as many as its other items, are people's names opening
// with a given name the gazetteer knows: "beating Ann Rigby, Zola,
// Tessa Quarn and KT Vell to the prize". A writer or a singer known by
// initials is read by the recognizer as a firm's initials and a word; a
// firm's name of that shape ends in a firm's word ("BT Group", [orgWords])
// or stands in a list of firms. A one-word name is left: a band in a
// list of singers is an organization (tail15l).
func initialsListPerson(text string, m *mention) bool {
	if m.typ != Org || len(m.words) != 2 || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 {
		return false // the usual case, decided at once
	}
	ini, sur, ok := strings.Cut(m.Name, " ")
	if !ok || len(ini) > 2 || !capsOnly(ini) || len(sur) < 3 || !capsOnly(sur[:1]) || !strings.ContainsAny(sur[1:], "abcdefghijklmnopqrstuvwxyz") ||
		orgWords[m.words[1]] || names.Tables().Country(ini, strings.ToLower(ini)) >= 0 {
		return false
	}
	start, before := listStart(text, m.Start)
	end, after := listEnd(text, m.End)
	if before+after < 2 {
		return false
	}
	people, others := 0, 0
	for _, part := range []string{text[start:m.Start], text[m.End:end]} {
		for _, item := range listItems(part) {
			f := strings.Fields(item)
			if len(f) >= 2 && len(f) <= 3 && givenName(f[0]) {
				people++
			} else {
				others++
			}
		}
	}
	return people >= 2 && people >= others
}

// capsOnly reports whether s is made of capital letters A to Z only.
func capsOnly(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// listItems splits the words of a list beside one of its items into
// the other items, parted by commas, "and" and "or".
func listItems(s string) []string {
	var items []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			items = append(items, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for _, w := range strings.Fields(s) {
		switch {
		case w == "and" || w == "or" || w == ",":
			flush()
		case strings.HasSuffix(w, ","):
			cur = append(cur, strings.TrimSuffix(w, ","))
			flush()
		default:
			cur = append(cur, w)
		}
	}
	flush()
	return items
}
