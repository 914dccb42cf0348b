package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key folds a name for matching: Unicode NFC, lower case, accents removed,
// apostrophes and periods dropped, "&" read as "and", other punctuation as
// spaces, a leading "the" dropped. "U.S." and "us" fold alike, as do
// "Kim Jong-un" and "Kim Jong Un", "José" and "Jose". It returns "" for a
// name with no letters or digits.
func Key(name string) string {
	if len(name) <= 100 && isASCII(name) && strings.IndexByte(name, ';') < 0 {
		return asciiKey(name)
	}
	return keySlow(name)
}

// keySlow is [Key] for any name.
func keySlow(name string) string {
	name = fixEntities(name)
	ascii := isASCII(name)
	if !ascii {
		name = norm.NFD.String(name)
	}
	var b strings.Builder
	b.Grow(len(name) + 4)
	space := true // at the start or after a space
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Mn, r):
			// accent of the previous letter
		case r == '\'' || r == '’' || r == '‘' || r == '.' || r == 'ʼ':
			// joined: O'Neal → oneal, U.S. → us
		case r == '&':
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString("and ")
			space = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	k := strings.TrimSuffix(b.String(), " ")
	if strings.HasPrefix(k, "the ") {
		k = k[4:]
	}
	if ascii {
		return k
	}
	return norm.NFC.String(k)
}

// appendKey appends the key of name to dst.
func appendKey(dst []byte, name string) []byte {
	if len(name) > 100 || !isASCII(name) || strings.IndexByte(name, ';') >= 0 {
		return append(dst, Key(name)...)
	}
	return foldASCII(dst, name)
}

// asciiKey is [Key] for a short ASCII name without entities; a name that is
// its own key costs no allocation.
func asciiKey(name string) string {
	var buf [128]byte
	k := foldASCII(buf[:0], name)
	if string(k) == name {
		return name
	}
	return string(k)
}

// byKey returns m[Key(name)], without allocating for short ASCII names:
// the key is folded on the stack and looked up as string(bytes).
func byKey[V any](m map[string]V, name string) (V, bool) {
	if len(name) > 100 || !isASCII(name) || strings.IndexByte(name, ';') >= 0 {
		v, ok := m[Key(name)]
		return v, ok
	}
	var buf [128]byte
	v, ok := m[string(foldASCII(buf[:0], name))]
	return v, ok
}

// inKey reports m[Key(name)] for a set.
func inKey(m map[string]bool, name string) bool {
	v, _ := byKey(m, name)
	return v
}

// foldASCII appends the key of a short ASCII name without entities to dst,
// as [Key] folds it.
func foldASCII(dst []byte, name string) []byte {
	b := len(dst)
	space := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			dst = append(dst, c)
			space = false
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+('a'-'A'))
			space = false
		case c == '\'' || c == '.':
		case c == '&':
			if !space {
				dst = append(dst, ' ')
			}
			dst = append(dst, "and "...)
			space = true
		default:
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		}
	}
	if len(dst) > b && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	if len(dst)-b >= 4 && string(dst[b:b+4]) == "the " {
		dst = append(dst[:b], dst[b+4:]...)
	}
	return dst
}

// slug turns a key into the readable part of an id: "kim jong un" →
// "kim-jong-un".
func slug(key string) string { return strings.ReplaceAll(key, " ", "-") }

// fixEntities repairs HTML entities that lost their ampersand in scraped text
// ("Korea#39;s", "quot;", "nbsp;"), in case the cleaner let one through.
func fixEntities(s string) string {
	if !strings.Contains(s, ";") {
		return s
	}
	for _, p := range [...][2]string{
		{"&#39;", "'"}, {"&quot;", "\""}, {"&nbsp;", " "}, {"&amp;", "&"},
		{"#39;", "'"}, {"quot;", "\""}, {"nbsp;", " "}, {"amp;", "&"}, {"#36;", "$"},
	} {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	return s
}

// edgePunct is trimmed from both ends of a mention.
func edgePunct(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‘', '’', '\'', '«', '»', '(', ')', '[', ']', '{', '}',
		',', ';', ':', '!', '?', '-', '–', '—', '*', '|', '/', '\\', '`', '…':
		return true
	}
	return unicode.IsSpace(r)
}

// abbrevs keep their final period.
var abbrevs = map[string]bool{
	"inc": true, "co": true, "corp": true, "ltd": true, "jr": true, "sr": true, "st": true,
	"bros": true, "mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true,
	"gov": true, "rep": true, "lt": true, "col": true, "capt": true, "adm": true, "prof": true,
	"sgt": true, "maj": true, "rev": true, "mt": true, "ft": true, "no": true,
}

