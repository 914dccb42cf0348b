package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// reportCues are the words before a report's title that say it is a
// body's publication: "its Quarbin Outlook report", "the ministry's latest
// Lunmark Trade Report", "its monthly Tervane Market Report".
var reportCues = map[string]bool{"its": true, "their": true, "latest": true, "weekly": true, "monthly": true,
	"quarterly": true, "annual": true}

// reportTitle makes MISC (no node) the title of a body's report: a name
// ending in "Report" or followed by "report", after a possessive or one of
// [reportCues] ("the department's latest Export Trends report", "its
// Lunmark Crop Report"). A name whose last word makes it a body ("its
// Tervane Institute report", a report by the institute) is left alone.
func reportTitle(a *article, m *mention) {
	if m.typ == Misc || m.forced != "" || m.canon != "" || m.country >= 0 || m.agency >= 0 || len(m.words) < 2 {
		return
	}
	if m.words[len(m.words)-1] != "report" {
		if next, _ := nextWord(a.text, m.End); strings.TrimRight(next, ".,;:") != "report" && strings.TrimRight(next, ".,;:") != "Report" {
			return
		}
	}
	for _, w := range m.words {
		if names.OrgHeads[w] || names.CorpSuffixes[w] {
			return // a body's name: "the Quarbin Institute report", "an Organisation for ... Development report"
		}
	}
	p, _ := prevWordFast(a.text, m.Start)
	if !reportCues[p] && !strings.HasSuffix(p, "'s") {
		return
	}
	m.typ, m.typed = Misc, true
}
