package extract

import (
	"slices"
	"strings"
)

// This file (tail10ya) types as firms the banks of an issue's
// underwriting list that the recognizer took for people: a broker named by
// its partners' surnames ("Tervane Quarbin, Lunmark Bank and Vell
// Securities co-managed the offering", "underwritten by Ann Lemmo and
// Quarbin Bank"). Such a list is of banks only.

// underwritingAfter open what follows an issue's underwriters.
var underwritingAfter = [...]string{"co-managed", "co-managered", "will co-manage", "will underwrite", "underwrote", "lead-managed", "lead managed", "managed the"}

// underwritingBefore end what comes before an issue's underwriters.
// A bare "managed by" is left: ships and funds are managed by people.
var underwritingBefore = [...]string{"underwritten by", "co-managed by", "lead-managed by", "lead managed by"}

// issueObjects are what the underwriters handled, after their verb.
var issueObjects = [...]string{" the deal", " the offering", " the issue", " the placement", " the sale", " the financing"}

// underwriterLists types as organizations the people of a list of names
// ([nextInList]) that names an issue's underwriters ([underwritingCue]).
// People with a title are left, and a name of one word: it may be a
// piece of a firm's name that a comma cut ("Amlow, Vell and Quarbin").
func (r *Resolver) underwriterLists(a *article) {
	if !strings.Contains(a.text, "manag") && !strings.Contains(a.text, "underwr") {
		return
	}
	r.eachList(a, func(list []*mention) {
		if !underwritingCue(a.text, list) {
			return
		}
		for _, m := range list {
			if m.typ == Person && len(m.words) >= 2 && m.Title == "" && m.country < 0 && !m.removed {
				m.typ, m.typed = Org, true
			}
		}
	})
}

// eachList calls fn with each run of the article's mentions that
// [nextInList] joins into a list, one mention or more, in text order.
func (r *Resolver) eachList(a *article, fn func([]*mention)) {
	ms := a.ms
	if !slices.IsSortedFunc(ms, byStart) {
		ms = slices.SortedFunc(slices.Values(ms), byStart)
	}
	for i := 0; i < len(ms); {
		j := i
		for j+1 < len(ms) && r.nextInList(a, ms[j], ms[j+1]) {
			j++
		}
		fn(ms[i : j+1])
		i = j + 1
	}
}

// underwritingCue reports whether the words around a list say it names
// an issue's underwriters: a verb of [underwritingAfter] right after it
// with an object of [issueObjects], or a phrase of [underwritingBefore]
// right before it; and one member is an organization already.
func underwritingCue(text string, list []*mention) bool {
	first, last := list[0], list[len(list)-1]
	after := strings.TrimLeft(text[last.End:min(len(text), last.End+40)], " \n")
	verb := ""
	for _, v := range underwritingAfter {
		if strings.HasPrefix(after, v) {
			verb = v
			break
		}
	}
	if verb != "" {
		rest := strings.ReplaceAll(after[len(verb):], "\n", " ")
		if !slices.ContainsFunc(issueObjects[:], func(o string) bool { return strings.HasPrefix(rest, o) }) {
			return false
		}
	} else if before := strings.ReplaceAll(strings.TrimRight(text[max(0, first.Start-20):first.Start], " \n"), "\n", " "); !slices.ContainsFunc(underwritingBefore[:], func(b string) bool { return strings.HasSuffix(before, b) }) {
		return false
	}
	return slices.ContainsFunc(list, func(m *mention) bool { return m.typ == Org })
}
