package extract

// lineGap reports whether the byte at i parts two words of one paragraph:
// a space, or a line break with no blank line at it. Wire copy is broken
// into lines of some sixty bytes, so a rule that reads the word after a
// name must take the line's end for a space ("converted to Quarbin
// Hut\nrestaurants").
func lineGap(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	switch text[i] {
	case ' ':
		return true
	case '\n':
		return (i+1 >= len(text) || text[i+1] != '\n') && (i == 0 || text[i-1] != '\n')
	}
	return false
}