// word is one whitespace-separated word of a mention.
type word struct {
	text       string // cleaned: entities fixed, edge punctuation trimmed
	start, end int    // byte offsets of the cleaned word in the document text
}

// splitWords splits text[start:end] at white space, repairs lost HTML
// entities and trims quotes and punctuation from the first and last word and
// a sentence period from the last. Empty words are dropped.
func splitWords(text string, start, end int) []word {
	ws := make([]word, 0, 4)
	i := start
	for i < end {
		r, n := decodeRune(text[i:end])
		if isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := decodeRune(text[j:end])
			if isSpace(r) {
				break
			}
			j += n
		}
		// "quot;Kim" and "missilesnbsp;and" are leftovers of entities.
		s, e := i, j
		if strings.IndexByte(text[s:e], ';') >= 0 {
			for _, p := range [...]string{"quot;", "#39;", "nbsp;", "amp;"} {
				if strings.HasPrefix(text[s:e], p) {
					s += len(p)
				}
			}
		}
		ws = append(ws, word{text: text[s:e], start: s, end: e})
		i = j
	}
	if len(ws) == 0 {
		return nil
	}
	// Trim the edges; a word that trims away leaves its neighbour at the edge.
	for len(ws) > 0 {
		first := &ws[0]
		for first.start < first.end {
			r, n := utf8.DecodeRuneInString(text[first.start:first.end])
			if !edgePunct(r) {
				break
			}
			first.start += n
		}
		if first.start < first.end {
			break
		}
		ws = ws[1:]
	}
	for len(ws) > 0 {
		last := &ws[len(ws)-1]
		trimEnd(text, last)
		if last.start < last.end {
			break
		}
		ws = ws[:len(ws)-1]
	}
	out := ws[:0]
	for _, w := range ws {
		if w.start < w.end {
			w.text = text[w.start:w.end]
			if strings.IndexByte(w.text, ';') >= 0 {
				w.text = fixEntities(w.text)
			}
			out = append(out, w)
		}
	}
	return out
}

