package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail16k) holds the cue by which a name is a publication's,
// an organization, by the editor's post before it: "said Ann Vell, editor
// of Quarbin Weekly", "news editor at Tervane". The recognizer takes the
// title's words for a person's or a place's name.

// editorOutlet reports whether a name typed a person or a place follows
// "editor of", "editor at", "editors of" or "editor-in-chief of" (maybe
// with "the" between): the publication the editor edits. A name the
// tables know as a place is left ("editor of London's ..." opens with
// the city), and so is a name with a possessive after it ("editor of
// Vell's letters": the work's author). It reads three words back, each
// with a byte test first.
func editorOutlet(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.Start < 10 || m.canon != "" || m.country >= 0 {
		return false
	}
	if m.End+1 < len(text) && (text[m.End] == '\'' || strings.HasPrefix(text[m.End:], "’")) {
		return false
	}
	w, i := prevWordFast(text, m.Start)
	if w == "the" {
		w, i = prevWordFast(text, i)
	}
	if w != "of" && w != "at" {
		return false
	}
	w, _ = prevWordFast(text, i)
	if w == "" || w[len(w)-1] != 'r' && w[len(w)-1] != 's' && w[len(w)-1] != 'f' {
		return false // the cheap question: "editor", "editors", "editor-in-chief"
	}
	switch strings.ToLower(w) {
	case "editor", "editors", "editor-in-chief":
		return !names.Tables().KnownPlace(m.key)
	}
	return false
}
