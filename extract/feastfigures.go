package extract

import "strings"

// feastFigure reports whether a feast's name ([holidayNames]) stands after
// the title "Father": the feast made a figure of a tale, "Father Quarbmas"
// as "Father Christmas" is, no one's name and no date. [holidayName] leaves
// a feast's name after a title ("Mr Easter", a surname); "Father" before a
// feast is no priest's title.
func feastFigure(text string, m *mention) bool {
	if len(m.words) != 1 || !holidayNames[m.key] {
		return false
	}
	t := m.Title
	if t == "" {
		t = titleBefore(text, m.Start)
	}
	return strings.EqualFold(t, "father")
}
