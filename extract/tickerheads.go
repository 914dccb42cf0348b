package extract

import (
	"bytes"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15p) mends a firm's name in a headline in capitals that
// the recognizer cut to its first words, a place's or a person's name:
// "SOUTHERN CALIFORNIA EDISON <SCE> RAISES DIVIDEND" read as the region,
// "LOWELL INSTITUTION FOR SAVINGS <LIFS> QTLY DIV" as a man named Lowell.
// The wire's stock ticker in angle brackets says where the firm's name
// ends, but the cleaner drops it (it is no name), so the cue is read from
// the raw headline before cleaning, and the recognizer's span is grown to
// it before the resolver reads the spans. One node then no longer holds a
// town and a firm named after it across articles.

// tickerHeadEnd returns the length, in the cleaned headline clean, of the
// name that opens the raw headline raw and is followed by a stock ticker
// in angle brackets: 24 for "MONTGOMERY STREET INCOME <MTS> MONTHLY
// DIVIDEND", the length of "MONTGOMERY STREET INCOME". It returns 0 when
// raw opens with no such name, when the name has a lower-case letter (a
// headline not in capitals) or when clean does not open with it.
func tickerHeadEnd(raw, clean string) int {
	i := strings.IndexByte(raw, '<')
	if i <= 0 || i > 100 {
		return 0
	}
	j := strings.IndexByte(raw[i:], '>')
	if j < 2 || j > 9 || !tickerWord(raw[i+1:i+j]) {
		return 0
	}
	name := strings.Join(strings.Fields(raw[:i]), " ")
	if name == "" || strings.ToUpper(name) != name || !strings.HasPrefix(clean, name) ||
		len(clean) > len(name) && clean[len(name)] != ' ' {
		return 0
	}
	return len(name)
}

// tickerWord reports whether w is a stock ticker: capitals, maybe figures
// and dots after the first, "SCE", "BRK.A".
func tickerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '.')) {
			return false
		}
	}
	return w != ""
}

// tickerHeadSpans grows the span that opens the headline to the name's end
// at byte end ([tickerHeadEnd]) and types it an organization, when it is
// the only span before end, is typed a place or a person, or a firm by
// words the tables know as a place ([placeWordsSpan], tail15w) (a firm
// cut to a short name of its own, "ZELTRAN" of "ZELTRAN LABS", links to
// the body's full name as it is), the words after it up to end may be a firm's
// ([tickerNameTail]), and the body, the text after the headline, does not
// name the firm longer ([bodyNamesLonger]). It returns spans, changed in
// place.
func tickerHeadSpans(body string, sents []text.Sentence, spans []Span, end int) []Span {
	if end <= 0 || len(sents) == 0 || len(spans) == 0 {
		return spans
	}
	sp := &spans[0]
	toks := sents[0].Tokens
	if sp.Sentence != 0 || sp.Start != 0 || sp.End > len(toks) ||
		sp.Type != Location && sp.Type != Person && !(sp.Type == Org && placeWordsSpan(toks[:sp.End])) { // tail15w
		return spans
	}
	k := sp.End
	for k < len(toks) && toks[k].End < end {
		k++
	}
	if k >= len(toks) || toks[k].End != end || sp.End > k {
		return spans
	}
	k++ // the name's last token, included
	if len(spans) > 1 && spans[1].Sentence == 0 && spans[1].Start < k {
		return spans
	}
	if !tickerNameTail(toks[sp.End:k]) || bodyNamesLonger(body, toks[0].Text, toks[0].Start, toks[k-1].End, sents[0]) {
		return spans
	}
	sp.End, sp.Type = k, Org
	return spans
}