// decodeRune is utf8.DecodeRuneInString with a fast path for ASCII.
func decodeRune(s string) (rune, int) {
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// isSpace is unicode.IsSpace with a fast path for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// trimEnd trims quotes, punctuation and a sentence period from the end of
// the last word of a mention.
func trimEnd(text string, last *word) {
	for last.end > last.start {
		seg := text[last.start:last.end]
		trimmed := false
		for _, p := range [...]string{"quot;", "nbsp;"} {
			if strings.HasSuffix(seg, p) {
				last.end -= len(p)
				trimmed = true
			}
		}
		if trimmed {
			continue
		}
		if strings.HasSuffix(seg, "..") || strings.HasSuffix(seg, "…") {
			// An ellipsis: "U.S..." is "U.S." cut short.
			t := strings.TrimRight(seg, ".…")
			last.end = last.start + len(t)
			if strings.Contains(t, ".") && last.end < len(text) {
				last.end++ // the abbreviation's own period
			}
			continue
		}
		r, n := utf8.DecodeLastRuneInString(seg)
		if r == '\'' || r == '’' {
			// Keep "Jones'" whole here; the possessive is stripped later.
			if strings.HasSuffix(strings.TrimRight(seg, "'’"), "s") {
				return
			}
		}
		if r == '.' && keepPeriod(seg) {
			return
		}
		if !edgePunct(r) && r != '.' {
			return
		}
		last.end -= n
	}
}

// keepPeriod reports whether a word's final period belongs to it: "U.S.",
// "W.", "Inc.".
func keepPeriod(w string) bool {
	base := strings.TrimSuffix(w, ".")
	if strings.Contains(base, ".") || utf8.RuneCountInString(base) == 1 {
		return true
	}
	return abbrevs[strings.ToLower(base)]
}

// stripPossessive removes "'s", "’s" and a bare trailing apostrophe after s
// ("Korea's" → "Korea", "Jones'" → "Jones").
func stripPossessive(w string) string {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	if (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && len(w) > 2 {
		return strings.TrimRight(w, "'’")
	}
	return w
}

// titleWords are honorifics and offices stripped from the front of person
// names and kept as the mention's Title. Keys are folded.
var titleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "premier": true,
	"chancellor": true, "leader": true, "supreme": true, "king": true, "queen": true,
	"prince": true, "princess": true, "crown": true, "emperor": true, "empress": true,
	"pope": true, "sheikh": true, "sheik": true, "mr": true, "mrs": true, "ms": true,
	"miss": true, "mister": true, "dr": true, "doctor": true, "prof": true, "professor": true,
	"gen": true, "general": true, "lt": true, "lieutenant": true, "col": true, "colonel": true,
	"maj": true, "major": true, "capt": true, "captain": true, "adm": true, "admiral": true,
	"sgt": true, "sergeant": true, "sen": true, "senator": true, "rep": true,
	"representative": true, "congressman": true, "congresswoman": true, "gov": true,
	"governor": true, "mayor": true, "judge": true, "justice": true, "chief": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "rev": true, "reverend": true,
	"father": true, "ayatollah": true, "chairman": true, "chairwoman": true, "ceo": true,
	"executive": true, "secretary": true, "foreign": true, "defence": true, "defense": true,
	"finance": true, "interior": true, "deputy": true, "former": true, "coach": true,
	"ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true,
	"commander": true, "marshal": true, "dictator": true, "chairperson": true,
	"attorney": true, "state": true, "trade": true, "economy": true, "labor": true,
	"labour": true, "health": true, "education": true, "energy": true, "sultan": true,
	"emir": true, "archbishop": true, "bishop": true, "cardinal": true, "rabbi": true,
	"imam": true, "mullah": true, "officer": true, "manager": true, "quarterback": true,
	"striker": true, "pitcher": true, "midfielder": true, "goalkeeper": true, "star": true,
	"spokesperson": true, "director": true, "commissioner": true, "boss": true,
	// Sports positions written before players' names: "LHP Scott Kazmir".
	"lhp": true, "rhp": true, "qb": true, "wr": true, "rb": true, "cb": true, "lb": true,
	"dh": true, "cf": true, "ss": true,
}

// titleOnly are title words that may not start a title: "State Kim" is not a
// title, "Secretary of State Kim" is.
var titleOnly = map[string]bool{"state": true, "trade": true, "economy": true, "labor": true,
	"labour": true, "health": true, "education": true, "energy": true, "star": true, "officer": true}

// isUpperWord reports whether w has letters and all of them are upper case.
func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// isCapitalized reports whether w starts with an upper-case letter or digit.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isAcronym reports whether w looks like an acronym: 2 to 6 upper-case
// letters, perhaps with periods ("KCNA", "U.N.").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.' || r == '&' || r == '-':
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// titleCase writes an all-capitals word with only its first letter in
// capitals, keeping "O'NEAL" → "O'Neal" and "JONG-UN" → "Jong-Un".
func titleCase(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = !unicode.IsLetter(r) && r != '.'
		if r == '\'' || r == '’' {
			up = true
		}
	}
	return b.String()
}

// fixCase repairs the display form of a name written in capitals by a
// headline or a wire dateline: "SHAQUILLE O'Neal" → "Shaquille O'Neal",
// "NEW YORK" → "New York"; acronyms ("KCNA", "U.S.") are kept.
func fixCase(words []string, acronyms map[string]bool) []string {
	allUpper := true
	for _, w := range words {
		if !isUpperWord(w) {
			allUpper = false
			break
		}
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		if base, ok := strings.CutSuffix(w, "."); ok && isUpperWord(w) && len(base) > 1 && !strings.Contains(base, ".") && abbrevs[strings.ToLower(base)] {
			out[i] = titleCase(w) // "ST. Louis" → "St. Louis"
			continue
		}
		if !isUpperWord(w) || strings.Contains(w, ".") || inKey(acronyms, w) {
			continue
		}
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		switch {
		case allUpper && len(words) > 1 && letters > 1:
			out[i] = titleCase(w)
		case !allUpper && letters > 3:
			out[i] = titleCase(w)
		}
	}
	return out
}

// caseScore ranks display forms of one name: mixed case beats all capitals
// and all lower case.
func caseScore(s string) int {
	score := 0
	for w := range strings.FieldsSeq(s) {
		switch {
		case isUpperWord(w) && utf8.RuneCountInString(w) > 4:
			score -= 2
		case !isCapitalized(w) && !minorWord[strings.ToLower(w)]:
			score--
		}
	}
	return score
}

// minorWord are words written in lower case inside names.
var minorWord = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true,
	"du": true, "des": true, "la": true, "le": true, "van": true, "von": true, "der": true,
	"den": true, "da": true, "di": true, "bin": true, "al": true, "el": true, "on": true, "in": true,
	"y": true, "&": true, "at": true}

