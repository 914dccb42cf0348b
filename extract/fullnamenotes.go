package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// noteRunOn reports whether a mention is the first word of a sentence that
// runs on, with no stop, after a results note's firm: "NOTE: Full name is
// Quarbin Tervane Corp Per-share figures restated", "Full name of company
// is Zorbit Lemmo Inc More". The note names the firm in full and ends at
// its legal form; the wire drops the stop there, so the next sentence's
// opening word, capitalized as every opener is, looks like the firm's next
// word or a name of its own. The cue is the note's "full name ... is" in
// the same sentence and a company suffix without a stop right before the
// word; the word is one the case table writes mostly in lower case (each
// part of a hyphened word: "Prior-year"), and the article never writes it
// capitalized inside a sentence (where it would be a name).
func noteRunOn(text string, m *mention) bool {
	if m.Start < 20 || len(m.words) == 0 || strings.IndexByte(m.Name, ' ') >= 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if len(p) < 2 || p[len(p)-1] == '.' || !upperWord(p) || !names.CorpSuffixes.Has(p) {
		return false // the usual case, decided at once: no suffix, or a suffix with its stop
	}
	from := max(0, ps-160)
	if !fullNameNote(strings.ReplaceAll(text[from:ps], "\n", " ")) { // a wire line's end is a space
		return false
	}
	for _, part := range strings.Split(m.Name, "-") {
		if part == "" || !ner.CommonWord(part) {
			return false
		}
	}
	return !capitalizedElsewhere(text, m.Name, m.Start)
}

// fullNameNote reports whether note, the text before a firm's suffix, holds
// a results note's "full name ... is" ("Full name is", "full name of
// company is") with no stop, colon or semicolon after it: the firm's name
// runs from there to the suffix.
func fullNameNote(note string) bool {
	i := strings.LastIndex(note, "ull name ")
	if i < 1 || note[i-1] != 'F' && note[i-1] != 'f' {
		return false
	}
	rest := note[i+len("ull name"):] // from the space after "name"
	j := strings.Index(rest, " is ")
	if j < 0 || j > 20 || strings.ContainsAny(rest[:j+4], ".;:") {
		return false // "Full name of company is": a few words before "is", no stop
	}
	return !strings.ContainsAny(rest[j+4:], ";:") && !strings.Contains(rest[j+4:], ". ")
}
