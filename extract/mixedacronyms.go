package extract

import "strings"

// This file (tail17i) holds the cue by which one word the recognizer took
// for a place or a person is a body's by its shape: an acronym of a
// capital, one or two lower-case letters and one to three capitals to its
// end, the small letters standing for the body's small words ("the QoT's
// figures", "staff at the DfQ"); or a firm's two initials glued to a
// capitalized word, three capitals and then two lower-case letters or more
// ("QVZorbit", "its adviser, TRLemmo,"). No place's or person's name is
// written so; a Scots or Irish prefix ("McQ", "MacD") is a person's
// nickname and is left, as is a shouted word of two capitals ("WIlliam")
// and an acronym of four capitals or more glued to a lower-case word
// ("the screensaver, QVTRhome", a program's name).

// mixedAcronym reports whether a mention typed a place or a person is
// one word of such a shape ([mixedShape], [gluedInitials]). Cost: a byte
// walk over the word.
func mixedAcronym(m *mention) bool {
	if m.typ != Location && m.typ != Person || strings.ContainsAny(m.Name, " -.'") {
		return false
	}
	return mixedShape(m.Name) || gluedInitials(m.Name)
}

// mixedShape reports whether n is three to six ASCII letters: a capital,
// one or two lower-case letters, and one to three capitals to its end,
// with no "Mc" or "Mac" before.
func mixedShape(n string) bool {
	if len(n) < 3 || len(n) > 6 || !isUpperASCII(n[0]) || n[:2] == "Mc" || len(n) > 3 && n[:3] == "Mac" {
		return false
	}
	i := 1
	for i < len(n) && isLowerASCII(n[i]) {
		i++
	}
	if i == 1 || i > 3 || i == len(n) || len(n)-i > 3 {
		return false
	}
	for _, c := range []byte(n[i:]) {
		if !isUpperASCII(c) {
			return false
		}
	}
	return true
}

// gluedInitials reports whether n is three capitals and then two
// lower-case ASCII letters or more to its end.
func gluedInitials(n string) bool {
	i := 0
	for i < len(n) && isUpperASCII(n[i]) {
		i++
	}
	if i != 3 || len(n)-i < 2 {
		return false
	}
	for _, c := range []byte(n[i:]) {
		if !isLowerASCII(c) {
			return false
		}
	}
	return true
}