// corpSuffix are dropped from organization keys: "Apple Inc." and "Apple"
// are one organization.
var corpSuffix = map[string]bool{"inc": true, "incorporated": true, "corp": true,
	"corporation": true, "co": true, "company": true, "ltd": true, "limited": true,
	"llc": true, "plc": true, "ag": true, "sa": true, "nv": true, "gmbh": true, "spa": true,
	"lp": true, "llp": true, "bv": true, "ab": true, "asa": true, "oyj": true, "holdings": true}

// orgKey is the key of an organization name without corporate suffixes.
func orgKey(key string) string {
	for {
		i := strings.LastIndexByte(key, ' ')
		if i < 0 || !corpSuffix[key[i+1:]] {
			return key
		}
		key = key[:i]
	}
}

// nameSuffix are generational suffixes ignored when matching a surname.
var nameSuffix = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// ShortFits reports whether short, a one-word name, can stand for full, a
// name of several words, in the way reporters shorten names: the surname or
// given name of a person ("Putin", "Kim" for "Kim Jong Un"), the first or last
// word of an organization ("Vikings" for "Minnesota Vikings"), or the initials
// of either ("KCNA" for "Korean Central News Agency").
func ShortFits(short, full string, t Type) bool {
	sk, fk := Key(short), Key(full)
	if t == Org {
		fk = orgKey(fk)
	}
	return shortFitsKeys(sk, strings.Fields(fk), short, t)
}

func shortFitsKeys(sk string, fw []string, surface string, t Type) bool {
	if len(fw) < 2 || sk == "" || strings.Contains(sk, " ") {
		return false
	}
	// Initials of three letters or more; two ("IL") fit too much.
	if isAcronym(strings.TrimSpace(surface)) && len(sk) > 2 && initialsMatch(sk, fw) {
		return true
	}
	switch t {
	case Person:
		last := len(fw) - 1
		for last > 0 && nameSuffix[fw[last]] {
			last--
		}
		return sk == fw[0] || sk == fw[last]
	case Org:
		if genericOrgWord[sk] {
			return false
		}
		// "Vikings" for "Minnesota Vikings"; "Samsung" for "Samsung
		// Electronics" but not "Microsoft" for "Microsoft SQL Server" nor
		// "NEC" for "NEC Invitational": what follows must be a company word.
		if sk == fw[len(fw)-1] {
			return true
		}
		if sk != fw[0] {
			return false
		}
		for _, w := range fw[1:] {
			if !orgHead[w] && !corpSuffix[w] && !companyWord[w] {
				return false
			}
		}
		return true
	}
	return false
}

// companyWord are words that complete a company's short name: "Delta" is
// "Delta Air Lines", "Qantas" is "Qantas Airways".
var companyWord = map[string]bool{"air": true, "lines": true, "airline": true, "wireless": true,
	"networks": true, "semiconductor": true, "mining": true, "gold": true, "petroleum": true,
	"oil": true, "steel": true, "chemical": true, "chemicals": true, "foods": true,
	"international": true, "financial": true, "energy": true, "motors": true, "automotive": true,
	"computer": true, "computers": true, "devices": true, "instruments": true, "mobile": true,
	"pharmaceutical": true, "health": true, "healthcare": true, "and": true, "&": true,
	"brothers": true, "bros": true, "resources": true, "petroleo": true, "energia": true}

// genericOrgWord are heads of organization names that say nothing alone.
var genericOrgWord = map[string]bool{"bank": true, "party": true, "ministry": true, "council": true,
	"court": true, "university": true, "college": true, "school": true, "group": true,
	"company": true, "department": true, "agency": true, "committee": true, "commission": true,
	"association": true, "union": true, "army": true, "police": true, "government": true,
	"house": true, "senate": true, "congress": true, "parliament": true, "board": true,
	"office": true, "institute": true, "center": true, "centre": true, "club": true,
	"team": true, "league": true, "federation": true, "news": true, "times": true,
	"post": true, "press": true, "international": true, "national": true, "american": true,
	"new": true, "united": true, "first": true, "general": true, "world": true, "royal": true,
	"state": true, "federal": true, "central": true, "north": true, "south": true,
	"east": true, "west": true, "city": true, "county": true, "corp": true, "inc": true}

// initialsMatch reports whether acr (a folded acronym, "kcna") is made of the
// initials of words, with or without their minor words ("of", "and").
func initialsMatch(acr string, words []string) bool {
	if len(acr) < 2 {
		return false
	}
	try := func(skipMinor bool) bool {
		var b strings.Builder
		for _, w := range words {
			if skipMinor && minorWord[w] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
		}
		return b.String() == acr
	}
	return try(true) || try(false)
}

// nfc returns s in Unicode normal form C.
func nfc(s string) string {
	if isASCII(s) {
		return s
	}
	return norm.NFC.String(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
