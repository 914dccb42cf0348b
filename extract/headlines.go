package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/internal/names"
)

// fixHeadlines shrinks a headline mention that swallowed a headline word
// ("Putin Vows" in "Putin Vows To Bolster Ties") to the part that names an
// entity of the body.
func (r *Resolver) fixHeadlines(ms []*mention, titleEnd int) {
	if titleEnd < 0 {
		return
	}
	if !slices.ContainsFunc(ms, func(m *mention) bool {
		return m.Start <= titleEnd && len(m.words) >= 2 && m.country < 0 && m.agency < 0
	}) {
		return // no headline name of several words to shrink
	}
	bodyKeys := map[string]bool{}
	bodyWords := map[string]bool{}
	for _, m := range ms {
		if m.Start > titleEnd {
			bodyKeys[m.key] = true
			for _, w := range m.words {
				bodyWords[w] = true
			}
		}
	}
	for _, m := range ms {
		if m.Start > titleEnd || len(m.words) < 2 || bodyKeys[m.key] || m.country >= 0 || m.agency >= 0 {
			continue
		}
		n := len(m.words)
		found := false
		for l := n - 1; l >= 1 && !found; l-- {
			for s := 0; s+l <= n; s++ {
				sub := m.words[s : s+l]
				if !bodyKeys[strings.Join(sub, " ")] || l == 1 && suffixedFirm(m.words) {
					continue
				}
				dropped := append(slices.Clone(m.words[:s]), m.words[s+l:]...)
				if slices.ContainsFunc(dropped, func(w string) bool { return bodyWords[w] }) {
					continue
				}
				nameWords := strings.Fields(m.Name)
				if len(nameWords) != n {
					break
				}
				ws := splitWords(m.Text, 0, len(m.Text))
				if len(ws) == n {
					m.Start, m.End = m.Start+ws[s].start, m.Start+ws[s+l-1].end
					m.Text = m.Text[ws[s].start:ws[s+l-1].end]
				}
				m.Name = strings.Join(nameWords[s:s+l], " ")
				m.key = strings.Join(sub, " ")
				m.words = sub
				m.acronym = l == 1 && names.IsAcronym(m.Name)
				found = true
				break
			}
		}
	}
}

// titleCased reports whether a headline capitalizes its words, so that
// capitals say nothing about names: most words of four letters or more start
// with a capital.
func titleCased(headline string) bool {
	long, caps := 0, 0
	for w := range strings.FieldsSeq(headline) {
		if len(w) < 4 {
			continue
		}
		long++
		if names.IsCapitalized(w) {
			caps++
		}
	}
	return long >= 2 && caps*10 >= long*7
}

// dropHeadlineNoise drops the mentions of a title-cased headline that name
// nothing the body names: in "Kremlin Chief Signs Budget Into Law" a
// recognizer finds names in every capital. Countries, agencies and names
// the body repeats, whole or in part, are kept.
func dropHeadlineNoise(text string, ms []*mention, titleEnd int) []*mention {
	if titleEnd < 0 || !titleCased(text[:titleEnd]) || !slices.ContainsFunc(ms, func(m *mention) bool {
		return m.Start <= titleEnd && m.country < 0 && m.agency < 0 && m.forced == "" && m.canon == ""
	}) {
		// No mention of the title can go: those the tables or the
		// article decided are kept whatever the body says.
		return ms
	}
	bodyKeys := make(map[string]bool, len(ms))
	bodyEnds := make(map[string]bool, 2*len(ms)) // first and last words of body names
	body := false
	for _, m := range ms {
		if m.Start <= titleEnd {
			continue
		}
		body = true
		bodyKeys[m.key] = true
		addCoStem(m.words, bodyKeys, bodyEnds)
		if n := len(m.words); n > 1 {
			bodyEnds[m.words[0]] = true
			bodyEnds[m.words[n-1]] = true
		}
	}
	if !body {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		// A lone place the tables know ("Pyongyang Warns Seoul") is kept;
		// a lone capitalized word the body never names ("Ban of Sprinter
		// in Balco Case") is a headline word, whatever the recognizer said.
		keep := m.Start > titleEnd || m.country >= 0 || m.agency >= 0 || m.forced != "" || m.canon != "" ||
			bodyKeys[m.key] || len(m.words) == 1 && (bodyEnds[m.key] || m.typ == Location && !hasWord(text[titleEnd:], strings.ToLower(m.Name)) && names.Tables().KnownPlace(m.key))
		if !keep && len(m.words) > 1 {
			keep = bodyKeys[m.words[0]] || bodyKeys[m.words[len(m.words)-1]]
			// "Vikings Rally Past Packers" holds two names of the body: it
			// is neither, and the body has both.
			keep = keep && countKeysIn(m.words, bodyKeys) < 2
		}
		if !keep && m.typ == Org {
			keep = resultsFirm(text, titleEnd, m, ms) // tail17v
		}
		if !keep && m.acronym {
			for k := range bodyKeys {
				if names.InitialsMatch(m.key, strings.Fields(k)) {
					keep = true
					break
				}
			}
		}
		if keep {
			kept = append(kept, m)
		}
	}
	return kept
}

// hasWord reports whether w occurs in s as a whole word, in the case given:
// a headline's "Summit" is an ordinary word when the body says "summit".
func hasWord(s, w string) bool {
	for i := 0; w != ""; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !unicode.IsLetter(before)) && (b == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		i = b
	}
	return false
}

// countKeysIn counts the non-overlapping runs of words that are keys,
// longest first from the left.
func countKeysIn(words []string, keys map[string]bool) int {
	n := 0
	for i := 0; i < len(words); {
		l := len(words) - i
		for ; l >= 1; l-- {
			if keys[strings.Join(words[i:i+l], " ")] {
				break
			}
		}
		if l == 0 {
			i++
			continue
		}
		n++
		i += l
	}
	return n
}
