package extract

// lowerSurnameLost reports whether a person's words end in an initial and
// the text goes on with a word in lower case: "Ann L. quarbin has
// resigned", where the source wrote the surname in lower case and the
// person's span stopped before it ([cutLowerTail] cuts it when the
// recognizer took it). A name does not end in an initial; what is left
// names no one. A name at a sentence's end or before a capital ("only as
// Ann L. He said") is left.
func lowerSurnameLost(text string, ws []word) bool {
	n := len(ws)
	if n < 2 || !initialToken(ws[n-1].text) {
		return false // the usual case, decided at once
	}
	i := ws[n-1].end
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
		i++
	}
	return i > ws[n-1].end && i+1 < len(text) && 'a' <= text[i] && text[i] <= 'z' && 'a' <= text[i+1] && text[i+1] <= 'z'
}
