package extract

import (
	"strings"
	"unicode"
)

// splitSlashPairs cuts in two a person's mention that joins two players
// by a slash where the slash reads "or": two players who share a place in
// a team sheet, "Subs: Ansel, R Tovey/K Marle, Dunne." (either will
// play). The cue is where the mention stands: a whole item of a list, between
// a comma or a colon and a comma, a full stop or a semicolon, on a line
// of three commas or more. Each side must be a short name: one to four
// words, each capitalized or a name's particle ("du", "van"), the last
// with a lower-case letter (an acronym pair, "AC/DC", is one name), no
// figure. The slash has no space beside it. Each half is a person's
// mention. Two clubs waiting on a replay in a cup draw ("Elkton v
// Marlow/Tervane Utd") read the same way, but are left: split, their
// towns' names join the draw's context, and graphstore's club-town rule
// then finds a town's story sharing them with the draw (tail12e's
// changes.md).
func (r *Resolver) splitSlashPairs(text string, ms []*mention) []*mention {
	return splitEach(ms, func(out []*mention, m *mention) ([]*mention, bool) {
		if m.typ != Person || strings.Count(m.Name, "/") != 1 {
			return out, false
		}
		slash := slashOr(text, m)
		if slash < 0 {
			return out, false
		}
		out = r.mentions(out, text, m.Start, slash, m.Sentence, m.typ)
		return r.mentions(out, text, slash+1, m.End, m.Sentence, m.typ), true
	})
}

// slashOr returns the offset in text of the slash of m when it parts two
// short names in a list ([Resolver.splitSlashPairs]),
// and -1 otherwise.
func slashOr(text string, m *mention) int {
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		return -1
	}
	slash := strings.IndexByte(text[m.Start:m.End], '/')
	if slash <= 0 || m.Start+slash+1 >= m.End {
		return -1
	}
	slash += m.Start
	if !slashSide(text[m.Start:slash]) || !slashSide(text[slash+1:m.End]) {
		return -1
	}
	if !wholeListItem(text, m.Start, m.End) {
		return -1
	}
	return slash
}

// slashSide reports whether s, one side of a slash, is a short name:
// one to four words, each capitalized or a name's particle, the first
// and the last capitalized, the last with a lower-case letter, no figure.
func slashSide(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for i, w := range ws {
		if strings.ContainsFunc(w, unicode.IsDigit) {
			return false
		}
		if upperWord(w) {
			continue
		}
		if i == 0 || i == len(ws)-1 || !holderParticles[w] {
			return false
		}
	}
	return strings.ContainsFunc(ws[len(ws)-1], unicode.IsLower)
}

// wholeListItem reports whether text[start:end] stands as one item of a list:
// a comma or a colon before it, a comma, a full stop or a semicolon after
// it, on a line of three commas or more.
func wholeListItem(text string, start, end int) bool {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 || text[i-1] != ',' && text[i-1] != ':' {
		return false
	}
	j := end
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j < len(text) && text[j] != ',' && text[j] != '.' && text[j] != ';' && text[j] != '\n' {
		return false
	}
	ls, le := lineAround(text, start, end)
	// A long paragraph is prose, no list.
	if le-ls > 2000 {
		return false
	}
	return strings.Count(text[ls:le], ",") >= 3
}
