package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// bracketFirmSpans makes one firm of the spans inside Reuters' angle
// brackets: the brackets hold one company's name, so "<Rosskopf, Rapp and
// Schmidt Insurance Agency>", which the recognizer cuts at its comma and
// its "and", is one name. Only brackets in mixed case whose words are all
// in spans but for commas and "and" are joined: the spans must begin and
// end the name. The result is sorted.
func bracketFirmSpans(sents []text.Sentence, spans []Span) []Span {
	changed := false
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 1 || sp.End > len(sents[sp.Sentence].Tokens) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		open := sp.Start - 1
		if toks[sp.Start].Text == "<" {
			open = sp.Start
		}
		if toks[open].Text != "<" {
			continue
		}
		close := open + 1
		for close < len(toks) && toks[close].Text != ">" && toks[close].Text != "<" && close-open < 16 {
			close++
		}
		if close >= len(toks) || toks[close].Text != ">" {
			continue
		}
		// The spans inside, and what lies between them.
		k, at := i, open+1
		for ; k < len(spans) && spans[k].Sentence == sp.Sentence && spans[k].Start <= close; k++ {
			s := spans[k]
			start := max(s.Start, open+1)
			for ; at < start; at++ {
				if w := toks[at].Text; w != "," && w != "and" && w != "&" || at == open+1 {
					break
				}
			}
			if at != start || min(s.End, close) <= start {
				break
			}
			at = min(s.End, close)
		}
		if k-i < 2 || at != close || !mixedCase(toks[open+1:close]) || !bracketFirm(toks[open+1:close], min(spans[k-1].End, close)-max(spans[k-1].Start, open+1)) {
			continue
		}
		spans[i] = Span{Sentence: sp.Sentence, Start: open + 1, End: close, Type: Org}
		for j := i + 1; j < k; j++ {
			spans[j].End = spans[j].Start // emptied: dropped below
		}
		changed = true
		i = k - 1
	}
	return dropEmptied(spans, changed)
}

// singularVerb is [singular] without the apposition ", a": a verb says
// one firm ("said it", "is"), while "Sears and Kellwood Co, a Sears
// supplier," tells of Kellwood alone.
func singularVerb(toks []text.Token, i int) bool {
	return i < len(toks) && toks[i].Text != "," && singular(toks, i)
}

// bracketFirm reports whether the words in brackets, spans joined at
// commas and "and", read as one firm: a list of three names or more, as
// partners' names make ("Rosskopf, Rapp and Schmidt Insurance Agency",
// "Welsh, Carson, Anderson and Stowe"), or a last part of several words
// ("Hooper and Ashby Ltd"; last is its number of words); not two names of one word each ("<Gotabanken
// and Wermlandsbanken>", two banks) nor a description after a comma
// ("<Nova, An Alberta Corp>").
func bracketFirm(ws []text.Token, last int) bool {
	commas := 0
	for i, w := range ws {
		if w.Text != "," {
			continue
		}
		commas++
		if i+1 < len(ws) && (ws[i+1].Text == "A" || ws[i+1].Text == "An" || ws[i+1].Text == "The") {
			return false
		}
	}
	return commas > 0 || last > 1
}

// mixedCase reports whether some word of ws has a lower-case letter: a
// name written as a name, not a headline's capitals.
func mixedCase(ws []text.Token) bool {
	return slices.ContainsFunc(ws, func(t text.Token) bool { return strings.ToUpper(t.Text) != t.Text })
}

// firmOfOne reports whether a, "and", b is one firm whose first part has
// several words: "Magic Years Child Care and Learning Centers Inc said it
// signed". b is a firm with its suffix, a has no suffix and is never named
// alone, and the verb after b says one firm ("said it", "is", ", a"); a
// opens the sentence or follows "the".
func (r *Resolver) firmOfOne(sents []text.Sentence, toks []text.Token, a, b Span) bool {
	if a.End-a.Start < 2 || b.End-b.Start < 2 || b.Type != Org || a.Type == Person || a.Type == Location {
		return false
	}
	if !names.CorpSuffixes.Has(toks[b.End-1].Text) || !singularVerb(toks, b.End) {
		return false
	}
	if a.Start > 0 && toks[a.Start-1].Text != "The" && toks[a.Start-1].Text != "the" {
		return false
	}
	if !upperWords(toks[a.Start:a.End]) || !r.firmWords(toks[a.Start:a.End]) || !r.firmWords(toks[b.Start:b.Start+1]) || alone(sents, toks[a.Start:a.End]) {
		return false
	}
	_, known := names.Known(joinTokens(toks[a.Start:a.End]))
	return !known
}

// repeatedFirm reports whether a, "and", b is one name said twice, a
// firm's name ("Saatchi and Saatchi", "REYNOLDS AND REYNOLDS"): two people
// of one name are "the Saatchi brothers", and two places of one name are
// not joined by "and". A name with a figure is a product's or a
// substance's ("Interleukin-2 and Interleukin-2 receptor").
func (r *Resolver) repeatedFirm(toks []text.Token, a, b Span) bool {
	if a.End-a.Start != b.End-b.Start || a.End-a.Start > 2 || !slices.Equal(foldWords(toks[a.Start:a.End]), foldWords(toks[b.Start:b.End])) {
		return false
	}
	ws := capsTitled(toks[a.Start:a.End])
	return upperWords(ws) && r.firmWords(ws) && !slices.ContainsFunc(ws, func(t text.Token) bool { return strings.ContainsAny(t.Text, "0123456789") })
}

