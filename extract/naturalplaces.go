package extract

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// featureTails end the name of a natural place: "Keta Lagoon", "Sirri
// Island", "Permian Basin", "Noto Peninsula". "Gulf" and "Valley" are left
// out: "Georgia Gulf", "Bow Valley" are companies far more often.
var featureTails = names.Set{"lake": true, "lagoon": true, "river": true, "island": true, "isle": true,
	"peninsula": true, "basin": true, "bay": true, "sea": true, "ocean": true, "strait": true, "straits": true}

// featureHeads begin the name of a natural place before "of": "Sea of
// Japan", "Strait of Hormuz", "Gulf of Bothnia", "Bay of Bengal".
var featureHeads = names.Set{"sea": true, "strait": true, "straits": true, "gulf": true, "bay": true,
	"lake": true, "isle": true, "island": true}

// naturalPlace reports whether a name the recognizer took for an
// organization or a person is a natural place's by its words: a word for
// a sea, lake, river or island at its end ("Keta Lagoon", "Teles Pires
// River"), or before "of" at its start ("Sea of Japan"), or "River" before
// one word ("River Plate"). A word of an organization anywhere keeps it
// one ("Campbell Red Lake Mines Ltd", "Long Island Lighting Co",
// "Strait of Hormuz Authority"), and so does a person's first name before
// the word ("Thomas Bay said", "Veronica Lake").
func naturalPlace(m *mention) bool {
	ws := m.words
	if len(ws) < 2 || m.canon != "" || m.Title != "" {
		return false
	}
	if anyOrgWord(ws) {
		return false
	}
	switch {
	case featureTails[ws[len(ws)-1]]:
		if m.typ == Person && placeGaz().FirstName(ws[0]) {
			return false
		}
		return true
	case len(ws) >= 3 && featureHeads[ws[0]] && ws[1] == "of":
		// An acronym after the place is an event's or a firm's: "Isle of
		// Man TT", the motorcycle race.
		f := strings.Fields(m.Name)
		return !names.IsAcronym(f[len(f)-1])
	case len(ws) == 2 && ws[0] == "river":
		return true
	}
	return false
}

// townBeforeState reports whether a name the recognizer took for an
// organization or a person is a town's: a comma and an American state's
// or a Canadian province's abbreviation follow it, as Reuters writes
// towns ("its Sunrise, Fla., branch", "based in Decatur, Ill.",
// "Armonk, N.Y.-based"), or a state's full name before "-based", a
// comma, a full stop or a lower-case word ("Lemmo, Texas-based Zorbit",
// "its Quarbin, Louisiana plant"; not "Rigby, Texas Democrat"). Left alone: a name with a word of an
// organization ("Acme Corp, Fla."), with "of" or a possessive inside
// ("Acme Savings of Oakland, Calif.": the firm's own name), or after a
// capitalized word ("Rep. Ann O'B. Rigby, N.Y.", a congressman); and a
// town that also names a firm in the article ("In Ashland, Ky., Ashland
// said"), by [townOnly].
func townBeforeState(text string, m *mention) bool {
	if m.canon != "" || m.Title != "" || len(m.words) == 0 || m.End >= len(text) || text[m.End] != ',' ||
		!stateAbbrevAt(text, m.End+1) && !stateNameAt(text, m.End+1) {
		return false
	}
	if !townShaped(text, m) { // tail10yc: shared with provinceTown
		return false
	}
	if m.typ == Person && len(m.words) >= 2 && placeGaz().FirstName(m.words[0]) && !firmSeatOf(text, m) { // tail12u: firmSeatOf
		return false
	}
	return townOnly(text, m.Name)
}

// townPrepositions come before a town's name: "in Moore", "near Gary".
var townPrepositions = names.Set{"in": true, "at": true, "near": true, "of": true, "from": true, "to": true,
	"outside": true}