// tickerNameTail reports whether ws, the words after a headline's cut span
// up to a ticker, may be the rest of a firm's name rather than a headline's
// verb and object: one to five words of capital letters (with dots,
// hyphens or "&"), no possessive ("ITT'S <ITT> UNIT" names ITT), no minor
// word but "and", "of" and "for", no auxiliary or verb of saying, and no
// word ending in "s", or a verb's "ed", before a word that is no company suffix
// ("ROBERTSON UPS CAPITAL WIRE <CWR>": the ticker is the object's), and
// no company suffix with two letters swapped at the end ("COPR": the firm
// "QUARBIN LIGHTING CORP" of other articles, which a grown name misspelt
// would stand apart from).
func tickerNameTail(ws []text.Token) bool {
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for i, t := range ws {
		w := t.Text
		if w == "&" {
			continue
		}
		if strings.IndexFunc(w, func(r rune) bool {
			return !(r >= 'A' && r <= 'Z' || r == '.' || r == '-' || r == '\'')
		}) >= 0 || strings.Contains(w, "'") {
			return false
		}
		lw := strings.ToLower(w)
		switch {
		case lw == "and" || lw == "of" || lw == "for":
			if i == len(ws)-1 {
				return false
			}
			continue
		case names.MinorWords[lw] || headLinks[lw] || auxWords.Has(lw) || names.SayVerbs.Has(lw):
			return false
		}
		if i == len(ws)-1 && swappedSuffix(lw) {
			return false
		}
		if i < len(ws)-1 && !names.CorpSuffixes[strings.ToLower(ws[i+1].Text)] &&
			(strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "ed") && verbLike(lw)) {
			return false
		}
	}
	return true
}

// headLinks are the prepositions and articles a headline's verb takes,
// which no firm's name before its ticker holds ("DOLAN TO MEET WITH").
var headLinks = names.Set{"to": true, "with": true, "as": true, "by": true, "from": true, "over": true,
	"into": true, "a": true, "an": true, "after": true, "against": true, "up": true, "off": true,
	"out": true, "not": true, "no": true, "than": true}

// bodyNamesLonger reports whether body writes the firm whose headline name,
// in capitals, is the bytes from start to end of the headline (sentence
// s), first word first, by a longer name: the first word stands in body,
// letter case aside ("Dolan Water and Waste Industries Inc" under "DOLAN
// WATER"), and body does not write the headline's whole name, letter case
// aside, with no capitalized word or "and", "of" or "&" after it. The
// headline's short name of a firm written in full below links to it as it
// is; a name grown to the ticker would stand apart from it.
func bodyNamesLonger(body, first string, start, end int, s text.Sentence) bool {
	if len(first) < 2 {
		return false
	}
	lower := []byte(body) // letter case folded byte for byte: offsets stay body's
	for i, c := range lower {
		if c >= 'A' && c <= 'Z' {
			lower[i] = c + 'a' - 'A'
		}
	}
	if !hasWord(string(lower), strings.ToLower(first)) {
		return false
	}
	var name string
	for _, t := range s.Tokens {
		if t.Start >= start && t.End <= end {
			name += " " + t.Text
		}
	}
	name = strings.ToLower(name[1:])
	for i := 0; ; {
		j := bytes.Index(lower[i:], []byte(name))
		if j < 0 {
			return true
		}
		i += j + len(name)
		if i-len(name) > 0 && isWordByteLower(lower[i-len(name)-1]) {
			continue
		}
		next, _ := nextWord(body, i)
		if i < len(body) && isWordByteLower(lower[i]) || names.IsCapitalized(next) || next == "and" || next == "of" || next == "&" {
			continue
		}
		return false
	}
}

// isWordByteLower reports whether c, of a lower-cased text, is a letter or
// a figure.
func isWordByteLower(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// swappedSuffix reports whether w is a company suffix of three letters or
// more with two neighbouring letters swapped, "copr" of "corp".
func swappedSuffix(w string) bool {
	if len(w) < 3 || len(w) > 5 || names.CorpSuffixes[w] {
		return false
	}
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		b[i], b[i+1] = b[i+1], b[i]
		ok := names.CorpSuffixes[string(b)]
		b[i], b[i+1] = b[i+1], b[i]
		if ok {
			return true
		}
	}
	return false
}
