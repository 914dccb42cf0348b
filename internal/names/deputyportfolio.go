package names

// portfolioOffice returns the index after an office that words from i
// lead to through portfolio words after a title's head: "Planning
// Minister" in "Deputy Planning Minister Faisal Vellor", "Health
// Secretary" in "Shadow Deputy Health Secretary Ann Vell". The grammar
// reads a portfolio word after the head only when it is a title word
// ("Deputy Foreign Minister"); the rest ("Planning", "Mines", "Housing")
// ended the title before them. It returns 0 when the words are no
// portfolio before an office, or no name would be left after the office.
func portfolioOffice(words []string, i int) int {
	j := i
	for j < len(words) && IsCapitalized(words[j]) && PortfolioWords[Key(words[j])] && !TitleOffices[Key(words[j])] {
		j++
	}
	if j == i || j >= len(words)-1 || !IsCapitalized(words[j]) || !Offices[untaken(Key(words[j]))] {
		return 0
	}
	return j + 1
}
