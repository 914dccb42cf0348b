package extract

// This file (tail14d) holds the figures that an apposition's noun phrase
// may carry before its head: "Zorbit, a 300 dlr program that", "Zorbit,
// a 1,500-page manual". A figure is no head and does not end the phrase.

// appositionFigure reports whether w, a word of an apposition read
// whole (no mark glued after it), is a figure: a digit first, then only
// digits, commas, points and hyphened lower-case units ("300",
// "1,500", "2.5", "64-bit").
func appositionFigure(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if c >= '0' && c <= '9' || c == ',' || c == '.' {
			continue
		}
		return c == '-' && i+1 < len(w) && isLowerASCII(w[i+1])
	}
	return w[len(w)-1] != ',' && w[len(w)-1] != '.'
}
