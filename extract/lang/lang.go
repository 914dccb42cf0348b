package lang

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unknown is the language of text too short or too mixed to tell.
const Unknown = ""

// MinWords is how many words of Latin script Detect needs to tell a
// language by its function words.
const MinWords = 8

// Result is what Detect found.
type Result struct {
	Lang  string  // ISO 639-1 code, e.g. "en", "de"; Unknown when not sure
	Score float64 // share of the words that are function words of Lang, or of letters in its script
	Words int     // words read
}

// stopwords are function words by language: frequent in any text, and
// rarely words of another of these languages. Words shared by two lists
// count for both.
var stopwords = map[string]string{
	"en": "the of and to in is was for that on with as by at from it he she his her they their be are were been has have had " +
		"this which not but or an will would said who its after into about than more also over when there can one could what " +
		"a i we you our your them him how why where while because now then just only says new up out if all no so do did",
	"de": "der die das und ist nicht ein eine einen einem einer den dem des mit von zu auf für im sich auch es sie er wir " +
		"wird werden wurde hat haben bei nach aus über noch nur wie aber oder dass vor zum zur am war sind kann",
	"fr": "le la les de des du un une et est dans pour que qui sur au aux par avec ne pas plus il elle ils ont été sont " +
		"ce cette ses son sa leur mais ou se lui nous vous être avait était fait comme après entre aussi selon",
	"es": "el la los las de del y en que un una es por con para se su sus al lo como más pero fue ha han sido sobre " +
		"este esta entre también sin desde hasta cuando muy ya le les ser está están dijo según",
	"it": "il lo la gli le di del della dei delle e è un una per che con non si da al alla nel nella sono ha hanno " +
		"anche ma come più questo questa dopo tra fra suo sua loro essere stato stata aveva",
	"pt": "o a os as de do da dos das e é um uma em no na nos nas por para com não que se ao foi são mais mas como " +
		"seu sua também pelo pela ser está entre quando já após sobre isso ele ela eles disse",
	"nl": "de het een en van in is op te dat die voor met zijn niet aan er ook als bij door maar om naar dan nog " +
		"wordt werd heeft hebben was waren over uit tot deze kan zal hij zij wij",
	"sv": "och att det som en på är av för med till den har de inte om ett men var jag sig från vi så kan man " +
		"när år säger efter också eller hade skulle dem blir nu vid",
	"da": "og at det som en på er af for med til den har de ikke om et men var jeg sig fra vi så kan man " +
		"når år siger efter også eller havde skulle dem bliver nu ved",
	"no": "og å det som en på er av for med til den har de ikke om et men var jeg seg fra vi så kan man " +
		"når år sier etter også eller hadde skulle dem blir nå ved",
	"pl": "i w na z się nie do to że jest o jak po a od za przez dla jego jej ich ale lub tak już czy być było " +
		"są był była tym tego które który która oraz także",
	"tr": "ve bir bu da de için ile olarak olan en çok daha gibi ama ancak her şey ne kadar sonra önce göre " +
		"değil var yok oldu olduğu ise mi tarafından",
}

// langOrder breaks ties: English first, as the text is English news more
// often than not.
var langOrder = []string{"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl", "tr"}

// stopword is an entry of the merged table of function words: the
// languages (bits by langOrder) whose word it is, and its number, which
// counts the distinct function words a text uses.
type stopword struct {
	langs uint16
	id    uint16
}

// table holds the function words of every language in one map, so that a
// word of running text costs one lookup rather than one per language;
// maxStopword is the length in bytes of the longest, so that longer ASCII
// words are not looked up at all.
var table, maxStopword = func() (map[string]stopword, int) {
	m := map[string]stopword{}
	longest := 0
	for i, lang := range langOrder {
		for _, w := range strings.Fields(stopwords[lang]) {
			e, ok := m[w]
			if !ok {
				e.id = uint16(len(m))
			}
			e.langs |= 1 << i
			m[w] = e
			longest = max(longest, len(w))
		}
	}
	return m, longest
}()

