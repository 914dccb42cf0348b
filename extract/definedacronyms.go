package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// definitionWindow bounds how far (in bytes) from an acronym its
// definition in lower case may stand: the sentence before, or the same.
const definitionWindow = 300

// definedAcronyms drops the acronyms an article spells out in common words
// in lower case near them but not right before a parenthesis, which
// [commonAcronyms] reads: "file a new drug application by June ... When
// the NDA is approved", "the standard rate of (value added tax) VAT". A
// term's acronym, not a name's. A plural written in capitals and lower case
// in parentheses right after its definition ("anti-social behaviour orders
// (Asbos)") is one too. Acronyms the tables or an alias rule know stay, as
// do those whose letters are the initials of a capitalized name of the
// article (the name's short form), those a headline writes (a headline
// spells out no term), and definitions that end in a body's or a
// programme's word ("the federal open market committee", "the export
// enhancement program": one body, one programme, written in lower case).
func definedAcronyms(text string, ms []*mention) []*mention {
	var cands []*mention
	var known []string
	for _, m := range ms {
		if m.ruled() {
			known = append(known, m.key)
		}
		if m.ruled() || m.typ != Org {
			continue
		}
		if m.acronym && len(definitionLetters(m.Name)) >= 3 || parenPlural(text, m) {
			cands = append(cands, m)
		}
	}
	if len(cands) == 0 {
		return ms // the usual case, decided at once
	}
	var common []string
	for _, m := range cands {
		if containsString(common, m.key) || containsString(known, m.key) || nameInitials(ms, m) {
			continue
		}
		if parenPlural(text, m) || lowerDefinedNear(text, m) {
			common = append(common, m.key)
		}
	}
	if len(common) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if containsString(common, m.key) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// parenPlural reports whether m is one word in capital and lower case
// letters ending in "s", in parentheses right after words in lower case
// whose initials spell it: "anti-social behaviour orders (Asbos)".
func parenPlural(text string, m *mention) bool {
	if len(m.words) != 1 || len(m.Name) < 4 || m.Name[len(m.Name)-1] != 's' || !upperWord(m.Name) || names.IsUpperWord(m.Name) {
		return false
	}
	if m.Start < 2 || m.End >= len(text) || text[m.Start-1] != '(' || text[m.End] != ')' {
		return false
	}
	for _, r := range m.Name[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return lowerDefinition(strings.ReplaceAll(text[max(0, m.Start-200):m.Start-1], "-", " "), m.Name)
}

// nameInitials reports whether another mention of the article, of two or
// more words, has initials that spell m's letters: "Public Service
// Commission ... the PSC".
func nameInitials(ms []*mention, m *mention) bool {
	all := definitionLetters(m.Name)
	letters := strings.TrimSuffix(all, "s")
	var buf [16]byte // the initials, on the stack: most names are short
	for _, o := range ms {
		if len(o.words) < 2 || o == m {
			continue
		}
		b := buf[:0]
		for _, w := range o.words {
			if !names.MinorWords[w] {
				b = append(b, w[0])
			}
		}
		if string(b) == letters || strings.HasPrefix(all, string(b)) {
			return true
		}
	}
	return false
}

// lowerDefinedNear reports whether text holds, within definitionWindow
// bytes of m, words in lower case (no small word among them, joined by a
// space or a hyphen) whose initials spell m's letters and which end their
// run of such words, as a noun phrase ends at its head: "a new drug
// application PEG-ADA" for NDA, "(valued added tax)" for VAT. The last word
// must not be a body's.
func lowerDefinedNear(text string, m *mention) bool {
	letters := definitionLetters(m.Name)
	lo, hi := max(0, m.Start-definitionWindow), m.Start
	if strings.HasPrefix(text[m.End:], " (") {
		hi = min(len(text), m.End+definitionWindow/3) // "VAT (value added tax)"
	}
	body := max(0, strings.Index(text, "\n\n"))
	if strings.Contains(text[:body], strings.ToUpper(m.Name)) {
		return false // a headline's acronym is well known: "GROWERS WANT EEP"
	}
	var words []string
	var starts []int
	flush := func() bool {
		defer func() { words, starts = words[:0], starts[:0] }()
		d := initialsEnd(words, letters)
		// Defined before its first use in the body, as a writer does.
		return d >= 0 && starts[d] > body && !strings.Contains(text[body:starts[d]], m.Name)
	}
	isLower := func(k int) bool { return k < hi && text[k] >= 'a' && text[k] <= 'z' }
	for i := lo; i < hi; {
		if !isLower(i) {
			if flush() {
				return true
			}
			i++
			continue
		}
		j := i
		for isLower(j) {
			j++
		}
		w := text[i:j]
		if i > 0 && (unicode.IsLetter(rune(text[i-1])) || unicode.IsDigit(rune(text[i-1])) || text[i-1] == '\'') ||
			definitionStops.Has(w) || names.MinorWords[w] {
			if flush() {
				return true
			}
		} else {
			words, starts = append(words, w), append(starts, i)
		}
		i = j
		if i+1 < hi && (text[i] == ' ' || text[i] == '-') && isLower(i+1) {
			i++ // the run goes on
		}
	}
	return flush()
}

// initialsEnd returns the index in words of the first of the last words
// whose initials spell letters (or letters without a plural "s"), or -1;
// the last word must not be a body's or a programme's.
func initialsEnd(words []string, letters string) int {
	if len(words) == 0 || names.OrgHeads.Has(words[len(words)-1]) || programWords.Has(words[len(words)-1]) {
		return -1
	}
	for _, l := range []string{letters, strings.TrimSuffix(letters, "s")} {
		n := len(l)
		if n < 3 || len(words) < n {
			continue
		}
		ok := true
		for i, w := range words[len(words)-n:] {
			if w[0] != l[i] {
				ok = false
				break
			}
		}
		if ok {
			return len(words) - n
		}
	}
	return -1
}

// programWords end the names of a government's programmes, which wire
// copy writes in lower case and still names one: "the export enhancement
// program (EEP)".
var programWords = names.Set{"program": true, "programme": true, "programs": true, "programmes": true}

// definitionStops are the small words a term's definition does not hold,
// beside [names.MinorWords]: a run of words in lower case breaks at them.
var definitionStops = names.Set{"a": true, "an": true, "to": true, "by": true, "with": true, "as": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "it": true, "its": true,
	"that": true, "this": true, "than": true, "or": true, "but": true, "per": true, "from": true, "not": true,
	"will": true, "would": true, "could": true, "can": true, "has": true, "have": true, "had": true,
	"said": true, "says": true, "such": true, "some": true, "which": true, "who": true, "their": true}
