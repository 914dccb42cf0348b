package extract

import "strings"

// This file (tail13w) holds the cue by which a name the recognizer typed
// as a person is no person: a digit in it. People's names are written in
// letters (a king's number in Roman ones); a digit marks a model ("the
// Quelby 400CS Turbo"), an aircraft ("PA-31 Tarrow"), a bill ("Bill
// C-12") or a table's or a headline's debris ("1-Weary Tarrow").

// digitPerson reports whether a name typed as a person holds a digit, no
// slash and no alias rule settles it: no entity. A slash pair is left
// as [Resolver.splitSlashPairs] reads it ("Tovey/K2 Marle" in a side's
// list of players).
func digitPerson(m *mention) bool {
	return m.typ == Person && m.canon == "" && m.forced == "" && strings.ContainsAny(m.Name, "0123456789") &&
		!strings.Contains(m.Name, "/")
}
