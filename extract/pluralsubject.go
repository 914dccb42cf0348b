package extract

import "strings"

// pluralVerbs follow a subject that is more than one person: a band
// ("Franz Ferdinand have won", "Scissor Sisters are"), a club or a team.
var pluralVerbs = map[string]bool{"have": true, "are": true, "were": true}

// subjectAfter are words after which a name begins a clause as its subject:
// "while Quarbin are touring", "the Quarbin Sisters were".
var subjectAfter = map[string]bool{"the": true, "while": true, "but": true, "because": true, "since": true,
	"although": true, "though": true, "when": true, "that": true, "where": true, "if": true, "whereas": true,
	"nevertheless": true, "however": true, "now": true, "meanwhile": true, "today": true, "also": true, "still": true}

// pluralSubject reports whether a name the recognizer took for a person is
// followed by a plural verb ("have", "are", "were") as its subject: one
// person "has", "is", "was". Such a name is a group of people, a band
// ("Franz Ferdinand have won", "Scissor Sisters are nominated") or a club,
// an organization. Only a name that begins a sentence or a clause, or
// follows "the" or an opening phrase's comma ("With their debut, Quarbin
// have"): one after a role or a list's comma or "and" is one of several
// people ("lyricist Ann Vell and composer Bob Lomm were"). Names taken for
// places are left: "the Virgin Islands are", "the Northern Plains have".
func pluralSubject(text string, m *mention) bool {
	if m.End+1 >= len(text) || !lineGap(text, m.End) {
		return false
	}
	next, _ := nextWord(text, m.End)
	if !pluralVerbs[next] {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p == "" {
		return true
	}
	last := p[len(p)-1]
	if last == '.' || last == '!' || last == '?' || last == '"' || last == ',' && !commaListBefore(text, m.Start) {
		return true
	}
	w := strings.ToLower(strings.TrimLeft(p, "\"'(“"))
	if w == "the" {
		// "the Queen and the Duke of Quarbin were": the second of two
		// people, whose "and" makes the verb plural.
		q, _ := prevWordFast(text, ps)
		if q = strings.ToLower(q); q == "and" || q == "or" || q == "nor" || q == "&" {
			return false
		}
	}
	return subjectAfter[w]
}

// commaListBefore reports whether the comma before position i ends a list's
// member: a capitalized word right before the comma ("Ann Vell, Bob Lomm
// and ...").
func commaListBefore(text string, i int) bool {
	p, _ := prevWordFast(text, i)
	p = strings.TrimSuffix(p, ",")
	return p != "" && upperWord(p)
}
