package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14e) reads a row of a company's results table whose label
// is longer than its figures, so that [tableBlocks] (half the words
// figures) does not take the line: "Exceptional charge six mln vs nil",
// "Overseas group capital spending 41.3 mln marks vs". The row's first
// word is its label's, capitalized because it opens the row, and names
// nothing, however it is spelled.

// rowNumberWords are the numbers Reuters spells out in its tables: "two mln
// vs one mln".
var rowNumberWords = names.Set{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true}

// rowProseWords are the lower-case words that make a line running text,
// not a row's label: a verb of reporting or change, an article, a
// preposition. "Zorbit said net rose 4 mln vs 3 mln" is a sentence about
// a firm.
var rowProseWords = names.Set{"said": true, "says": true, "rose": true, "fell": true, "had": true, "has": true,
	"have": true, "was": true, "were": true, "is": true, "are": true, "posted": true, "reported": true,
	"earned": true, "lost": true, "made": true, "expects": true, "expected": true, "sees": true, "to": true,
	"from": true, "of": true, "at": true, "the": true, "its": true, "by": true, "in": true, "for": true,
	"on": true, "with": true, "will": true, "would": true, "a": true, "an": true, "and": true, "or": true}

// resultRowLabel reports whether a name of one word typed an
// organization or a person opens a results table's row: it starts its
// line; one to five lower-case words of a label follow it (none of
// [rowProseWords]); then a figure (digits, or a number of
// [rowNumberWords]), and from there to the line's end only figures, units
// and "vs", "vs" among them. A known name, a country, an agency and a
// place the tables know are left, and so is a longer name ("Zorbit Corp
// unit orders 4 mln vs 3 mln", a firm's row).
func resultRowLabel(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || len(m.words) != 1 || m.Start == 0 || text[m.Start-1] != ' ' && text[m.Start-1] != '\n' ||
		m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	ls := m.Start
	for ls > 0 && (text[ls-1] == ' ' || text[ls-1] == '\t') {
		ls--
	}
	if ls > 0 && text[ls-1] != '\n' {
		return false // the usual case: the name is inside its line (asked without a walk to the line's start)
	}
	le := strings.IndexByte(text[m.End:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += m.End
	}
	if le-m.End > 120 || names.Tables().KnownPlace(m.key) {
		return false
	}
	labels, figures, versus := 0, 0, false
	for w := range strings.FieldsSeq(text[m.End:le]) {
		k := strings.ToLower(trimFigurePunct(w))
		isFigure := k != "" && (figureChars(k) || rowNumberWords[k])
		switch {
		case figures == 0 && !isFigure:
			if labels++; labels > 5 || !unicode.IsLower(rune(w[0])) || rowProseWords[k] || strings.ContainsAny(w, ",;:()") {
				return false
			}
		case isFigure:
			figures++
		case k == "vs":
			versus = true
		case figureWords[k] || k == "bln" || k == "dlr":
		default:
			return false
		}
	}
	return labels > 0 && figures > 0 && versus
}