// firmAtBare returns the firm's span that the span a, "and", one word in
// no span and a company suffix make: "LAMSON AND SESSIONS CO 3RD QTR NET",
// where the recognizer found only "LAMSON". next is the start of the next
// span in a's sentence (or -1). The rest is [Resolver.firmAt]'s.
func (r *Resolver) firmAtBare(sents []text.Sentence, a Span, next int) (Span, firm, bool) {
	if a.Sentence < 0 || a.Sentence >= len(sents) || a.End+2 >= len(sents[a.Sentence].Tokens) || a.End-a.Start > 2 || a.Type == Misc || a.Type == Location {
		return Span{}, firm{}, false
	}
	toks := sents[a.Sentence].Tokens
	if and := toks[a.End].Text; and != "&" && !strings.EqualFold(and, "and") || next >= 0 && next <= a.End+2 {
		return Span{}, firm{}, false
	}
	w := toks[a.End+1]
	ws := capsTitled(toks[a.Start : a.End+3])
	if !names.CorpSuffixes.Has(toks[a.End+2].Text) || names.CorpSuffixes.Has(w.Text) || !r.firmWords(ws[:a.End-a.Start]) || !r.firmWords(ws[a.End-a.Start+1:a.End-a.Start+2]) {
		return Span{}, firm{}, false
	}
	return bareFirmSpan(sents, toks, a)
}

// bareFirmSpan is the end of [Resolver.firmAtBare] and
// [Resolver.firmAtBareLong] once a's words, "and", the bare word and the
// suffix are read: the bare word is no well-known name, and a's words are
// named nowhere alone unless a verb after the suffixes says one firm.
func bareFirmSpan(sents []text.Sentence, toks []text.Token, a Span) (Span, firm, bool) {
	if _, known := names.Known(toks[a.End+1].Text); known {
		return Span{}, firm{}, false
	}
	end := suffixesEnd(toks, a.End+2)
	if alone(sents, toks[a.Start:a.End]) && !singularVerb(toks, end) {
		return Span{}, firm{}, false
	}
	return Span{Sentence: a.Sentence, Start: a.Start, End: end, Type: Org}, firm{foldWords(toks[a.Start:a.End]), foldWords(toks[a.End+1 : a.End+2])}, true
}

// capsTitled returns ws with each word's first letter alone a capital when
// all of ws are in capitals ("LAMSON AND SESSIONS CO", a headline's), so
// that a word is not taken for an acronym; else ws itself.
func capsTitled(ws []text.Token) []text.Token {
	for _, w := range ws {
		if !allCaps(w.Text) {
			return ws
		}
	}
	out := slices.Clone(ws)
	for i, w := range out {
		out[i].Text = w.Text[:1] + strings.ToLower(w.Text[1:])
	}
	return out
}

// demonymFirmSpans joins a firm whose name opens with a demonym and "and",
// which the recognizer cuts after the demonym: "British and Commonwealth
// Shipping Co Plc", "Australian and New Zealand Banking Group Ltd". The
// evidence is the company suffix that ends the firm after "and", and a
// demonym that stands alone (at the start of a sentence or after a word
// in lower case, not in a list: "American, British and Commonwealth ..."
// lists); once joined, the same words without the suffix elsewhere in the
// article are the firm too. The result is sorted.
func (r *Resolver) demonymFirmSpans(sents []text.Sentence, spans []Span) []Span {
	type pair struct{ demonym, first string }
	var firms []pair
	for _, sp := range spans {
		if d, ok := r.demonymBefore(sents, sp); ok && sp.Type == Org && sp.End-sp.Start >= 2 && names.CorpSuffixes.Has(sents[sp.Sentence].Tokens[sp.End-1].Text) {
			firms = append(firms, pair{d, names.Key(sents[sp.Sentence].Tokens[sp.Start].Text)})
		}
	}
	if len(firms) == 0 {
		return spans
	}
	changed := false
	for i := range spans {
		sp := &spans[i]
		d, ok := r.demonymBefore(sents, *sp)
		if !ok || sp.Type == Person || !slices.Contains(firms, pair{d, names.Key(sents[sp.Sentence].Tokens[sp.Start].Text)}) {
			continue
		}
		if i > 0 && spans[i-1].Sentence == sp.Sentence && spans[i-1].End > sp.Start-2 {
			spans[i-1].End = spans[i-1].Start // the demonym's own span: dropped below
		}
		sp.Start -= 2
		sp.Type = Org
		changed = true
	}
	return dropEmptied(spans, changed)
}

// demonymBefore returns the folded demonym right before sp and "and"
// ("British" of "British and Commonwealth Shipping"), when it stands
// alone: at the start of the sentence or after a word in lower case or
// a bracket, in no span longer than itself. sp's first word must be a
// firm's word, no place or demonym.
func (r *Resolver) demonymBefore(sents []text.Sentence, sp Span) (string, bool) {
	if sp.Sentence < 0 || sp.Sentence >= len(sents) || sp.Start < 2 || sp.End > len(sents[sp.Sentence].Tokens) || sp.Start >= sp.End {
		return "", false
	}
	toks := sents[sp.Sentence].Tokens
	if and := toks[sp.Start-1].Text; and != "and" && and != "AND" {
		return "", false
	}
	d := toks[sp.Start-2].Text
	k := names.Key(d)
	if !upperWord(d) || !r.t.IsDemonym(k) || !r.firmWords(toks[sp.Start:sp.Start+1]) {
		return "", false
	}
	if p := sp.Start - 3; p >= 0 {
		if w := toks[p].Text; w == "," || w == "and" || w == "or" || upperWord(w) || r.t.IsDemonym(names.Key(w)) {
			return "", false
		}
	}
	return k, true
}
