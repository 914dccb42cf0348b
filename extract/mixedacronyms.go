package extract

// This file (tail17i) holds the cue by which one word the recognizer took
// for a place or a person is a body's acronym by its shape: a capital, one
// or two lower-case letters, and one to three capitals to its end, the
// small letters standing for the body's small words ("the QoT's figures",
// "staff at the DfQ"). No place's or person's name is written so; a Scots
// or Irish prefix ("McQ", "MacD") is a person's nickname and is left.

// mixedAcronym reports whether a mention typed a place or a person is
// one word of three to six ASCII letters shaped so.
// Cost: a byte walk over at most six letters.
func mixedAcronym(m *mention) bool {
	n := m.Name
	if m.typ != Location && m.typ != Person || len(n) < 3 || len(n) > 6 || !isUpperASCII(n[0]) ||
		n[:2] == "Mc" || len(n) > 3 && n[:3] == "Mac" {
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
