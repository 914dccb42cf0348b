package extract

// This file holds the cue of a match official in a match report's last
// lines, typed an organization by the recognizer: "Referee: Q Vell
// (Tervaneshire)". The label names a person's role.

// officialLabels open a line that names a match's official.
var officialLabels = [...]string{"Referee: ", "Umpire: "}

// refereeName reports whether a name typed an organization, with no
// organization's word, stands right after a label of [officialLabels] at
// a line's or a sentence's start (a report's last lines may be run into
// one paragraph: "Subs: Quell, Marro. Referee: Q Vell"): a person.
func refereeName(text string, m *mention) bool {
	if m.typ != Org || m.Start < 7 || text[m.Start-2] != ':' || anyOrgWord(m.words) {
		return false // the cheap first question: a colon before it
	}
	for _, l := range officialLabels {
		s := m.Start - len(l)
		if s >= 0 && text[s:m.Start] == l && (s == 0 || text[s-1] == '\n' || s >= 2 && text[s-2:s] == ". ") {
			return true
		}
	}
	return false
}
