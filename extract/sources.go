package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// agency is a news agency or other outlet often credited as a source.
type agency struct {
	id      string   // "org:reuters"
	names   []string // every name it goes by
	strong  bool     // its names are distinctive enough to find by scanning
	upperOK []string // short names matched only in capitals ("AP")
}

// agencies is written for this project: the wire services and outlets that
// credit news copy.
var agencies = []agency{
	{id: "org:reuters", names: []string{"Reuters", "Thomson Reuters", "Reuters News"}, strong: true},
	{id: "org:ap", names: []string{"Associated Press", "The Associated Press"}, upperOK: []string{"AP"}, strong: true},
	{id: "org:afp", names: []string{"Agence France-Presse", "Agence France Presse"}, upperOK: []string{"AFP"}, strong: true},
	{id: "org:kcna", names: []string{"Korean Central News Agency"}, upperOK: []string{"KCNA"}, strong: true},
	{id: "org:xinhua", names: []string{"Xinhua", "Xinhua News Agency", "New China News Agency"}, strong: true},
	{id: "org:yonhap", names: []string{"Yonhap", "Yonhap News Agency", "Yonhap News"}, strong: true},
	{id: "org:tass", names: []string{"ITAR-TASS", "Itar-Tass", "Tass"}, upperOK: []string{"TASS"}, strong: true},
	{id: "org:ria-novosti", names: []string{"RIA Novosti", "RIA"}, strong: true},
	{id: "org:interfax", names: []string{"Interfax"}, strong: true},
	{id: "org:kyodo", names: []string{"Kyodo", "Kyodo News", "Kyodo News Agency"}, strong: true},
	{id: "org:upi", names: []string{"United Press International"}, upperOK: []string{"UPI"}, strong: true},
	{id: "org:dpa", names: []string{"Deutsche Presse-Agentur", "dpa"}, upperOK: []string{"DPA"}, strong: true},
	{id: "org:ansa", names: []string{"Ansa"}, upperOK: []string{"ANSA"}},
	{id: "org:efe", names: []string{"Efe"}, upperOK: []string{"EFE"}},
	{id: "org:irna", names: []string{"Islamic Republic News Agency"}, upperOK: []string{"IRNA"}, strong: true},
	{id: "org:pti", names: []string{"Press Trust of India"}, upperOK: []string{"PTI"}, strong: true},
	{id: "org:bernama", names: []string{"Bernama"}, strong: true},
	{id: "org:antara", names: []string{"Antara"}},
	{id: "org:anadolu", names: []string{"Anadolu Agency", "Anadolu"}},
	{id: "org:wafa", names: []string{"Wafa"}},
	{id: "org:mena", names: []string{"Middle East News Agency"}, upperOK: []string{"MENA"}},
	{id: "org:sana", names: []string{"Syrian Arab News Agency"}, upperOK: []string{"SANA"}},
	{id: "org:spa", names: []string{"Saudi Press Agency"}},
	{id: "org:aap", names: []string{"Australian Associated Press"}, upperOK: []string{"AAP"}},
	{id: "org:canadian-press", names: []string{"Canadian Press", "The Canadian Press"}, upperOK: []string{"CP"}},
	{id: "org:press-association", names: []string{"Press Association"}, upperOK: []string{"PA"}},
	{id: "org:bloomberg", names: []string{"Bloomberg", "Bloomberg News"}},
	{id: "org:dow-jones", names: []string{"Dow Jones Newswires"}},
	{id: "org:bbc", names: []string{"British Broadcasting Corporation"}, upperOK: []string{"BBC"}},
	{id: "org:cnn", names: []string{"Cable News Network"}, upperOK: []string{"CNN"}},
	{id: "org:al-jazeera", names: []string{"Al Jazeera", "Al-Jazeera", "Aljazeera"}},
}

// mediaWord marks an organization name as an outlet: "The Washington Post
// reported" credits a source, "Microsoft said" does not.
var mediaWord = map[string]bool{"news": true, "agency": true, "press": true, "times": true,
	"post": true, "journal": true, "herald": true, "tribune": true, "television": true,
	"tv": true, "radio": true, "broadcasting": true, "gazette": true, "daily": true,
	"telegraph": true, "guardian": true, "newswire": true, "newswires": true, "wire": true,
	"magazine": true, "com": true, "chronicle": true, "observer": true, "media": true}

