package extract

// ofEnding reports whether a name of two words or more ends in "of", or in
// "of" and a figure that is no year, as a span does that a sentence's
// amount cut short: "the Bank of 22.9 billion dlrs", "an Investment of 240
// mln dlrs". No name ends so; "the Act of 1986" keeps its year. The cheap
// question first: "of" as the last word or the one before it.
func ofEnding(m *mention) bool {
	n := len(m.words)
	if n < 2 {
		return false
	}
	if m.words[n-1] == "of" {
		return true
	}
	if n < 3 || m.words[n-2] != "of" {
		return false
	}
	f := m.words[n-1]
	if f == "" || f[0] < '0' || f[0] > '9' {
		return false
	}
	return !(len(f) == 4 && (f[0] == '1' || f[0] == '2'))
}
