package extract

// This file (tail16t) widens [familyNames]'s "the" before a family's
// name to a sentence's "The": "The Quarbin family owns 40% of the firm"
// names the family, as "owned by the Quarbin family" does. Asked only
// after " family" was found after the name.

// familyLead reports whether the name that starts at i follows a
// sentence-opening "The", one space or line break before it.
func familyLead(text string, i int) bool {
	if i < 5 || !lineSpace(text[i-1]) || text[i-4:i-1] != "The" {
		return false
	}
	return sentenceStart(text, i-4)
}
