package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12n) splits an organization or place span at a lower-case
// "or" between two names: "the Tervane Fund or Quarbin Fund", "the Vell
// Society or Orme Commission" name two bodies, either of which the writer
// leaves open. A name that holds "or" ("Trick or Treat Ltd", a programme's
// "Friend or Foe") is kept when the tables know it or when the writer
// spells its acronym after it in parentheses, which joins the words.

// orMentions makes the mentions of the two names of a span joined by
// "or", each of the span's type, and reports false when the span is no
// such pair.
func (r *Resolver) orMentions(out []*mention, text string, ws []word, sent int, typ Type) ([]*mention, bool) {
	if typ != Org && typ != Location || len(ws) < 3 {
		return out, false
	}
	i := 1
	for i < len(ws)-1 && ws[i].text != "or" {
		i++
	}
	if i == len(ws)-1 || !names.IsCapitalized(ws[i-1].text) || !names.IsCapitalized(ws[i+1].text) {
		return out, false
	}
	if _, known := names.Known(joinWords(ws)); known || acronymAfter(text, ws[len(ws)-1].end) {
		return out, false
	}
	l, rest := ws[:i], ws[i+1:]
	out = r.mentions(out, text, l[0].start, l[len(l)-1].end, sent, typ)
	return r.mentions(out, text, rest[0].start, rest[len(rest)-1].end, sent, typ), true
}

// acronymAfter reports whether an acronym in parentheses follows offset
// end of text: " (SIFF)".
func acronymAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+16)], " ")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	j := strings.IndexByte(rest, ')')
	return j > 1 && names.IsAcronym(rest[1:j])
}
