package extract

// This file (tail16z) widens [familyNames]'s "the" before a family's
// name to "the" and one lower-case word: "the founding Quarbin family",
// "the controlling Tervane family" name the family, as "the Tervane
// family" does. Asked only after " family" was found after the name.

// familyAdjectiveLead reports whether the name that starts at i follows
// one lower-case word of letters that follows "the" (or a sentence's
// "The"), one space or line break between each.
func familyAdjectiveLead(text string, i int) bool {
	if i < 2 || !lineSpace(text[i-1]) {
		return false
	}
	j := i - 1
	for j > 0 && text[j-1] >= 'a' && text[j-1] <= 'z' {
		j--
	}
	if j == i-1 || j < 4 || !lineSpace(text[j-1]) {
		return false // no lower-case word of letters before the name
	}
	if text[j-4:j-1] == "the" && (j == 4 || !isLetterByte(text[j-5])) {
		return true
	}
	return familyLead(text, j)
}