// idWords is the number of 64-bit words of a set of stopword ids.
const idWords = 8

// scripts name the main language of a script, by its Unicode range table.
var scripts = []struct {
	table *unicode.RangeTable
	lang  string
}{
	{unicode.Cyrillic, "ru"}, {unicode.Greek, "el"}, {unicode.Arabic, "ar"}, {unicode.Hebrew, "he"},
	{unicode.Han, "zh"}, {unicode.Hiragana, "ja"}, {unicode.Katakana, "ja"}, {unicode.Hangul, "ko"},
	{unicode.Devanagari, "hi"}, {unicode.Thai, "th"},
}

// maxScan bounds the text Detect reads: a language shows in its first
// pages.
const maxScan = 16 << 10

// Detect returns the language of text, reading at most its first 16 KB.
func Detect(text string) Result {
	if len(text) > maxScan {
		text = text[:maxScan]
	}
	if r, ok := byScript(text); ok {
		return r
	}
	var t tally
	t.scan(text)
	counts, distinct, words := &t.counts, &t.distinct, t.words
	if words < MinWords {
		return Result{Lang: Unknown, Words: words}
	}
	best := 0 // the first of the most counted, in langOrder
	for i := range langOrder {
		if counts[i] > counts[best] {
			best = i
		}
	}
	// Another language must beat English clearly: an English article
	// passed over is lost, while one in another language let through
	// costs a few odd entities.
	// A table of prices says "per" and "del" without being Italian: the
	// language must show in several of its words.
	if en := counts[0]; best != 0 && (counts[best] < en+3 || 2*counts[best] < 3*en || ones(&distinct[best]) < 4) {
		best = 0
	}
	score := float64(counts[best]) / float64(words)
	// Function words are a quarter to a half of running text; a tenth is
	// the least that tells a language from a list of names.
	if score < 0.1 {
		return Result{Lang: Unknown, Score: score, Words: words}
	}
	return Result{Lang: langOrder[best], Score: score, Words: words}
}

// tally counts the words of a text and, by language, the function words
// among them and which ones (their ids).
type tally struct {
	counts   [16]int
	distinct [16][idWords]uint64
	words    int
}

// scan tallies the words of text, as Detect read them from wordsOf: a word
// of ASCII letters only, most of a news text, is lowered as it is read and
// asked of the shapes' filter and the table at its end, without a call;
// any other word (an apostrophe, a byte outside ASCII) goes to word.
func (t *tally) scan(text string) {
	var buf [32]byte // the word being read, lowered, while it is plain
	start := -1      // where the word being read began
	plain := true    // the word has only ASCII letters so far
	for i := 0; i < len(text); {
		c := text[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			if start < 0 {
				start, plain = i, true
			}
			if n := i - start; plain && n < len(buf) {
				buf[n] = c | 0x20
			}
			i++
			continue
		}
		sep := true
		n := 1
		if c == '\'' {
			sep = false
		} else if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			sep = notWordRune(r)
		}
		if !sep {
			if start < 0 {
				start = i
			}
			plain = false
		} else if start >= 0 {
			t.end(text[start:i], plain, &buf)
			start = -1
		}
		i += n
	}
	if start >= 0 {
		t.end(text[start:], plain, &buf)
	}
}

// end tallies the word w just read; plain says it has ASCII letters only,
// and then buf holds its first 32 bytes lowered.
func (t *tally) end(w string, plain bool, buf *[32]byte) {
	if !plain {
		t.word(w)
		return
	}
	t.words++
	if len(w) > maxStopword || len(w) == 1 && w[0] <= 'Z' {
		return // too long for a function word, or an initial, as in lists of names ("O Du Randt")
	}
	if !maybeStopword(buf[:len(w)]) {
		return
	}
	if e, ok := table[string(buf[:len(w)])]; ok {
		t.add(e)
	}
}

