package extract

// longMonths are the months of five letters or more, whose misspellings
// the wire's copy kept ("Febraury", "Sepember", "Apirl"). The short ones,
// "May", "June" and "July", are one letter from too many names.
var longMonths = []string{"january", "february", "march", "april", "august", "september",
	"october", "november", "december"}

// monthTypo reports whether a mention is a misspelled month, alone or
// before a day's figures: "Jnauary", "Sepember 30", "Apirl 10/May". Its
// first word is a month with two neighbouring letters swapped, or, for
// the months of seven letters or more, one letter dropped or added; the
// other words begin with a figure or are months. The cheap test, the first word's length
// and first letter, goes before the spelling's.
func monthTypo(m *mention) bool {
	w := m.words[0]
	if len(w) < 5 || len(w) > 10 {
		return false
	}
	for _, rest := range m.words[1:] {
		if (rest == "" || rest[0] < '0' || rest[0] > '9') && !tradeMonths[rest] {
			return false
		}
	}
	for _, month := range longMonths {
		if w[0] != month[0] && w[1] != month[1] {
			continue
		}
		if swapped(w, month) || len(month) >= 7 && oneLetterApart(w, month) {
			return true
		}
	}
	return false
}

// swapped reports whether a is b with two neighbouring letters swapped.
func swapped(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// oneLetterApart reports whether one of a and b is the other with one
// letter added.
func oneLetterApart(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	return a[i+1:] == b[i:]
}
