package extract

import (
	"strings"
)

// This file reads the tables of grain ships at a port's elevators, as
// Reuters sets them under a heading of three words:
//
//	ELEVATOR                 LOADING  WAITING
//	QUARBIN GRAIN, VELLE PORT    1      3
//
// Each line names an elevator by its firm and, after a comma, the town it
// stands in; the two figures are the ships loading and waiting. The
// recognizer takes the towns for firms and glues the heading to the line
// below it.

// elevatorTown reports whether a name is an elevator's town in a table of
// grain ships: it stands on a line after a firm's name and a comma, only
// figures follow it on its line, and the table's heading ("ELEVATOR
// LOADING WAITING") is at most a dozen lines above.
func elevatorTown(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" {
		return false
	}
	// The comma first: most names have none right before them, and the
	// line's start can be a long paragraph away.
	if c := strings.TrimRight(text[:m.Start], " \t"); !strings.HasSuffix(c, ",") {
		return false
	}
	start := strings.LastIndexByte(text[:m.Start], '\n') + 1
	before := strings.TrimRight(text[start:m.Start], " \t")
	if !strings.HasSuffix(before, ",") || strings.TrimSpace(before) == "," {
		return false
	}
	end := strings.IndexByte(text[m.End:], '\n')
	if end < 0 {
		end = len(text) - m.End
	}
	after := strings.TrimSpace(text[m.End : m.End+end])
	if after == "" || strings.Trim(after, "0123456789 \t") != "" {
		return false
	}
	return elevatorHeadingAbove(text, start)
}

// elevatorHeadingAbove reports whether one of the twelve lines before the
// line that starts at i is a table of grain ships' heading.
func elevatorHeadingAbove(text string, i int) bool {
	for k := 0; k < 12 && i > 0; k++ {
		j := strings.LastIndexByte(text[:i-1], '\n') + 1
		if elevatorHeadingLine(text[j : i-1]) {
			return true
		}
		i = j
	}
	return false
}

// elevatorHeadingLine reports whether a line is the heading of a table of
// grain ships: "ELEVATOR", "LOADING" and "WAITING", in any case, alone.
func elevatorHeadingLine(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	return len(f) == 3 && f[0] == "elevator" && f[1] == "loading" && f[2] == "waiting"
}

// elevatorHeading reports whether a name begins with the words of a table
// of grain ships' heading, glued by the recognizer to the line below it
// ("ELEVATOR LOADING WAITING QUARBIN ..."): no name.
func elevatorHeading(m *mention) bool {
	w := m.words
	return len(w) >= 3 && w[0] == "elevator" && w[1] == "loading" && w[2] == "waiting"
}