// sayVerbs follow a source: "KCNA said".
var sayVerbs = map[string]bool{"said": true, "says": true, "reported": true, "reports": true,
	"quoted": true, "added": true, "wrote": true, "announced": true, "cited": true, "stated": true}

// isDash reports whether s is a dash used in credits: "-", "--", "—", "–".
func isDash(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r != '-' && r != '—' && r != '–' {
			return false
		}
	}
	return true
}

// prevWord returns the non-space run ending before i and its start.
func prevWord(text string, i int) (string, int) {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= n
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if unicode.IsSpace(r) {
			break
		}
		k -= n
	}
	return text[k:j], k
}

// nextWord returns the non-space run starting at or after i and its end.
func nextWord(text string, i int) (string, int) {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	k := j
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if unicode.IsSpace(r) {
			break
		}
		k += n
	}
	return text[j:k], k
}

// lineStart reports whether only spaces stand between the start of the line
// (or of the text) and i.
func lineStart(text string, i int) bool {
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
		j -= n
	}
	return true
}

// lineEnd reports whether only spaces, periods and leftover entities stand
// between i and the end of the line (or of the text).
func lineEnd(text string, i int) bool {
	for j := i; j < len(text); {
		if strings.HasPrefix(text[j:], "nbsp;") {
			j += 5
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) && r != '.' && r != '\u00a0' {
			return false
		}
		j += n
	}
	return true
}

// creditRole decides whether the mention text[start:end] is a credit or an
// attribution. outlet says whether the entity is a known agency or a media
// name; plain organizations are sources only in datelines and bylines.
func creditRole(text string, start, end int, outlet bool) bool {
	before, bstart := prevWord(text, start)
	after, _ := nextWord(text, end)
	// Bare or trailing "(Reuters)": the parenthesis is outside the span.
	openParen := strings.HasSuffix(before, "(") || strings.HasPrefix(text[start:end], "(")
	closeParen := strings.HasPrefix(after, ")") || strings.HasSuffix(text[start:end], ")")
	if openParen && closeParen {
		rest := strings.TrimPrefix(after, ")")
		// "WASHINGTON (Reuters) -" and a headline's "(AP)" at the end.
		if isDash(rest) || (rest == "" && isDash(nextAfter(text, end))) || lineEnd(text, skipParen(text, end)) {
			return true
		}
		return outlet && !definesAcronym(text, start)
	}
	// "— Reuters" at the end of a line.
	if isDash(before) && lineEnd(text, end) {
		return true
	}
	// "AP - Shaquille O'Neal ..." at the start of a line.
	if lineStart(text, start) && isDash(after) {
		return true
	}
	if !outlet {
		return false
	}
	// "KCNA said", "according to KCNA".
	if sayVerbs[strings.ToLower(strings.Trim(after, ".,;:"))] {
		return true
	}
	if strings.ToLower(before) == "the" {
		before, bstart = prevWord(text, bstart)
	}
	if strings.ToLower(before) == "to" {
		w, _ := prevWord(text, bstart)
		if strings.ToLower(w) == "according" {
			return true
		}
	}
	return false
}

// nextAfter returns the word after the one starting at i.
func nextAfter(text string, i int) string {
	_, e := nextWord(text, i)
	w, _ := nextWord(text, e)
	return w
}

// skipParen returns the offset after a ")" that follows i.
func skipParen(text string, i int) int {
	for j := i; j < len(text); {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == ')' {
			return j + n
		}
		if !unicode.IsSpace(r) {
			return i
		}
		j += n
	}
	return i
}

// definesAcronym reports whether the "(" before the mention at start follows
// a capitalized word, as in "Korean Central News Agency (KCNA)".
func definesAcronym(text string, start int) bool {
	p := strings.LastIndexByte(text[:min(start+1, len(text))], '(')
	if p < 0 {
		return false
	}
	w, _ := prevWord(text, p)
	return w != "" && isCapitalized(w) && !isDash(w) && !strings.HasSuffix(w, ")")
}

// isOutletName reports whether a folded organization key names a news outlet.
func isOutletName(key string) bool {
	for _, w := range strings.Fields(key) {
		if mediaWord[w] {
			return true
		}
	}
	return false
}