// word tallies a word with an apostrophe or a byte outside ASCII: the part
// before its first apostrophe, typographic or not, looked up in lower case.
func (t *tally) word(w string) {
	if strings.ContainsAny(w, "'’") {
		w, _, _ = strings.Cut(strings.ReplaceAll(w, "’", "'"), "'")
	}
	t.words++
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return // an initial, as in lists of names ("O Du Randt")
	}
	var buf [32]byte
	if e, ok := lookup(w, &buf); ok {
		t.add(e)
	}
}

// add counts the function word e for each of its languages.
func (t *tally) add(e stopword) {
	for b := e.langs; b != 0; b &= b - 1 {
		i := bits.TrailingZeros16(b)
		t.counts[i]++
		t.distinct[i][e.id/64] |= 1 << (e.id % 64)
	}
}

// notWordRune reports a rune that separates words: not a letter nor an
// apostrophe.
func notWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '\'')
	}
	return !unicode.IsLetter(r) && r != '’'
}

// lookup returns the table entry of w in lower case. An ASCII word is
// lowered in buf, without allocating, and one longer than any function
// word is not looked up.
func lookup(w string, buf *[32]byte) (stopword, bool) {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			e, ok := table[strings.ToLower(w)]
			return e, ok
		}
	}
	if len(w) > maxStopword || len(w) > len(buf) {
		return stopword{}, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !maybeStopword(buf[:len(w)]) {
		return stopword{}, false
	}
	e, ok := table[string(buf[:len(w)])]
	return e, ok
}

// stopShapes is a filter of the ASCII function words by their length and
// their first and last bytes (5 bits of each): a word of running text
// whose shape no function word has is not looked up in the map, which was
// most of Detect's time.
var stopShapes = func() *[1 << 15 / 64]uint64 {
	var f [1 << 15 / 64]uint64
	for w := range table {
		if w != "" && len(w) <= 32 {
			h := shapeOf([]byte(w))
			f[h/64] |= 1 << (h % 64)
		}
	}
	return &f
}()

func shapeOf(w []byte) uint {
	return uint(len(w)-1)&31<<10 | uint(w[0])&31<<5 | uint(w[len(w)-1])&31
}

// maybeStopword reports whether the lowered ASCII word w may be in table.
func maybeStopword(w []byte) bool {
	if len(w) == 0 {
		return true
	}
	h := shapeOf(w)
	return stopShapes[h/64]&(1<<(h%64)) != 0
}

// ones counts the members of a set of ids.
func ones(s *[idWords]uint64) int {
	n := 0
	for _, x := range s {
		n += bits.OnesCount64(x)
	}
	return n
}

// byScript names the language of text mostly in a script other than Latin.
func byScript(text string) (Result, bool) {
	var letters, latin int
	counts := make([]int, len(scripts))
	for i := 0; i < len(text); {
		// Once the Latin letters outnumber all the others those read and
		// the rest of the text could hold (a letter past Latin takes two
		// bytes or more), the text is Latin: an English article is
		// settled in its first third.
		if latin > letters-latin+(len(text)-i)/2 {
			return Result{}, false
		}
		for end := min(i+512, len(text)); i < end; {
			c := text[i]
			if c < utf8.RuneSelf { // ASCII, most of a news text: no decoding
				i++
				if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
					letters++
					latin++
				}
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			i += n
			if !unicode.IsLetter(r) {
				continue
			}
			letters++
			if r < 0x250 {
				latin++
				continue
			}
			for k, s := range scripts {
				if unicode.Is(s.table, r) {
					counts[k]++
					break
				}
			}
		}
	}
	if letters == 0 || latin*2 > letters {
		return Result{}, false
	}
	best := 0
	for i := range scripts {
		if counts[i] > counts[best] {
			best = i
		}
	}
	if counts[best]*2 <= letters {
		return Result{}, false
	}
	lang := scripts[best].lang
	if lang == "zh" && counts[5]+counts[6] > 0 { // kana beside Han is Japanese
		lang = "ja"
	}
	return Result{Lang: lang, Score: float64(counts[best]) / float64(letters), Words: letters}, true
}
