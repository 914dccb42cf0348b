package graphstore

// A line-up's last names often stand in a short sentence of their own
// after it ("Subs not used: Hamann, Harrison."), too few to make it a
// line-up by their count (lineupMin): a sentence of two such names at
// least, next to a line-up's sentence, is the line-up's tail.

// besideLineup reports whether sentence s names two people by one word at
// least, no quarter of them firms' names, and a sentence next to it is a
// line-up's (see lineupNames; per and firms count by sentence).
func besideLineup(per, firms map[int]int, s int) bool {
	if per[s] < 2 || 4*firms[s] >= per[s] {
		return false
	}
	line := func(t int) bool { return per[t] >= lineupMin && 4*firms[t] < per[t] }
	return line(s-1) || line(s+1)
}
