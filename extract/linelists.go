package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file parts a span that runs down the short lines of a list, one
// name a line, as the wire writes the firms of its dividend-meeting lists
// and the rows of its tables:
//
//	ELKTON DIVIDEND MEETINGS - APRIL 9
//	Tervane Indus
//	Quarbin Energy
//
// The recognizer reads the line breaks as spaces and glues the names into
// one ("Tervane Indus Quarbin Energy"). A name the wire wraps in running
// text stands on a long line, or its second part shares its line with
// other words ("Giant Tervane Resources\nLtd said it ..."), and is left.

// listLineMax is the longest line, in bytes, that counts as a list's: the
// wire wraps its running text at about 65.
const listLineMax = 40

// lineListCut returns the index of the first word of ws, a span's words,
// that begins a list's line after another line of the list, or 0 when
// there is none. Both lines are shorter than [listLineMax] and hold no
// figure (a table's row ends in its figures: "Tervane 4 under May - unc"),
// the span holds the second one to its end ("Quarbin Energy" above), and
// the line after the break opens with no company suffix ("Tervane Income
// Fund\nInc").
func lineListCut(text string, ws []word) int {
	n := len(ws)
	if n < 2 || strings.IndexByte(text[ws[0].start:ws[n-1].end], '\n') < 0 {
		return 0
	}
	for i := 1; i < n; i++ {
		gap := text[ws[i-1].end:ws[i].start]
		br := strings.IndexByte(gap, '\n')
		if br < 0 {
			continue
		}
		br += ws[i-1].end
		lineStart := lineBegin(text, br)
		lineEnd := len(text)
		if e := strings.IndexByte(text[ws[i].start:], '\n'); e >= 0 {
			lineEnd = ws[i].start + e
		}
		if br-lineStart >= listLineMax || hasDigit(text[lineStart:br]) || hasDigit(text[ws[i].start:lineEnd]) || lineEnd-lineBegin(text, ws[i].start) >= listLineMax ||
			lineEnd > ws[n-1].end && strings.Trim(text[ws[n-1].end:lineEnd], ".,;: ") != "" || names.CorpSuffixes.Has(ws[i].text) {
			continue
		}
		return i
	}
	return 0
}

// lineBegin returns the byte offset of the start of the line that holds
// the byte at.
func lineBegin(text string, at int) int {
	return strings.LastIndexByte(text[:at], '\n') + 1
}

// lineAround returns the byte offsets of the start and the end (its
// newline, or the text's end) of the line that holds text[start:end].
func lineAround(text string, start, end int) (int, int) {
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		return lineBegin(text, start), len(text)
	}
	return lineBegin(text, start), le + end
}

// listMentions is [Resolver.mentions] for a recognizer's span, parted
// first at the lines of a list ([lineListCut]).
func (r *Resolver) listMentions(out []*mention, text string, start, end, sent int, typ Type) []*mention {
	if strings.IndexByte(text[start:end], '\n') >= 0 {
		ws := splitWords(text, start, end)
		if i := lineListCut(text, ws); i > 0 {
			out = r.listMentions(out, text, ws[0].start, ws[i-1].end, sent, typ)
			return r.listMentions(out, text, ws[i].start, ws[len(ws)-1].end, sent, typ)
		}
	}
	return r.mentions(out, text, start, end, sent, typ)
}