// townOnly reports whether every time the article writes name it writes
// a town: with a state's abbreviation after it or a preposition of place
// before it. "Ashland said" names the company, and so do "Ashland's
// ability" and "to Ashland Dressed Beef" (a longer name).
func townOnly(text, name string) bool {
	for s, e := range wholeWords(text, name) {
		if e < len(text) && text[e] == ',' && (stateAbbrevAt(text, e+1) || stateNameAt(text, e+1)) {
			continue
		}
		if strings.HasPrefix(text[e:], "'s") || strings.HasPrefix(text[e:], "’s") {
			return false // "Tervane's ability to hire": the firm's
		}
		if w, _ := nextWord(text, e); e < len(text) && lineGap(text, e) && upperWord(w) {
			return false // "to Tervane Dressed Beef": a longer name's word
		}
		if p, _ := prevWord(text, s); !townPrepositions[p] && !townSite(text, s, e) && !firmSeatComma(p) { // tail11d: firmSeatComma
			return false
		}
	}
	return true
}

// stateNames are the American states' full names, as [stateNameAt]
// reads them after a town and a comma.
var stateNames = sync.OnceValue(func() []string {
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		n = strings.TrimSuffix(n, " State")
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, n := range names.StateAbbrevs {
		add(n)
	}
	for _, n := range []string{"Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Utah"} {
		add(n)
	}
	// The longest first: "West Virginia" before "Virginia".
	slices.SortFunc(out, func(a, b string) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return out
})

// stateNameAt reports whether the text at i (after spaces) is an American
// state's full name, capitalized as a name, that ends a town's place:
// "-based", a comma, a full stop, the text's end or a lower-case word
// after it ("Texas-based", "Louisiana, said", "Ohio plant"). A
// capitalized word after it makes a title or a party's member of it
// ("Texas Democrat", "Ohio State").
func stateNameAt(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\n') {
		i++
	}
	for _, n := range stateNames() {
		if !strings.HasPrefix(text[i:], n) {
			continue
		}
		rest := text[i+len(n):]
		switch {
		case rest == "", strings.HasPrefix(rest, "-based"), rest[0] == ',', rest[0] == '.', rest[0] == ';':
			return true
		case rest[0] == ' ':
			w, _ := nextWord(rest, 0)
			return w != "" && unicode.IsLower(rune(w[0]))
		}
		return false
	}
	return false
}

// wordByte reports whether b continues a word.
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// stateAbbrevAt reports whether the word at i (after spaces or a line
// break) is an American state's or a Canadian province's abbreviation
// with its period: "Fla.", "N.Y.", "B.C.", "Calif.-based". "Ind" with no
// period is no state.
func stateAbbrevAt(text string, i int) bool {
	w, _ := nextWord(text, i)
	if w == "" || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	end := strings.IndexFunc(w, func(r rune) bool { return r != '.' && !unicode.IsLetter(r) })
	if end >= 0 {
		w = w[:end]
	}
	if !strings.HasSuffix(w, ".") {
		return false
	}
	k := strings.ToLower(strings.ReplaceAll(w, ".", ""))
	_, state := names.StateAbbrevs[k]
	_, province := names.ProvinceAbbrevs[k]
	return state || province
}

// openingPrepositions begin a sentence before a name: "Of First City's
// loans, ...", "By Standard Pacific's count, ...".
var openingPrepositions = map[string]bool{"Of": true, "In": true, "By": true, "At": true, "From": true,
	"With": true, "For": true, "On": true, "To": true}

// openingPreposition reports whether w is a preposition, capitalized only
// because it opens a sentence (after a period, at the start of the text
// or of a paragraph, not at a wrapped line's start: "with\nIn Capital SPA" is a bank),
// that the recognizer took into the name after it: "On-Line Software" is
// one word.
func openingPreposition(text string, w word) bool {
	if !openingPrepositions[w.text] {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(text[:w.start], " \t"), "\n\n") {
		return true // a paragraph's first word
	}
	p, _ := prevWord(text, w.start)
	return p == "" || strings.HasSuffix(p, ".") || strings.HasSuffix(p, `"`)
}
